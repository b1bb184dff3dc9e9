#include "ApiDispatcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace danhgia::server {

ApiDispatcher::ApiDispatcher(const ServerConfig& config, Router router)
    : m_config(config)
    , m_router(std::move(router))
    , m_prefix(QString::number(QRandomGenerator::system()->generate() % 0xFFFFFF, 16))
{ }

ApiResponse ApiDispatcher::handle(ApiRequest& request) const
{
    static std::atomic<qint64> counter{0};
    static std::mutex logMutex;
    QElapsedTimer timer;
    timer.start();
    request.requestId = m_prefix + QLatin1Char('-') + QString::number(++counter);
    RequestScope scope{PgConnection::forThisThread(m_config.database), m_config, std::nullopt};
    QString route;
    ApiResponse response = m_router.dispatch(request, scope, &route);
    if (m_config.logRequests) {
        const QJsonObject line{
            {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("request"), request.requestId},
            {QStringLiteral("user"), scope.user ? scope.user->login : QString()},
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("route"), route},
            {QStringLiteral("status"), response.status},
            {QStringLiteral("ms"), static_cast<double>(timer.nsecsElapsed() / 10000) / 100.0}};
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        const std::lock_guard<std::mutex> lock(logMutex);
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    }
    return response;
}

} // namespace danhgia::server
