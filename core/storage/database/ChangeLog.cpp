#include "database/ChangeLog.h"

#include "database/AuditLog.h"
#include "database/SqliteStatement.h"
#include "database/StatementCache.h"
#include "sync/ServerLinkStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace danhgia {

namespace {

// The JSON text (UTF-8) of a side of the change: the store's own text, else the object as
// QJsonDocument writes it. An empty object is recorded as nothing (null: '' in the audit trail).
QByteArray jsonText(const QJsonObject& object, const QByteArray& json)
{
    if (!json.isEmpty()) {
        return json == "{}" ? QByteArray() : json;
    }
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool ChangeLog::record(QSqlDatabase& db, const RowChange& change, QString* error)
{
    // Once linked, a change is written as the account: only while it may work offline.
    if (!ServerLinkStore::mayWriteAsAccount(db, QDateTime::currentDateTimeUtc(), error)) {
        return false;
    }
    // Serialised once: the outbox payload is the audit entry's new (or, deleting, old) value.
    const QByteArray before = jsonText(change.before, change.beforeJson);
    const QByteArray after = jsonText(change.after, change.afterJson);
    const QByteArray entity = change.entity.toUtf8();
    const QByteArray uuid = change.uuid.toUtf8();
    const QByteArray operation = change.operation.toUtf8();
    QString detail;
    SqliteStatement* outbox = StatementCache::prepared(
        db,
        QStringLiteral("INSERT INTO outbox (entity, uuid, operation, revision, payload) VALUES (?,?,?,?,?)"),
        &detail);
    if (outbox) {
        outbox->bind(1, entity);
        outbox->bind(2, uuid);
        outbox->bind(3, operation);
        outbox->bind(4, change.revision);
        outbox->bind(5, change.operation == QLatin1String("delete") ? before : after);
    }
    if (!outbox || !outbox->run(&detail)) {
        *error = tr("cannot record the change for synchronisation: %1").arg(detail);
        return false;
    }
    AuditEntry entry{
        change.actor, change.entity, change.uuid,  change.action.isEmpty() ? change.operation : change.action,
        QString(),    QString(),     change.reason};
    entry.oldJson = before;
    entry.newJson = after;
    return AuditLog::append(db, entry, error);
}

} // namespace danhgia
