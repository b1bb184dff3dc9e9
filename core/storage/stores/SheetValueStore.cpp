#include "stores/SheetValueStore.h"

#include "database/ChangeLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

bool readStored(QSqlDatabase& db, qint64 sheetId, const QString& code, Stage stage,
                SheetValueStore::Stored* out, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT value, change_reason FROM sheet_values WHERE sheet_id = ? AND code = ? AND stage = ?"));
    query.addBindValue(sheetId);
    query.addBindValue(code);
    query.addBindValue(Stages::name(stage));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *out = SheetValueStore::Stored();
    if (query.next()) {
        *out = {true, QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(),
                query.value(1).toString()};
    }
    return true;
}

bool hasValues(QSqlDatabase& db, qint64 sheetId, Stage stage, bool* has, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sheet_values WHERE sheet_id = ? AND stage = ? LIMIT 1"));
    query.addBindValue(sheetId);
    query.addBindValue(Stages::name(stage));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    *has = query.next();
    return true;
}

QJsonObject changeRecord(Stage stage, const QString& code, const SheetValueStore::Stored& stored)
{
    return {
        {QStringLiteral("stage"), Stages::name(stage)},
        {QStringLiteral("code"), code},
        {QStringLiteral("value"), stored.present ? QJsonValue(stored.value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("change_reason"), stored.reason}};
}

} // namespace

std::optional<QJsonObject> SheetValueStore::stageValues(QSqlDatabase& db, qint64 sheetId, Stage stage,
                                                        QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT code, value FROM sheet_values WHERE sheet_id = ? AND stage = ?"));
    query.addBindValue(sheetId);
    query.addBindValue(Stages::name(stage));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QJsonObject values;
    while (query.next()) {
        values.insert(query.value(0).toString(),
                      QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    }
    return values;
}

std::optional<SheetValueStore::Rows> SheetValueStore::readAll(QSqlDatabase& db, qint64 sheetId,
                                                              QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT code, stage, value, explanation, change_reason FROM sheet_values WHERE sheet_id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    Rows rows;
    while (query.next()) {
        const QString code = query.value(0).toString();
        const auto stage = Stages::fromName(query.value(1).toString());
        if (!stage) {
            *error = tr("the value of criterion %1 has an unknown stage \"%2\"")
                         .arg(code, query.value(1).toString());
            return std::nullopt;
        }
        rows.values[*stage].insert(code,
                                   QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        if (!query.value(4).toString().isEmpty()) {
            rows.reasons[*stage].insert(code, query.value(4).toString());
        }
        if (*stage == Stage::Self && !query.value(3).toString().isEmpty()) {
            rows.explanations.insert(code, query.value(3).toString());
        }
    }
    return rows;
}

std::optional<QHash<QString, Decimal>> SheetValueStore::otherBests(QSqlDatabase& db, qint64 campaignId,
                                                                   qint64 sheetId, const QStringList& codes,
                                                                   QString* error)
{
    QHash<QString, Decimal> bests;
    if (codes.isEmpty()) {
        return bests;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT v.code, v.value FROM sheet_values v JOIN score_sheets s ON s.id = v.sheet_id "
            "WHERE s.campaign_id = ? AND s.id <> ? AND v.code IN (%1) "
            "AND (CASE v.stage WHEN 'self' THEN 1 WHEN 'appraised' THEN 2 ELSE 3 END) = (SELECT "
            "MAX(CASE w.stage WHEN 'self' THEN 1 WHEN 'appraised' THEN 2 ELSE 3 END) FROM sheet_values w "
            "WHERE w.sheet_id = s.id)")
            .arg(QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    query.addBindValue(campaignId);
    query.addBindValue(sheetId);
    for (const QString& code : codes) {
        query.addBindValue(code);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        const QJsonValue value = QJsonDocument::fromJson(query.value(1).toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("value"));
        const auto number = value.isDouble() ? Decimal::fromDouble(value.toDouble()) : std::nullopt;
        Decimal& best = bests[query.value(0).toString()];
        if (number && *number > best) {
            best = *number;
        }
    }
    return bests;
}

std::optional<SheetValueStore::Snapshot> SheetValueStore::read(QSqlDatabase& db, qint64 sheetId, Stage stage,
                                                               const QString& code, QString* error)
{
    Snapshot snapshot;
    bool has = false;
    bool appraised = false;
    if (!hasValues(db, sheetId, stage, &has, error)
        || (stage == Stage::Final && !hasValues(db, sheetId, Stage::Appraised, &appraised, error))) {
        return std::nullopt;
    }
    snapshot.stageEmpty = !has;
    snapshot.baselineStage = Stages::baselineOf(stage, appraised);
    if (!readStored(db, sheetId, code, stage, &snapshot.current, error)
        || !readStored(db, sheetId, code, snapshot.baselineStage, &snapshot.baseline, error)) {
        return std::nullopt;
    }
    return snapshot;
}

bool SheetValueStore::write(QSqlDatabase& db, qint64 sheetId, Stage stage, const QString& code,
                            const Snapshot& snapshot, const Stored& after, const QString& actor, bool* seeded,
                            QString* error)
{
    const auto failed = [&](const QString& detail) {
        *error = tr("The value of criterion %1 could not be saved: %2").arg(code, detail);
        return false;
    };
    Stored before = snapshot.current;
    QSqlQuery query(db);
    *seeded = stage != Stage::Self && snapshot.stageEmpty && after.present;
    if (*seeded) {
        query.prepare(
            QStringLiteral("INSERT INTO sheet_values (sheet_id, code, stage, value) SELECT sheet_id, "
                           "code, ?, value FROM sheet_values WHERE sheet_id = ? AND stage = ?"));
        query.addBindValue(Stages::name(stage));
        query.addBindValue(sheetId);
        query.addBindValue(Stages::name(snapshot.baselineStage));
        if (!query.exec()) {
            return failed(query.lastError().text());
        }
        before = snapshot.baseline;
        before.reason.clear();
    } else if (before.present == after.present && before.value == after.value
               && before.reason == after.reason) {
        return true; // nothing changes
    }
    if (after.present) {
        query.prepare(QStringLiteral(
            "INSERT INTO sheet_values (sheet_id, code, stage, value, change_reason) VALUES (?,?,?,?,?) "
            "ON CONFLICT (sheet_id, code, stage) DO UPDATE SET value = excluded.value, "
            "change_reason = excluded.change_reason"));
    } else {
        query.prepare(
            QStringLiteral("DELETE FROM sheet_values WHERE sheet_id = ? AND code = ? AND stage = ?"));
    }
    query.addBindValue(sheetId);
    query.addBindValue(code);
    query.addBindValue(Stages::name(stage));
    if (after.present) {
        query.addBindValue(QString::fromUtf8(QJsonDocument(after.value).toJson(QJsonDocument::Compact)));
        // Qt binds a null QString as SQL NULL; the column holds '' for "no reason".
        query.addBindValue(after.reason.isNull() ? QStringLiteral("") : after.reason);
    }
    if (!query.exec()) {
        return failed(query.lastError().text());
    }
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE score_sheets SET revision = revision + 1, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"));
    bump.addBindValue(sheetId);
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT uuid, revision FROM score_sheets WHERE id = ?"));
    read.addBindValue(sheetId);
    if (!bump.exec() || !read.exec() || !read.next()) {
        return failed(bump.lastError().text() + read.lastError().text());
    }
    RowChange change;
    change.entity = QStringLiteral("score_sheets");
    change.uuid = read.value(0).toString();
    change.operation = QStringLiteral("update");
    change.revision = read.value(1).toLongLong();
    change.before = changeRecord(stage, code, before);
    change.after = changeRecord(stage, code, after);
    if (*seeded) {
        // The copy is part of the change: the stage had no values before, all of these after.
        QString detail;
        const auto all = stageValues(db, sheetId, stage, &detail);
        if (!all) {
            return failed(detail);
        }
        change.before.insert(QStringLiteral("values"), QJsonObject());
        change.after.insert(QStringLiteral("values"), *all);
    }
    change.actor = actor;
    change.action = QStringLiteral("score");
    change.reason = after.reason.isNull() ? QStringLiteral("") : after.reason;
    return ChangeLog::record(db, change, error);
}

} // namespace danhgia
