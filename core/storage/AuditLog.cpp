#include "AuditLog.h"

#include "Database.h"
#include "StatementCache.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace danhgia {

namespace {

const QString GenesisHash = QString(64, QLatin1Char('0'));
const QString HeadKey = QStringLiteral("audit_head");

} // namespace

QString AuditLog::hashOf(const QString& previousHash, qint64 id, const QString& at, const AuditEntry& entry)
{
    // Fields are separated by the unit separator, which the texts never hold unescaped.
    const QStringList fields{previousHash,   QString::number(id), at,           entry.actor,
                             entry.entity,   entry.entityUuid,    entry.action, entry.oldValue,
                             entry.newValue, entry.reason};
    QString joined;
    for (const QString& field : fields) {
        QString escaped = field;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QChar(0x1f), QLatin1String("\\u"));
        joined += escaped + QChar(0x1f);
    }
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(QSqlDatabase& db, const AuditEntry& entry, QString* error)
{
    QString detail;
    QSqlQuery* last = StatementCache::exec(
        db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {}, &detail);
    if (!last) {
        *error = tr("cannot read the audit trail: %1").arg(detail);
        return false;
    }
    QString previous = GenesisHash;
    qint64 lastId = 0;
    if (last->next()) {
        lastId = last->value(0).toLongLong();
        previous = last->value(1).toString();
    }
    last->finish();
    const qint64 id = lastId + 1;
    const QString at = Database::nowUtc();
    const QString hash = hashOf(previous, id, at, entry);
    // Qt binds a null QString as SQL NULL: absent texts become '' through COALESCE.
    const bool written
        = StatementCache::exec(
              db,
              QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_uuid, action, "
                             "old_value, new_value, reason, prev_hash, hash) VALUES "
                             "(?,?,?,?,?,?,COALESCE(?,''),COALESCE(?,''),COALESCE(?,''),?,?)"),
              {id, at, entry.actor, entry.entity, entry.entityUuid, entry.action, entry.oldValue,
               entry.newValue, entry.reason, previous, hash},
              &detail)
        && StatementCache::exec(db,
                                QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                {HeadKey, QStringLiteral("%1:%2").arg(id).arg(hash)}, &detail);
    if (!written) {
        *error = tr("cannot write the audit trail: %1").arg(detail);
        return false;
    }
    return true;
}

AuditLog::Verification AuditLog::verify(QSqlDatabase& db)
{
    Verification result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, old_value, new_value, "
                                   "reason, prev_hash, hash FROM audit_log ORDER BY id"))) {
        result.message = tr("cannot read the audit trail: %1").arg(query.lastError().text());
        return result;
    }
    QString previous = GenesisHash;
    qint64 expectedId = 1;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const AuditEntry entry{query.value(2).toString(), query.value(3).toString(),
                               query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString(), query.value(7).toString(),
                               query.value(8).toString()};
        const QString storedPrevious = query.value(9).toString();
        const QString storedHash = query.value(10).toString();
        ++result.rows;
        if (id != expectedId || storedPrevious != previous) {
            result.firstBrokenRow = id;
            result.message
                = tr("row %1: the row before it was removed or changed (the chain breaks here)").arg(id);
            return result;
        }
        if (hashOf(previous, id, query.value(1).toString(), entry) != storedHash) {
            result.firstBrokenRow = id;
            result.message = tr("row %1: its content was changed after it was written").arg(id);
            return result;
        }
        previous = storedHash;
        ++expectedId;
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    head.addBindValue(HeadKey);
    const QString expectedHead
        = result.rows == 0 ? QString() : QStringLiteral("%1:%2").arg(expectedId - 1).arg(previous);
    const QString storedHead = head.exec() && head.next() ? head.value(0).toString() : QString();
    if (storedHead != expectedHead) {
        result.firstBrokenRow = expectedId;
        result.message
            = tr("the last rows of the audit trail were removed (the trail ends at row %1, it had more)")
                  .arg(expectedId - 1);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace danhgia
