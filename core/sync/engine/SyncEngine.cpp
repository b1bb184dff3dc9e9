#include "engine/SyncEngine.h"

#include "database/Database.h"
#include "engine/EvidenceTransfer.h"
#include "network/ServerConnection.h"
#include "sync/PulledPageApplier.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonArray>

namespace danhgia {

SyncEngine::SyncEngine(Database& db, ServerConnection& server, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_server(server)
{ }

void SyncEngine::cancel()
{
    m_server.cancel();
}

bool SyncEngine::fail(SyncSummary* summary, const QString& error)
{
    summary->cancelled = m_server.isCancelled();
    summary->error = error;
    return false;
}

SyncSummary SyncEngine::run()
{
    SyncSummary summary;
    EvidenceTransfer evidence(m_db, m_server, m_limits.evidencePart);
    // A database that never synced (one that worked alone, then linked to the province) takes the
    // server's rows first: its rows with the same keys (a unit's code...) are adopted before anything
    // is sent, so that what it sends names the province's rows, not copies of them.
    QString error;
    const auto state = SyncStateStore::read(m_db.connection(), &error);
    const bool first = state && state->cursor == 0 && state->lastSyncAt.isEmpty();
    if (!state) {
        fail(&summary, error);
    } else if ((!first || pull(&summary)) && push(&summary) && evidence.uploadAll(&summary) && pull(&summary)
               && evidence.downloadAll(&summary)) {
        summary.completed = SyncStateStore::markSynced(m_db.connection(), &error);
        summary.error = error;
    }
    Q_EMIT finished(summary);
    return summary;
}

bool SyncEngine::push(SyncSummary* summary)
{
    QString error;
    const auto state = SyncStateStore::read(m_db.connection(), &error);
    if (!state) {
        return fail(summary, error);
    }
    for (int round = 0; round < m_limits.maxRounds; ++round) {
        SyncOutbox::Tally tally;
        const auto operations = SyncOutbox::pending(m_db, state->clientId, m_limits.batch, &tally, &error);
        if (!operations) {
            return fail(summary, error);
        }
        if (operations->isEmpty()) {
            summary->refused += tally.refused;
            summary->refusals += tally.refusals;
            return true;
        }
        QJsonArray wire;
        for (const SyncOutbox::Operation& operation : *operations) {
            wire.append(operation.wire);
        }
        const auto reply = m_server.post(
            QStringLiteral("/api/v1/sync/push"),
            {{QStringLiteral("client"), state->clientId}, {QStringLiteral("operations"), wire}});
        if (!reply.ok()) {
            return fail(summary, tr("The server did not take the changes: %1").arg(reply.message));
        }
        const QJsonArray outcomes = reply.json.value(QLatin1String("outcomes")).toArray();
        if (!SyncOutbox::record(m_db, *operations, outcomes, &tally, &error)) {
            return fail(summary, error);
        }
        summary->sent += static_cast<int>(operations->size());
        summary->applied += tally.applied;
        summary->refused += tally.refused;
        summary->refusals += tally.refusals;
        summary->conflicts += tally.conflicts;
        const auto waiting = SyncOutbox::pendingCount(m_db, &error);
        Q_EMIT pushed(summary->sent, waiting.value_or(0));
        if (tally.applied + tally.refused + tally.conflicts == 0) {
            // The server answered none of them: sending the same again would loop.
            return fail(summary,
                        tr("The server answered none of the %1 changes sent.").arg(operations->size()));
        }
    }
    return fail(summary, tr("The outbox did not empty within %1 pushes.").arg(m_limits.maxRounds));
}

bool SyncEngine::pull(SyncSummary* summary)
{
    QString error;
    auto state = SyncStateStore::read(m_db.connection(), &error);
    if (!state) {
        return fail(summary, error);
    }
    qint64 cursor = state->cursor;
    PulledPageApplier applier(m_db);
    for (int round = 0; round < m_limits.maxRounds; ++round) {
        const auto reply = m_server.get(
            QStringLiteral("/api/v1/sync/changes?since=%1&limit=%2").arg(cursor).arg(m_limits.page));
        if (reply.status == 410 && reply.code == QLatin1String("resync_required")
            && !summary->resynchronised) {
            // Everything again from 0; rows with local work not yet acknowledged become conflicts
            // where the server's differ, and the local work stays.
            summary->resynchronised = true;
            cursor = 0;
            continue;
        }
        if (!reply.ok()) {
            return fail(summary, tr("The changes could not be received: %1").arg(reply.message));
        }
        const QJsonArray changes = reply.json.value(QLatin1String("changes")).toArray();
        const qint64 next = reply.json.value(QLatin1String("next")).toInteger();
        const bool more = reply.json.value(QLatin1String("more")).toBool();
        if (more && next <= cursor) {
            // A page that does not move the cursor would be asked for again and again.
            return fail(summary,
                        tr("The server's page after %1 does not move on (next: %2).").arg(cursor).arg(next));
        }
        PulledPageApplier::Result result;
        if (!applier.apply(changes, next, &result, &error)) {
            return fail(summary, error);
        }
        summary->received += result.received;
        summary->conflicts += result.conflicts;
        summary->waiting = result.parked;
        for (const PulledPageApplier::NotApplied& row : result.notApplied) {
            summary->notApplied.append(
                {row.entity, row.uuid, row.row, QStringLiteral("not_applied"), row.reason});
        }
        cursor = next;
        Q_EMIT pulled(summary->received, cursor);
        if (!more) {
            return true;
        }
    }
    return fail(summary, tr("The server still had changes after %1 pages.").arg(m_limits.maxRounds));
}

} // namespace danhgia
