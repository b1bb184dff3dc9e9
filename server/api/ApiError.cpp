#include "ApiError.h"

#include <QJsonDocument>

namespace danhgia::server {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty()) {
        error.insert(QStringLiteral("field"), field);
    }
    return error;
}

QByteArray ApiError::body() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), toJson()}}).toJson(QJsonDocument::Compact);
}

ApiError ApiErrors::badJson(const QString& detail)
{
    return {400, QStringLiteral("bad_json"), tr("The request body is not valid JSON: %1.").arg(detail), {}};
}

ApiError ApiErrors::missingField(const QString& field)
{
    return {400, QStringLiteral("missing_field"), tr("The field \"%1\" is required.").arg(field), field};
}

ApiError ApiErrors::invalidField(const QString& field, const QString& why)
{
    return {400, QStringLiteral("invalid_field"), tr("The field \"%1\" is not valid: %2").arg(field, why),
            field};
}

ApiError ApiErrors::validationFailed(const QString& message, const QString& field)
{
    return {422, QStringLiteral("validation_failed"), message, field};
}

ApiError ApiErrors::unauthenticated()
{
    return {401, QStringLiteral("unauthenticated"),
            tr("Sign in first: the request has no valid access token."), QStringLiteral("Authorization")};
}

ApiError ApiErrors::tokenExpired()
{
    return {401, QStringLiteral("token_expired"),
            tr("The access token has expired or was revoked; refresh it or sign in again."),
            QStringLiteral("Authorization")};
}

ApiError ApiErrors::badCredentials()
{
    return {401, QStringLiteral("bad_credentials"),
            tr("The login or the password is wrong, or the account is disabled."),
            QStringLiteral("password")};
}

ApiError ApiErrors::tooManyAttempts(qint64 seconds)
{
    return {429, QStringLiteral("too_many_attempts"),
            tr("Too many failed sign-ins; try again in %1 seconds.").arg(seconds), QStringLiteral("login")};
}

ApiError ApiErrors::forbidden(const QString& why, const QString& field)
{
    return {403, QStringLiteral("forbidden"), why, field};
}

ApiError ApiErrors::notFound()
{
    return {404, QStringLiteral("not_found"), tr("Nothing was found at this address for this account."), {}};
}

ApiError ApiErrors::routeNotFound()
{
    return {404, QStringLiteral("route_not_found"), tr("The server has no such address."), {}};
}

ApiError ApiErrors::methodNotAllowed()
{
    return {405, QStringLiteral("method_not_allowed"), tr("This address does not accept this method."), {}};
}

ApiError ApiErrors::bodyTooLarge(qint64 limit)
{
    return {413,
            QStringLiteral("body_too_large"),
            tr("The request body is larger than the server accepts (%1 bytes).").arg(limit),
            {}};
}

ApiError ApiErrors::headerTooLarge(qint64 limit)
{
    return {413,
            QStringLiteral("header_too_large"),
            tr("The request headers are larger than the server accepts (%1 bytes).").arg(limit),
            {}};
}

ApiError ApiErrors::busy()
{
    return {
        503, QStringLiteral("busy"), tr("The server has too many open connections; try again shortly."), {}};
}

ApiError ApiErrors::internal()
{
    return {500,
            QStringLiteral("internal"),
            tr("The server could not complete the request; nothing was changed. Try again."),
            {}};
}

ApiError ApiErrors::unavailable()
{
    return {503,
            QStringLiteral("database_unavailable"),
            tr("The server cannot reach its database; nothing was changed. Try again shortly."),
            {}};
}

ApiError ApiErrors::resyncRequired(qint64 horizon)
{
    return {410, QStringLiteral("resync_required"),
            tr("This computer has not synchronised for too long (deletions before version %1 are no longer "
               "kept); a full synchronisation is needed.")
                .arg(horizon),
            QStringLiteral("since")};
}

ApiError ApiErrors::hashMismatch(const QString& expected, const QString& actual)
{
    return {422, QStringLiteral("hash_mismatch"),
            tr("The uploaded file does not match its SHA-256 (expected %1, received %2); upload it again.")
                .arg(expected, actual),
            QStringLiteral("sha256")};
}

ApiError ApiErrors::offsetMismatch(qint64 committed)
{
    return {409, QStringLiteral("offset_mismatch"),
            tr("The upload continues at byte %1; send the part from there.").arg(committed),
            QStringLiteral("offset")};
}

ApiError ApiErrors::rangeNotSatisfiable(qint64 size)
{
    return {416, QStringLiteral("range_not_satisfiable"),
            tr("The requested range starts past the end of the file, which has %1 bytes; download it "
               "again from the start.")
                .arg(size),
            QStringLiteral("Range")};
}

ApiError ApiErrors::refreshInvalid()
{
    return {401, QStringLiteral("refresh_invalid"),
            tr("The refresh token is not valid any more (used, expired or revoked); sign in again."),
            QStringLiteral("refresh_token")};
}

} // namespace danhgia::server
