#include "ChangeLog.h"

#include "AuditLog.h"
#include "StatementCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

QString compact(const QJsonObject& object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool ChangeLog::record(QSqlDatabase& db, const RowChange& change, QString* error)
{
    // Serialised once: the outbox payload is the audit entry's new (or, deleting, old) value.
    const QString before = compact(change.before);
    const QString after = compact(change.after);
    QString detail;
    if (!StatementCache::exec(
            db,
            QStringLiteral(
                "INSERT INTO outbox (entity, uuid, operation, revision, payload) VALUES (?,?,?,?,?)"),
            {change.entity, change.uuid, change.operation, change.revision,
             change.operation == QLatin1String("delete") ? before : after},
            &detail)) {
        *error = tr("cannot record the change for synchronisation: %1").arg(detail);
        return false;
    }
    const AuditEntry entry{
        change.actor, change.entity, change.uuid,  change.action.isEmpty() ? change.operation : change.action,
        before,       after,         change.reason};
    return AuditLog::append(db, entry, error);
}

} // namespace danhgia
