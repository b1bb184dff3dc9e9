#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace danhgia::server {

// A request as the handlers see it, apart from Beast's types.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // without the query
    QHash<QString, QString> query;
    QHash<QString, QString> pathParameters; // filled by the router from "{name}" segments
    QByteArray authorization; // the Authorization header
    QByteArray body;
    QString remoteAddress; // the peer: nginx, when the server is behind it
    QString forwardedFor; // the X-Forwarded-For header
    QString requestId;
};

// The answer a handler gives.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";

    static ApiResponse json(const QJsonObject& object, int status = 200);
    static ApiResponse error(const ApiError& error);
    static ApiResponse bytes(const QByteArray& content, const QByteArray& contentType);
};

} // namespace danhgia::server
