#include "sync/SyncStateStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<SyncStateStore::State> SyncStateStore::read(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT client_id, cursor, last_sync_at FROM sync_state WHERE id = 1"))) {
        *error = tr("cannot read the sync state: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("cannot read the sync state: the database has none");
        return std::nullopt;
    }
    return State{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
}

bool SyncStateStore::setCursor(QSqlDatabase& db, qint64 cursor, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"));
    query.addBindValue(cursor);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = tr("cannot save the sync cursor: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool SyncStateStore::markSynced(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "UPDATE sync_state SET last_sync_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = 1"))) {
        *error = tr("cannot save the time of the sync: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace danhgia
