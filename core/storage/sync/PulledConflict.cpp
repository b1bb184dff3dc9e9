#include "sync/PulledConflict.h"

#include "conflicts/ConflictColumns.h"
#include "sync/RowJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

const QStringList ConflictStages{QStringLiteral("self"), QStringLiteral("appraised"),
                                 QStringLiteral("final")};

bool runConflict(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString conflictJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A value as a column holds it, to compare the server's row with the local one.
QString conflictValue(const QJsonValue& value)
{
    if (value.isObject()) {
        return conflictJson(value.toObject());
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    return value.isNull() ? QString() : value.toVariant().toString();
}

} // namespace

std::optional<PulledConflict::Compared> PulledConflict::compare(QSqlDatabase& db, const QString& entity,
                                                                qint64 localId, const QJsonObject& data,
                                                                QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity));
    query.addBindValue(localId);
    if (!runConflict(query, error) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    // A NULL stays null; references by the UUID of the row they name, as the server's row has them.
    QJsonObject local = RowJson::fromRecord(query);
    query.finish();
    if (!RowJson::toWire(db, entity, &local, error)) {
        return std::nullopt;
    }
    QStringList fields;
    if (data.isEmpty()) {
        fields.append(QStringLiteral("deleted"));
    }
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (local.contains(it.key()) && it.key() != QLatin1String("uuid")
            && conflictValue(it.value()) != conflictValue(local.value(it.key()))) {
            fields.append(it.key());
        }
    }
    if (entity == QLatin1String("score_sheets")) {
        QSqlQuery values(db);
        values.prepare(QStringLiteral("SELECT stage, code, value FROM sheet_values WHERE sheet_id = ?"));
        values.addBindValue(localId);
        if (!runConflict(values, error)) {
            return std::nullopt;
        }
        QJsonObject byStage;
        while (values.next()) {
            QJsonObject stage = byStage.value(values.value(0).toString()).toObject();
            stage.insert(values.value(1).toString(),
                         QJsonDocument::fromJson(values.value(2).toString().toUtf8()).object());
            byStage.insert(values.value(0).toString(), stage);
        }
        local.insert(QStringLiteral("values"), byStage);
        const QJsonObject server = data.value(QLatin1String("values")).toObject();
        for (const QString& stage : ConflictStages) {
            const QJsonObject mine = byStage.value(stage).toObject();
            const QJsonObject theirs = server.value(stage).toObject();
            QStringList codes = mine.keys() + theirs.keys();
            codes.removeDuplicates();
            std::sort(codes.begin(), codes.end());
            for (const QString& code : codes) {
                if (!data.isEmpty() && mine.value(code) != theirs.value(code)) {
                    fields.append(QStringLiteral("values.%1.%2").arg(stage, code));
                }
            }
        }
    }
    return Compared{local, fields};
}

std::optional<QStringList> PulledConflict::differences(QSqlDatabase& db, const QString& entity,
                                                       qint64 localId, const QJsonObject& data,
                                                       QString* error)
{
    const auto compared = compare(db, entity, localId, data, error);
    if (!compared) {
        return std::nullopt;
    }
    QStringList fields;
    for (const QString& field : compared->fields) {
        if (!ConflictColumns::isBookkeeping(entity, field)) {
            fields.append(field);
        }
    }
    return fields;
}

bool PulledConflict::record(QSqlDatabase& db, const QString& entity, const QString& uuid, qint64 localId,
                            qint64 base, qint64 version, const QJsonObject& data, QString* error)
{
    const auto compared = compare(db, entity, localId, data, error);
    if (!compared) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sync_conflicts (entity, uuid, origin, base_version, "
                                  "server_version, server, local, fields) VALUES (?,?,'pull',?,?,?,?,?)"));
    insert.addBindValue(entity);
    insert.addBindValue(uuid);
    insert.addBindValue(base);
    insert.addBindValue(version);
    insert.addBindValue(data.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(conflictJson(data)));
    insert.addBindValue(conflictJson(compared->local));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(compared->fields)).toJson(QJsonDocument::Compact)));
    return runConflict(insert, error);
}

} // namespace danhgia
