#include "sync/RowJson.h"

#include "sync/WireReferences.h"

#include <QSqlError>
#include <QSqlRecord>

namespace danhgia {

QJsonValue RowJson::fromColumn(const QVariant& value)
{
    // QJsonValue::fromVariant turns a NULL integer into 0.
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

QJsonObject RowJson::fromRecord(const QSqlQuery& query)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        row.insert(record.fieldName(i), fromColumn(query.value(i)));
    }
    return row;
}

bool RowJson::toWire(QSqlDatabase& db, const QString& entity, QJsonObject* row, QString* error)
{
    for (const WireReferences::Reference& ref : WireReferences::of(entity)) {
        if (!row->contains(ref.localField)) {
            continue;
        }
        const QJsonValue local = row->take(ref.localField);
        if (local.isNull()) {
            row->insert(ref.wireField, QJsonValue(QJsonValue::Null));
            continue;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(ref.entity));
        query.addBindValue(local.toInteger());
        if (!query.exec()) {
            *error = tr("cannot read %1: %2").arg(ref.entity, query.lastError().text());
            return false;
        }
        row->insert(ref.wireField,
                    query.next() ? QJsonValue(query.value(0).toString()) : QJsonValue(QJsonValue::Null));
    }
    return true;
}

std::optional<QJsonObject> RowJson::byUuid(QSqlDatabase& db, const QString& entity, const QString& uuid,
                                           QString* error)
{
    if (!WireReferences::entities().contains(entity)) {
        *error = tr("the conflict names an unknown table \"%1\"").arg(entity);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE uuid = ?").arg(entity));
    query.addBindValue(uuid);
    if (!query.exec()) {
        *error = tr("cannot read %1: %2").arg(entity, query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? fromRecord(query) : QJsonObject();
}

} // namespace danhgia
