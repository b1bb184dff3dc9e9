#include "Router.h"

#include "AuthService.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace danhgia::server {

void Router::add(const QByteArray& method, const QString& pattern, bool signedIn, Handler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), pattern, signedIn, std::move(handler)});
}

ApiResponse Router::dispatch(ApiRequest& request, RequestScope& scope, QString* route) const
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route& r : m_routes) {
        if (r.segments.size() != parts.size()) {
            continue;
        }
        QHash<QString, QString> parameters;
        bool match = true;
        for (int i = 0; i < parts.size() && match; ++i) {
            const QString& segment = r.segments.at(i);
            if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
                parameters.insert(segment.mid(1, segment.size() - 2), parts.at(i));
            } else {
                match = segment == parts.at(i);
            }
        }
        if (!match) {
            continue;
        }
        pathMatched = true;
        if (r.method != request.method) {
            continue;
        }
        *route = r.pattern;
        request.pathParameters = parameters;
        if (r.signedIn) {
            QString error;
            if (!scope.db.ensureOpen(&error)) {
                return ApiResponse::error(ApiErrors::unavailable());
            }
            AuthService auth(scope.db, scope.config);
            auto user = auth.authenticate(request.authorization);
            if (auto* failure = std::get_if<ApiError>(&user)) {
                return ApiResponse::error(*failure);
            }
            scope.user = std::get<UserAccount>(user);
        }
        return r.handler(request, scope);
    }
    *route
        = request.path.startsWith(QLatin1String("/api/")) ? QStringLiteral("/api/…") : QStringLiteral("/…");
    return ApiResponse::error(pathMatched ? ApiErrors::methodNotAllowed() : ApiErrors::routeNotFound());
}

QList<Router::Served> Router::routes() const
{
    QList<Served> served;
    for (const Route& r : m_routes) {
        served.append({r.method, r.pattern, r.signedIn});
    }
    return served;
}

std::variant<QJsonObject, ApiError> Router::jsonBody(const ApiRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiErrors::badJson(parseError.errorString());
    }
    if (!document.isObject()) {
        return ApiErrors::badJson(QStringLiteral("not an object"));
    }
    return document.object();
}

} // namespace danhgia::server
