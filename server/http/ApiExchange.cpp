#include "ApiExchange.h"

#include <QJsonDocument>

namespace danhgia::server {

ApiResponse ApiResponse::json(const QJsonObject& object, int status)
{
    return {
        status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}, std::nullopt};
}

ApiResponse ApiResponse::error(const ApiError& error)
{
    return {error.status, error.body(), "application/json", {}, std::nullopt};
}

ApiResponse ApiResponse::bytes(const QByteArray& content, const QByteArray& contentType)
{
    return {200, content, contentType, {}, std::nullopt};
}

} // namespace danhgia::server
