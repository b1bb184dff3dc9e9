#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace danhgia::server {

// A refusal as every route answers it: an HTTP status, a stable machine code ("forbidden",
// "validation_failed"), a Vietnamese message for people and the field at fault (a JSON path such as
// "operations[3].payload.values.1.1", empty when no field is at fault). docs/api/openapi.yaml lists
// every code.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QString field;

    QJsonObject toJson() const;
    QByteArray body() const;
};

// The errors the server makes, each with its translated message (the English source is in tr(),
// translations/danhgia_vi.ts carries the Vietnamese).
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)

public:
    static ApiError badJson(const QString& detail);
    static ApiError missingField(const QString& field);
    static ApiError invalidField(const QString& field, const QString& why);
    // A change the rules refuse (422), with the rules' own message and the field it is about.
    static ApiError validationFailed(const QString& message, const QString& field);
    static ApiError unauthenticated();
    static ApiError tokenExpired();
    static ApiError badCredentials();
    static ApiError tooManyAttempts(qint64 seconds);
    static ApiError forbidden(const QString& why, const QString& field = QString());
    static ApiError notFound();
    static ApiError routeNotFound();
    static ApiError methodNotAllowed();
    static ApiError bodyTooLarge(qint64 limit);
    static ApiError headerTooLarge(qint64 limit);
    static ApiError busy();
    static ApiError internal();
    static ApiError unavailable();
    static ApiError resyncRequired(qint64 horizon);
    static ApiError hashMismatch(const QString& expected, const QString& actual);
    static ApiError offsetMismatch(qint64 committed);
    static ApiError rangeNotSatisfiable(qint64 size);
    static ApiError refreshInvalid();
};

} // namespace danhgia::server
