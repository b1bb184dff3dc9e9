#include "sync/PulledRowWriter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

const QStringList WriterStages{QStringLiteral("self"), QStringLiteral("appraised"), QStringLiteral("final")};

bool runWriter(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString writerJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool PulledRowWriter::write(const QString& entity, const QString& uuid, qint64* id, const QVariantMap& row,
                            qint64 version, QString* error)
{
    QVariantMap values = row;
    if (entity == QLatin1String("criteria_sets") && *id != 0) {
        // A published version is immutable here too: only its bookkeeping follows the server.
        QSqlQuery status(m_db);
        status.prepare(QStringLiteral("SELECT status FROM criteria_sets WHERE id = ?"));
        status.addBindValue(*id);
        if (!runWriter(status, error)) {
            return false;
        }
        if (status.next() && status.value(0).toString() == QLatin1String("published")) {
            for (const char* column : {"document", "status", "set_id", "version"}) {
                values.remove(QString::fromLatin1(column));
            }
        }
    }
    QSqlQuery query(m_db);
    if (*id == 0) {
        QStringList names = values.keys();
        names << QStringLiteral("uuid") << QStringLiteral("server_version");
        QStringList marks(names.size(), QStringLiteral("?"));
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(entity, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        query.addBindValue(uuid);
        query.addBindValue(version);
        if (!runWriter(query, error)) {
            return false;
        }
        *id = query.lastInsertId().toLongLong();
        return true;
    }
    QStringList assignments;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
    }
    assignments.append(QStringLiteral("server_version = ?"));
    query.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity, assignments.join(QLatin1String(", "))));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(version);
    query.addBindValue(*id);
    return runWriter(query, error);
}

bool PulledRowWriter::writeSheetValues(qint64 sheetId, const QJsonObject& data, QString* error)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM sheet_values WHERE sheet_id = ?"));
    clear.addBindValue(sheetId);
    if (!runWriter(clear, error)) {
        return false;
    }
    const QJsonObject values = data.value(QLatin1String("values")).toObject();
    const QJsonObject reasons = data.value(QLatin1String("reasons")).toObject();
    const QJsonObject explanations = data.value(QLatin1String("explanations")).toObject();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO sheet_values (sheet_id, code, stage, value, explanation, "
                                  "change_reason) VALUES (?,?,?,?,?,?)"));
    for (const QString& stage : WriterStages) {
        const QJsonObject stageValues = values.value(stage).toObject();
        const QJsonObject stageReasons = reasons.value(stage).toObject();
        for (auto it = stageValues.constBegin(); it != stageValues.constEnd(); ++it) {
            insert.addBindValue(sheetId);
            insert.addBindValue(it.key());
            insert.addBindValue(stage);
            insert.addBindValue(writerJson(it.value().toObject()));
            insert.addBindValue(stage == QLatin1String("self")
                                    ? explanations.value(it.key()).toString(QStringLiteral(""))
                                    : QStringLiteral(""));
            insert.addBindValue(stageReasons.value(it.key()).toString(QStringLiteral("")));
            if (!runWriter(insert, error)) {
                return false;
            }
        }
    }
    return true;
}

bool PulledRowWriter::remove(const QString& entity, qint64 id, QString* error)
{
    if (entity == QLatin1String("score_sheets")) {
        QSqlQuery values(m_db);
        values.prepare(QStringLiteral("DELETE FROM sheet_values WHERE sheet_id = ?"));
        values.addBindValue(id);
        if (!runWriter(values, error)) {
            return false;
        }
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity));
    query.addBindValue(id);
    return runWriter(query, error);
}

const QStringList& PulledRowWriter::columns(const QString& entity, QString* error)
{
    auto found = m_columns.find(entity);
    if (found != m_columns.end()) {
        return *found;
    }
    QSqlQuery query(m_db);
    QStringList names;
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.addBindValue(entity);
    if (!runWriter(query, error)) {
        return m_columns[QString()];
    }
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    if (names.isEmpty()) {
        *error = tr("the table %1 does not exist").arg(entity);
    }
    return *m_columns.insert(entity, names);
}

} // namespace danhgia
