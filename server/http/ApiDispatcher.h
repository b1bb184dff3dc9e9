#pragma once

#include "ApiExchange.h"
#include "Router.h"
#include "ServerConfig.h"

#include <QString>

namespace danhgia::server {

// Answers one request on a worker thread: gives it the thread's own database connection, runs the
// router, and writes one log line (request id, user, method, route, status, milliseconds) on
// stderr. Nothing secret is logged: no header, body, token or password.
class ApiDispatcher
{
public:
    ApiDispatcher(const ServerConfig& config, Router router);
    ApiResponse handle(ApiRequest& request) const;

private:
    const ServerConfig& m_config;
    Router m_router;
    QString m_prefix; // of the request ids: differs between processes
};

} // namespace danhgia::server
