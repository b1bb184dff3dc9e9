#include "sync/RefusedCreation.h"

#include "workflow/SyncedEntities.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<QString> RefusedCreation::reasonFor(QSqlDatabase& db, const QString& entity,
                                                  const QString& uuid, QString* error)
{
    // The server holds the row once a change of it was applied, once it took part in a conflict (a
    // row adopted by the server's: its changes were superseded) or once a pull gave it a server
    // version.
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral(
            "SELECT oc.error_message FROM outbox o JOIN outbox_outcomes oc ON oc.outbox_id = o.id "
            "WHERE o.entity = ? AND o.uuid = ? AND o.operation = 'insert' AND oc.status = 'refused' "
            "AND NOT EXISTS (SELECT 1 FROM outbox a JOIN outbox_outcomes ac ON ac.outbox_id = a.id "
            "WHERE a.entity = o.entity AND a.uuid = o.uuid AND ac.status IN ('applied', 'conflict')) "
            "AND NOT EXISTS (SELECT 1 FROM %1 r WHERE r.uuid = o.uuid AND r.server_version IS NOT NULL) "
            "ORDER BY o.id LIMIT 1")
            .arg(entity));
    query.addBindValue(entity);
    query.addBindValue(uuid);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return QString();
    }
    const QString reason = query.value(0).toString();
    // A refusal without a message still refuses: say so rather than nothing.
    return reason.isEmpty() ? tr("refused by the server") : reason;
}

QString RefusedCreation::ownMessage(const QString& reason)
{
    return tr("Not sent: the change that creates this row was refused earlier (%1).").arg(reason);
}

QString RefusedCreation::referenceMessage(const QString& entity, const QString& reason)
{
    return tr("Not sent: the row it names (%1) was refused earlier (%2).")
        .arg(SyncedEntities::title(entity), reason);
}

} // namespace danhgia
