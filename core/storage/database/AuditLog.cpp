#include "database/AuditLog.h"

#include "database/Database.h"
#include "database/SqliteStatement.h"
#include "database/StatementCache.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace danhgia {

namespace {

const QString GenesisHash = QString(64, QLatin1Char('0'));
const QString HeadKey = QStringLiteral("audit_head");

// SHA-256 over the fields (UTF-8), each followed by the unit separator (0x1f), which the texts
// never hold unescaped: a backslash is doubled and 0x1f written as \u. Both are ASCII, so
// escaping the UTF-8 is escaping the text.
QString hashOfFields(std::initializer_list<QByteArrayView> fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArrayView field : fields) {
        if (field.contains('\\') || field.contains('\x1f')) {
            hash.addData(field.toByteArray()
                             .replace(QByteArrayView("\\"), QByteArrayView("\\\\"))
                             .replace(QByteArrayView("\x1f"), QByteArrayView("\\u")));
        } else {
            hash.addData(field);
        }
        hash.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString AuditLog::hashOf(const QString& previousHash, qint64 id, const QString& at, const AuditEntry& entry)
{
    const QByteArray oldValue = entry.oldJson.isNull() ? entry.oldValue.toUtf8() : entry.oldJson;
    const QByteArray newValue = entry.newJson.isNull() ? entry.newValue.toUtf8() : entry.newJson;
    return hashOfFields({previousHash.toUtf8(), QByteArray::number(id), at.toUtf8(), entry.actor.toUtf8(),
                         entry.entity.toUtf8(), entry.entityUuid.toUtf8(), entry.action.toUtf8(), oldValue,
                         newValue, entry.reason.toUtf8()});
}

bool AuditLog::append(QSqlDatabase& db, const AuditEntry& entry, QString* error)
{
    QString detail;
    SqliteStatement* last = StatementCache::prepared(
        db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), &detail);
    if (!last || !last->run(&detail)) {
        *error = tr("cannot read the audit trail: %1").arg(detail);
        return false;
    }
    QByteArray previous = GenesisHash.toLatin1();
    qint64 lastId = 0;
    if (last->hasRow()) {
        lastId = last->int64(0);
        previous = last->text(1);
    }
    last->finish();
    const qint64 id = lastId + 1;
    const QByteArray at = Database::nowUtc().toUtf8();
    // Every text once as UTF-8: hashed, then bound (a null text binds NULL, as QtSql binds a null
    // QString; the texts that may be absent become '' through COALESCE).
    const QByteArray actor = entry.actor.toUtf8();
    const QByteArray entity = entry.entity.toUtf8();
    const QByteArray entityUuid = entry.entityUuid.toUtf8();
    const QByteArray action = entry.action.toUtf8();
    const QByteArray oldValue = entry.oldJson.isNull() ? entry.oldValue.toUtf8() : entry.oldJson;
    const QByteArray newValue = entry.newJson.isNull() ? entry.newValue.toUtf8() : entry.newJson;
    const QByteArray reason = entry.reason.toUtf8();
    const QByteArray hash = hashOfFields({previous, QByteArray::number(id), at, actor, entity, entityUuid,
                                          action, oldValue, newValue, reason})
                                .toLatin1();
    SqliteStatement* insert = StatementCache::prepared(
        db,
        QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_uuid, action, old_value, "
                       "new_value, reason, prev_hash, hash) VALUES "
                       "(?,?,?,?,?,?,COALESCE(?,''),COALESCE(?,''),COALESCE(?,''),?,?)"),
        &detail);
    bool written = insert != nullptr;
    if (written) {
        insert->bind(1, id);
        int index = 2;
        for (const QByteArray* text :
             std::initializer_list<const QByteArray*>{&at, &actor, &entity, &entityUuid, &action, &oldValue,
                                                      &newValue, &reason, &previous, &hash}) {
            insert->bind(index++, *text);
        }
        written = insert->run(&detail);
    }
    SqliteStatement* head = written
        ? StatementCache::prepared(db,
                                   QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                  "(?, ?) ON CONFLICT(key) DO UPDATE "
                                                  "SET value = excluded.value"),
                                   &detail)
        : nullptr;
    if (head) {
        const QByteArray key = HeadKey.toUtf8();
        const QByteArray value = QByteArray::number(id) + ':' + hash;
        head->bindText(1, key);
        head->bindText(2, value);
        written = head->run(&detail);
    } else {
        written = false;
    }
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
