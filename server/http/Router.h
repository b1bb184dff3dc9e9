#pragma once

#include "ApiExchange.h"
#include "PgConnection.h"
#include "ServerConfig.h"
#include "UserAccount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace danhgia::server {

// What a handler works with: the worker's database connection, the configuration and, on routes
// that need it, the signed-in account.
struct RequestScope
{
    PgConnection& db;
    const ServerConfig& config;
    std::optional<UserAccount> user;
};

// The routes: a method, a path pattern with "{name}" segments, whether the route needs a signed-in
// account, and a handler. The router authenticates before the handler runs (401 without a valid
// token), so that no handler forgets it.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&, RequestScope&)>;

    void add(const QByteArray& method, const QString& pattern, bool signedIn, Handler handler);
    // Answers the request; `route` gets the pattern that matched (for the log), `user` the login.
    ApiResponse dispatch(ApiRequest& request, RequestScope& scope, QString* route) const;

    // What is served: the method, the pattern and whether it needs a signed-in account (for the
    // tests that hold the routes to docs/api/openapi.yaml and to "401 without a token").
    struct Served
    {
        QByteArray method;
        QString pattern;
        bool signedIn;
    };
    QList<Served> routes() const;

    // The body as a JSON object, or the error to answer.
    static std::variant<QJsonObject, ApiError> jsonBody(const ApiRequest& request);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QString pattern;
        bool signedIn;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace danhgia::server
