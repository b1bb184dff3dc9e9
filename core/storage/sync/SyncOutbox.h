#pragma once

#include "database/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// The client's edge of a push (docs/sync.md): the outbox entries not yet answered by the server, in
// order, as wire operations (local ids replaced by the UUIDs of the rows they name; op_id unique in
// this database; base_version the server version of the row), and the server's outcome of each,
// recorded: applied (acknowledged, the row takes the server's version; a replay's stored outcome
// counts the same), refused (kept with the server's code and Vietnamese message), conflict (kept,
// and a conflict row with the base, the server's and the local version and the differing fields).
class SyncOutbox
{
    Q_DECLARE_TR_FUNCTIONS(SyncOutbox)

public:
    struct Operation
    {
        qint64 outboxId = 0;
        QJsonObject wire; // the PushOperation of docs/api/openapi.yaml
    };

    struct Tally
    {
        int applied = 0;
        int refused = 0;
        int conflicts = 0;
        QStringList refusals; // "entity uuid: message", as the server gave them
    };

    // At most `limit` unanswered entries, oldest first. An entry naming a local row that no longer
    // exists cannot be sent: it is recorded refused here, and counted in `localRefusals`.
    static std::optional<QList<Operation>> pending(Database& db, const QString& clientId, int limit,
                                                   Tally* localRefusals, QString* error);
    static std::optional<int> pendingCount(Database& db, QString* error);
    // The outcomes of a push of `sent`, in one transaction. An operation without an outcome stays
    // unanswered (sent again next time under the same op_id).
    static bool record(Database& db, const QList<Operation>& sent, const QJsonArray& outcomes, Tally* tally,
                       QString* error);

    static QString opId(const QString& clientId, qint64 outboxId);
};

} // namespace danhgia
