#include "ApiRoutes.h"

#include "AuthService.h"
#include "EvidenceService.h"
#include "PullService.h"
#include "PushService.h"
#include "RecordRepository.h"
#include "SchemaMigrator.h"

#include <QJsonObject>

namespace danhgia::server {

namespace {

template <typename T> ApiResponse answer(const std::variant<T, ApiError>& result)
{
    if (const auto* error = std::get_if<ApiError>(&result)) {
        return ApiResponse::error(*error);
    }
    if constexpr (std::is_same_v<T, QJsonObject>) {
        return ApiResponse::json(std::get<T>(result));
    } else {
        return ApiResponse::bytes(std::get<T>(result), "application/json");
    }
}

// An evidence download: the whole file (200), a range of it (206, with Content-Range) or a range
// past its end (416 with the JSON error and "bytes */size"), with its ETag, read piece by piece.
ApiResponse evidenceResponse(const EvidenceService::Download& download,
                             std::function<std::optional<QByteArray>(qint64)> reader)
{
    ApiResponse response;
    if (download.status == 416) {
        response = ApiResponse::error(ApiErrors::rangeNotSatisfiable(download.size));
        response.headers.append(
            qMakePair(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(download.size)));
        return response;
    }
    response.status = download.status;
    response.contentType = "application/octet-stream";
    response.headers.append(qMakePair(QByteArrayLiteral("ETag"), download.etag));
    response.headers.append(qMakePair(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")));
    if (download.status == 206) {
        const QByteArray range = "bytes " + QByteArray::number(download.first) + '-'
            + QByteArray::number(download.first + download.length - 1) + '/'
            + QByteArray::number(download.size);
        response.headers.append(qMakePair(QByteArrayLiteral("Content-Range"), range));
    }
    response.stream = ApiStream{download.length, std::move(reader)};
    return response;
}

bool databaseReady(RequestScope& scope)
{
    QString error;
    return scope.db.ensureOpen(&error);
}

} // namespace

void ApiRoutes::addAll(Router& router)
{
    router.add("GET", QStringLiteral("/health"), false, [](const ApiRequest&, RequestScope& scope) {
        // Ready when the database answers: a load balancer takes the process out otherwise.
        const bool up = databaseReady(scope) && scope.db.exec("SELECT 1").ok();
        return ApiResponse::json(
            {{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("down")},
             {QStringLiteral("database"), up}},
            up ? 200 : 503);
    });
    router.add("GET", QStringLiteral("/version"), false, [](const ApiRequest&, RequestScope&) {
        return ApiResponse::json({{QStringLiteral("server"), QStringLiteral("danhgia-server")},
                                  {QStringLiteral("version"), QStringLiteral(DANHGIA_SERVER_VERSION)},
                                  {QStringLiteral("api"), 1},
                                  {QStringLiteral("schema"), SchemaMigrator::latestVersion()}});
    });
    addAuth(router);
    addSync(router);
    addEvidence(router);
}

void ApiRoutes::addAuth(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/sign-in"), false,
               [](const ApiRequest& request, RequestScope& scope) {
                   const auto body = Router::jsonBody(request);
                   if (const auto* error = std::get_if<ApiError>(&body)) {
                       return ApiResponse::error(*error);
                   }
                   if (!databaseReady(scope)) {
                       return ApiResponse::error(ApiErrors::unavailable());
                   }
                   AuthService auth(scope.db, scope.config);
                   const auto signedIn
                       = auth.signIn(std::get<QJsonObject>(body),
                                     scope.config.clientAddress(request.remoteAddress, request.forwardedFor));
                   if (const auto* tokens = std::get_if<QJsonObject>(&signedIn)) {
                       // For the log line: who signed in (a failed attempt names nobody, since a
                       // login field sometimes holds a mistyped password).
                       UserAccount who;
                       who.login = tokens->value(QStringLiteral("user"))
                                       .toObject()
                                       .value(QStringLiteral("login"))
                                       .toString();
                       scope.user = who;
                   }
                   return answer(signedIn);
               });
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), false,
               [](const ApiRequest& request, RequestScope& scope) {
                   const auto body = Router::jsonBody(request);
                   if (const auto* error = std::get_if<ApiError>(&body)) {
                       return ApiResponse::error(*error);
                   }
                   if (!databaseReady(scope)) {
                       return ApiResponse::error(ApiErrors::unavailable());
                   }
                   AuthService auth(scope.db, scope.config);
                   return answer(auth.refresh(std::get<QJsonObject>(body)));
               });
    router.add("POST", QStringLiteral("/api/v1/auth/sign-out"), true,
               [](const ApiRequest&, RequestScope& scope) {
                   AuthService auth(scope.db, scope.config);
                   if (const auto error = auth.signOut(*scope.user)) {
                       return ApiResponse::error(*error);
                   }
                   return ApiResponse::json({{QStringLiteral("signed_out"), true}});
               });
    router.add("GET", QStringLiteral("/api/v1/me"), true, [](const ApiRequest&, RequestScope& scope) {
        RecordRepository records(scope.db);
        QString error;
        const auto units = records.units(&error);
        const UnitDirectory::Unit* unit = units ? units->find(scope.user->unitUuid) : nullptr;
        return ApiResponse::json(
            AuthService::describe(*scope.user, unit ? unit->code : QString(), unit ? unit->name : QString()));
    });
}

void ApiRoutes::addSync(Router& router)
{
    router.add("POST", QStringLiteral("/api/v1/sync/push"), true,
               [](const ApiRequest& request, RequestScope& scope) {
                   const auto body = Router::jsonBody(request);
                   if (const auto* error = std::get_if<ApiError>(&body)) {
                       return ApiResponse::error(*error);
                   }
                   PushService push(scope.db, scope.config.pushLimit);
                   return answer(push.push(*scope.user, std::get<QJsonObject>(body)));
               });
    router.add("GET", QStringLiteral("/api/v1/sync/changes"), true,
               [](const ApiRequest& request, RequestScope& scope) {
                   bool ok = true;
                   const QString sinceText
                       = request.query.value(QStringLiteral("since"), QStringLiteral("0"));
                   const qint64 since = sinceText.toLongLong(&ok);
                   if (!ok || since < 0) {
                       return ApiResponse::error(ApiErrors::invalidField(QStringLiteral("since"), sinceText));
                   }
                   const int limit
                       = request.query.value(QStringLiteral("limit"), QStringLiteral("0")).toInt();
                   PullService pull(scope.db, scope.config.pullLimit);
                   return answer(pull.changes(*scope.user, since, limit));
               });
}

void ApiRoutes::addEvidence(Router& router)
{
    router.add("GET", QStringLiteral("/api/v1/evidence/{sha256}/upload"), true,
               [](const ApiRequest& request, RequestScope& scope) {
                   EvidenceService evidence(scope.db);
                   return answer(
                       evidence.status(*scope.user, request.pathParameters.value(QStringLiteral("sha256"))));
               });
    router.add("PUT", QStringLiteral("/api/v1/evidence/{sha256}/upload"), true,
               [](const ApiRequest& request, RequestScope& scope) {
                   bool offsetOk = false;
                   bool sizeOk = false;
                   const qint64 offset = request.query.value(QStringLiteral("offset")).toLongLong(&offsetOk);
                   const qint64 size = request.query.value(QStringLiteral("size")).toLongLong(&sizeOk);
                   if (!offsetOk || offset < 0) {
                       return ApiResponse::error(ApiErrors::missingField(QStringLiteral("offset")));
                   }
                   if (!sizeOk || size < 0) {
                       return ApiResponse::error(ApiErrors::missingField(QStringLiteral("size")));
                   }
                   EvidenceService evidence(scope.db);
                   return answer(evidence.upload(*scope.user,
                                                 request.pathParameters.value(QStringLiteral("sha256")),
                                                 offset, size, request.body));
               });
    router.add("GET", QStringLiteral("/api/v1/evidence/{sha256}"), true,
               [](const ApiRequest& request, RequestScope& scope) {
                   const QString sha256 = request.pathParameters.value(QStringLiteral("sha256"));
                   EvidenceService evidence(scope.db);
                   const auto download
                       = evidence.download(*scope.user, sha256, request.range, request.ifRange);
                   if (const auto* error = std::get_if<ApiError>(&download)) {
                       return ApiResponse::error(*error);
                   }
                   const auto& planned = std::get<EvidenceService::Download>(download);
                   return evidenceResponse(
                       planned,
                       EvidenceService::reader(scope.config.database, sha256, planned.first, planned.length));
               });
}

} // namespace danhgia::server
