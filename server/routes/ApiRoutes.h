#pragma once

#include "Router.h"

namespace danhgia::server {

// Every route of the API (docs/api/openapi.yaml). Handlers are thin: they read the request, call
// a service and write its answer.
//   GET  /health, /version                              no account
//   POST /api/v1/auth/sign-in, /api/v1/auth/refresh     no account
//   POST /api/v1/auth/sign-out, GET /api/v1/me          signed in
//   POST /api/v1/sync/push, GET /api/v1/sync/changes    signed in
//   GET  /api/v1/evidence/{sha256}/upload               signed in: the upload's committed offset
//   PUT  /api/v1/evidence/{sha256}/upload?offset&size   signed in: the next part
//   GET  /api/v1/evidence/{sha256}                      signed in: the content
class ApiRoutes
{
public:
    static void addAll(Router& router);
    static void addAuth(Router& router);
    static void addSync(Router& router);
    static void addEvidence(Router& router);
};

} // namespace danhgia::server
