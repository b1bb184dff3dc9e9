#include "sync/SyncStatusReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace danhgia {

std::optional<SyncStatusReader::Status> SyncStatusReader::read(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM outbox WHERE id NOT IN (SELECT outbox_id FROM outbox_outcomes)), "
            "(SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL), "
            "(SELECT last_sync_at FROM sync_state WHERE id = 1)"))
        || !query.next()) {
        *error = tr("cannot read the state of the sync: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    Status status;
    status.waiting = query.value(0).toInt();
    status.conflicts = query.value(1).toInt();
    const QString last = query.value(2).toString();
    if (!last.isEmpty()) {
        status.lastSync = QDateTime::fromString(last, Qt::ISODateWithMs);
        status.lastSync.setTimeZone(QTimeZone::utc());
    }
    return status;
}

} // namespace danhgia
