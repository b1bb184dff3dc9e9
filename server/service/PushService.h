#pragma once

#include "ApiError.h"
#include "PgConnection.h"
#include "PushContext.h"
#include "SyncRecord.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace danhgia::server {

// Applies a push: the client's outbox entries in order, in one transaction that holds the version
// counter (docs/sync.md). Each operation is answered once and its outcome stored with its effect:
//  - already recorded for this client and op_id: the stored outcome, nothing applied (a replay);
//  - made on an old version of the row (or on a row approved since its base): a conflict, stored
//    with the base, the server's row, the client's row and the fields that differ;
//  - refused by the rules (authorisation, workflow, validation): its reason, the rest goes on;
//  - else applied with the next version.
class PushService
{
    Q_DECLARE_TR_FUNCTIONS(PushService)

public:
    PushService(PgConnection& db, int limit)
        : m_db(db)
        , m_limit(limit)
    { }

    // The body of POST /api/v1/sync/push → its answer, or an error for the whole request.
    std::variant<QJsonObject, ApiError> push(const UserAccount& user, const QJsonObject& body);

    // Parses the request; a structural fault of any operation refuses the whole batch.
    std::variant<QList<PushOperation>, ApiError> parse(const QJsonObject& body, QString* client) const;

private:
    QJsonObject applyOne(PushContext& context, const PushOperation& op, qint64* counter);
    std::optional<ApiError> translateReferences(PushContext& context, const PushOperation& op);
    // A row the server does not hold whose change was refused: a later change of it, or of a row
    // naming it, in the same push is refused with that first reason (`refused_earlier`,
    // `refused_reference`) rather than "not found" or "send it first".
    void rememberRefusedNew(const PushOperation& op, bool existed, const QJsonObject& outcome);
    // A new unit whose code another unit holds: refused (`duplicate_code`), never a second copy.
    static std::optional<ApiError> duplicateCode(PushContext& context, const PushOperation& op,
                                                 const SyncRecord& current);

    PgConnection& m_db;
    int m_limit;
    QList<RecordRepository::HistoryRow> m_history;
    QList<RecordRepository::ConflictRow> m_conflicts;
    RecordRepository* m_repository = nullptr;
    QHash<QString, QString> m_refusedNew; // UUID → the first reason, for this push
    QString m_rootReason; // the first reason behind the refusal applyOne just made, if it was caused
};

} // namespace danhgia::server
