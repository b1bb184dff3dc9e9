#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace danhgia::server {

// A request as the handlers see it, apart from Beast's types.
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // without the query
    QHash<QString, QString> query;
    QHash<QString, QString> pathParameters; // filled by the router from "{name}" segments
    QByteArray authorization; // the Authorization header
    QByteArray range; // the Range header ("bytes=N-"), empty without one
    QByteArray ifRange; // the If-Range header (an ETag), empty without one
    QByteArray body;
    QString remoteAddress; // the peer: nginx, when the server is behind it
    QString forwardedFor; // the X-Forwarded-For header
    QString requestId;
};

// A body sent piece by piece, never held whole in memory (an evidence file): `length` bytes, each
// piece asked from `next` with the count of bytes already sent, on the thread that writes it. A
// piece that cannot be read (nullopt, or empty before the end) closes the connection: the client
// sees an answer cut short and resumes it.
struct ApiStream
{
    qint64 length = 0;
    std::function<std::optional<QByteArray>(qint64 sent)> next;
};

// The answer a handler gives.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // more headers (ETag, Content-Range)
    std::optional<ApiStream> stream; // when set, the body is this stream and `body` is not sent

    static ApiResponse json(const QJsonObject& object, int status = 200);
    static ApiResponse error(const ApiError& error);
    static ApiResponse bytes(const QByteArray& content, const QByteArray& contentType);
};

} // namespace danhgia::server
