#include "database/SyncedTable.h"

#include "database/ChangeLog.h"
#include "database/Database.h"
#include "database/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace danhgia {

namespace {

QString whereClause(const QVariantMap& keys)
{
    QStringList parts;
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        parts.append(it.key() + QStringLiteral(" IS ?"));
    }
    return parts.join(QLatin1String(" AND "));
}

bool isText(const QVariant& value)
{
    return value.typeId() == QMetaType::QString;
}

// Qt binds a null QString as SQL NULL; text columns hold '' for "nothing".
QString placeholder(const QVariant& value)
{
    return isText(value) ? QStringLiteral("COALESCE(?, '')") : QStringLiteral("?");
}

bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    return isText(wanted) ? stored.toString() == wanted.toString() : stored == wanted;
}

// A column's value as the row holds it: a null number (a reference to no row: a root unit's parent,
// an interview council without a campaign) is null, as SQLite stores it, not the 0 that Qt's
// conversion of a null qint64 gives (the outbox then named "row 0", which no row is).
void writeColumn(JsonWriter& json, const QVariant& value)
{
    switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            if (value.isNull()) {
                json.null();
                return;
            }
            break;
        default:
            break;
    }
    json.variant(value);
}

// The JSON text of a row as the outbox and the audit trail record it: the columns of `a` and
// `b` and the UUID (a later one of the same name wins, as in a QJsonObject).
QByteArray toJson(const QVariantMap& a, const QVariantMap& b, const QString& uuid,
                  const QList<JsonWriter::Member>& extra = {})
{
    QList<JsonWriter::Member> members = extra;
    members.reserve(extra.size() + a.size() + b.size() + 1);
    JsonWriter value;
    for (const QVariantMap* map : {&a, &b}) {
        for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
            writeColumn(value, it.value());
            members.append({it.key(), value.take()});
        }
    }
    value.string(uuid);
    members.append({QStringLiteral("uuid"), value.take()});
    JsonWriter json;
    json.object(std::move(members));
    return json.take();
}

} // namespace

std::optional<qint64> SyncedTable::findId(QSqlDatabase& db, const QString& table, const QVariantMap& keys,
                                          QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereClause(keys)));
    for (const QVariant& v : keys) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = tr("cannot read %1: %2").arg(table, query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<SyncedTable::Written> SyncedTable::upsert(QSqlDatabase& db, const QString& table,
                                                        const QVariantMap& keys, const QVariantMap& values,
                                                        const QString& actor, const QString& reason,
                                                        QString* error,
                                                        const QList<JsonWriter::Member>& payload)
{
    const QStringList columns = values.keys();
    QString detail;
    QSqlQuery* found = StatementCache::exec(
        db,
        QStringLiteral("SELECT id, uuid, revision%1 FROM %2 WHERE %3")
            .arg(columns.isEmpty() ? QString() : QStringLiteral(", ") + columns.join(QLatin1String(", ")),
                 table, whereClause(keys)),
        keys.values(), &detail);
    if (!found) {
        *error = tr("cannot read %1: %2").arg(table, detail);
        return std::nullopt;
    }
    QSqlQuery& query = *found;
    Written written;
    if (!query.next()) {
        query.finish();
        written.uuid = Database::newUuid();
        written.inserted = written.changed = true;
        QStringList names = keys.keys() + columns;
        names.append(QStringLiteral("uuid"));
        QStringList placeholders;
        for (const QVariant& v : keys) {
            placeholders.append(placeholder(v));
        }
        for (const QVariant& v : values) {
            placeholders.append(placeholder(v));
        }
        placeholders.append(QStringLiteral("?"));
        QVariantList bound = keys.values() + values.values();
        bound.append(written.uuid);
        QSqlQuery* insert = StatementCache::exec(
            db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))),
            bound, &detail);
        if (!insert) {
            *error = tr("cannot write %1: %2").arg(table, detail);
            return std::nullopt;
        }
        written.id = insert->lastInsertId().toLongLong();
        insert->finish();
        RowChange change{table, written.uuid, QStringLiteral("insert"), 1, {}, {}, actor, QString(), reason};
        change.afterJson = toJson(keys, values, written.uuid, payload);
        if (!ChangeLog::record(db, change, error)) {
            return std::nullopt;
        }
        return written;
    }
    written.id = query.value(0).toLongLong();
    written.uuid = query.value(1).toString();
    const qint64 revision = query.value(2).toLongLong();
    QVariantMap before;
    for (int i = 0; i < columns.size(); ++i) {
        before.insert(columns[i], query.value(3 + i));
        if (!sameValue(query.value(3 + i), values.value(columns[i]))) {
            written.changed = true;
        }
    }
    query.finish();
    if (!written.changed) {
        return written;
    }
    QStringList assignments;
    for (const QString& column : columns) {
        assignments.append(column + QStringLiteral(" = ") + placeholder(values.value(column)));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE %1 SET %2, revision = revision + 1, "
                                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?")
                       .arg(table, assignments.join(QLatin1String(", "))));
    for (const QVariant& v : values) {
        update.addBindValue(v);
    }
    update.addBindValue(written.id);
    if (!update.exec()) {
        *error = tr("cannot write %1: %2").arg(table, update.lastError().text());
        return std::nullopt;
    }
    RowChange change{table,     written.uuid, QStringLiteral("update"), revision + 1, {}, {}, actor,
                     QString(), reason};
    change.beforeJson = toJson(keys, before, written.uuid);
    change.afterJson = toJson(keys, values, written.uuid);
    if (!ChangeLog::record(db, change, error)) {
        return std::nullopt;
    }
    return written;
}

} // namespace danhgia
