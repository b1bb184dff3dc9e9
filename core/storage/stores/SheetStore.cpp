#include "stores/SheetStore.h"

#include "database/ChangeLog.h"
#include "database/JsonWriter.h"
#include "database/SqliteStatement.h"
#include "database/StatementCache.h"
#include "database/SyncedTable.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/PersonFlagStore.h"
#include "stores/SheetValueStore.h"
#include "workflow/SheetWorkflow.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

// The text LeafValue::toJson() gives, written directly (members in QJsonObject's order).
void writeLeafValue(JsonWriter& json, const LeafValue& value)
{
    json.beginObject();
    switch (value.kind) {
        case LeafValue::Kind::NotApplicable:
            json.key(QLatin1String("na"));
            json.boolean(true);
            break;
        case LeafValue::Kind::Points:
            json.key(QLatin1String("points"));
            json.number(value.number.toDouble());
            break;
        case LeafValue::Kind::YesNo:
            json.key(QLatin1String("yes"));
            json.boolean(value.yes);
            break;
        case LeafValue::Kind::Level:
            json.key(QLatin1String("level"));
            json.number(static_cast<double>(value.level));
            break;
        case LeafValue::Kind::Ratio:
            json.key(QLatin1String("done"));
            json.number(static_cast<double>(value.done));
            json.key(QLatin1String("total"));
            json.number(static_cast<double>(value.total));
            break;
        case LeafValue::Kind::Count:
            json.key(QLatin1String("count"));
            json.number(static_cast<double>(value.count));
            break;
        case LeafValue::Kind::Value:
            json.key(QLatin1String("value"));
            json.number(value.number.toDouble());
            break;
        case LeafValue::Kind::Tasks:
            json.key(QLatin1String("items"));
            json.beginArray();
            for (const TaskItem& item : value.items) {
                json.beginObject();
                json.key(QLatin1String("delays"));
                json.number(static_cast<double>(item.delays));
                json.key(QLatin1String("done"));
                json.boolean(item.done);
                json.key(QLatin1String("excused"));
                json.boolean(item.excused);
                json.key(QLatin1String("quality_failures"));
                json.number(static_cast<double>(item.qualityFailures));
                json.key(QLatin1String("title"));
                json.string(item.title);
                json.key(QLatin1String("weight"));
                json.number(item.weight.toDouble());
                json.endObject();
            }
            json.endArray();
            break;
    }
    json.endObject();
}

// The values of a sheet as JSON text, written once: the object of all of them (the change
// record of a new sheet holds it) and where in it the text of each value is (a sheet_values row).
struct ValuesText
{
    struct Value
    {
        QString code;
        qsizetype from = 0;
        qsizetype size = 0;
    };
    QByteArray object;
    QList<Value> values;

    QByteArrayView text(const Value& value) const
    {
        return QByteArrayView(object).sliced(value.from, value.size);
    }
};

ValuesText valuesText(const ScoreSheet& sheet)
{
    QStringList codes = sheet.valueOrder;
    std::sort(codes.begin(), codes.end(),
              [](const QString& a, const QString& b) { return JsonWriter::keyLess(a, b); });
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    ValuesText text;
    text.values.reserve(codes.size());
    JsonWriter json;
    json.beginObject();
    for (const QString& code : codes) {
        json.key(code);
        const qsizetype from = json.text().size();
        writeLeafValue(json, sheet.values.value(code));
        text.values.append({code, from, json.text().size() - from});
    }
    json.endObject();
    text.object = json.take();
    return text;
}

} // namespace

std::optional<qint64> SheetStore::save(QSqlDatabase& db, qint64 campaignId, const ScoreSheet& sheet,
                                       const QString& actor, const QString& reason, QString* error)
{
    const ValuesText values = valuesText(sheet);
    const QVariantMap keys{{QStringLiteral("campaign_id"), campaignId},
                           {QStringLiteral("subject_code"), sheet.subject.id},
                           {QStringLiteral("period"), sheet.period.value_or(QString())}};
    JsonWriter json;
    json.string(Stages::name(sheet.stage));
    // A new sheet is one change: the row and its values are recorded together.
    const QList<JsonWriter::Member> payload{{QStringLiteral("stage"), json.take()},
                                            {QStringLiteral("values"), values.object}};
    // The person's flags recorded in the campaign (PersonFlagStore) stay on the sheet, whatever the
    // sheet saved lists.
    const auto recorded = PersonFlagStore::codesInForce(db, campaignId, sheet.subject.id, error);
    if (!recorded) {
        return std::nullopt;
    }
    QStringList flags = sheet.flags;
    for (const QString& code : *recorded) {
        if (!flags.contains(code)) {
            flags.append(code);
        }
    }
    json.beginArray();
    for (const QString& flag : std::as_const(flags)) {
        json.string(flag);
    }
    json.endArray();
    const auto written = SyncedTable::upsert(db, QStringLiteral("score_sheets"), keys,
                                             {{QStringLiteral("subject_name"), sheet.subject.name},
                                              {QStringLiteral("subject_group"), sheet.subject.group},
                                              {QStringLiteral("flags"), QString::fromUtf8(json.text())}},
                                             actor, reason, error, payload);
    if (!written) {
        return std::nullopt;
    }
    QString detail;
    QJsonObject before;
    QJsonObject after;
    if (!written->inserted) {
        const auto current = SheetTransitions::state(db, written->id, &detail);
        if (!current) {
            *error = detail;
            return std::nullopt;
        }
        const QString refusal = SheetWorkflow::refuseValueWrite(*current, sheet.stage);
        if (!refusal.isEmpty()) {
            *error = tr("the score sheet of %1 (%2) cannot change: %3")
                         .arg(sheet.subject.id, sheet.period.value_or(QString()), refusal);
            return std::nullopt;
        }
        const auto stored = SheetValueStore::stageValues(db, written->id, sheet.stage, &detail);
        if (!stored) {
            *error = tr("cannot read the sheet's values: %1").arg(detail);
            return std::nullopt;
        }
        for (const QString& code : sheet.valueOrder) {
            after.insert(code, LeafValue::toJson(sheet.values.value(code)));
        }
        if (*stored == after) {
            return written->id;
        }
        before = *stored;
    }
    QSqlQuery query(db);
    bool ok = true;
    if (!written->inserted) {
        query.prepare(QStringLiteral("DELETE FROM sheet_values WHERE sheet_id = ? AND stage = ?"));
        query.addBindValue(written->id);
        query.addBindValue(Stages::name(sheet.stage));
        ok = query.exec();
    }
    if (!ok) {
        *error = tr("cannot write the sheet's values: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    // The appraiser's reason for each changed value (ScoreSheet::reasons) is stored with it.
    SqliteStatement* insert = StatementCache::prepared(
        db,
        QStringLiteral(
            "INSERT INTO sheet_values (sheet_id, code, stage, value, change_reason) VALUES (?,?,?,?,?)"),
        &detail);
    const QByteArray stage = Stages::name(sheet.stage).toUtf8();
    for (const ValuesText::Value& value : values.values) {
        bool inserted = insert != nullptr;
        if (inserted) {
            const QByteArray code = value.code.toUtf8();
            const QByteArray valueReason = sheet.reasons.value(value.code).trimmed().toUtf8();
            insert->bind(1, written->id);
            insert->bindText(2, code);
            insert->bind(3, stage);
            insert->bindText(4, values.text(value));
            insert->bindText(5, valueReason);
            inserted = insert->run(&detail);
        }
        if (!inserted) {
            *error = tr("cannot write the sheet's values: %1").arg(detail);
            return std::nullopt;
        }
    }
    if (written->inserted) {
        return written->id;
    }
    ok = query.exec(QStringLiteral("UPDATE score_sheets SET revision = revision + 1, "
                                   "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = %1")
                        .arg(written->id));
    query.prepare(QStringLiteral("SELECT revision FROM score_sheets WHERE id = ?"));
    query.addBindValue(written->id);
    if (!ok || !query.exec() || !query.next()) {
        *error = tr("cannot write the sheet's values: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    const RowChange change{
        QStringLiteral("score_sheets"),
        written->uuid,
        QStringLiteral("update"),
        query.value(0).toLongLong(),
        {{QStringLiteral("stage"), Stages::name(sheet.stage)}, {QStringLiteral("values"), before}},
        {{QStringLiteral("stage"), Stages::name(sheet.stage)}, {QStringLiteral("values"), after}},
        actor,
        QStringLiteral("score"),
        reason};
    if (!ChangeLog::record(db, change, error)) {
        return std::nullopt;
    }
    return written->id;
}

bool SheetStore::setExplanation(QSqlDatabase& db, qint64 sheetId, const QString& code, const QString& text,
                                const QString& actor, QString* error)
{
    QString detail;
    const auto current = SheetTransitions::state(db, sheetId, &detail);
    const QString refusal = current ? SheetWorkflow::refuseValueWrite(*current, Stage::Self) : detail;
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT explanation FROM sheet_values WHERE sheet_id = ? AND code = ? AND stage = 'self'"));
    query.addBindValue(sheetId);
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        *error = tr("the criterion %1 has no self-assessed value to explain").arg(code);
        return false;
    }
    const QString before = query.value(0).toString();
    query.prepare(QStringLiteral(
        "UPDATE sheet_values SET explanation = COALESCE(?, '') WHERE sheet_id = ? AND code = ? "
        "AND stage = 'self'"));
    query.addBindValue(text);
    query.addBindValue(sheetId);
    query.addBindValue(code);
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE score_sheets SET revision = revision + 1 WHERE id = ?"));
    bump.addBindValue(sheetId);
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT uuid, revision FROM score_sheets WHERE id = ?"));
    read.addBindValue(sheetId);
    if (!query.exec() || !bump.exec() || !read.exec() || !read.next()) {
        *error = tr("cannot write the explanation: %1").arg(query.lastError().text());
        return false;
    }
    const RowChange change{QStringLiteral("score_sheets"),
                           read.value(0).toString(),
                           QStringLiteral("update"),
                           read.value(1).toLongLong(),
                           {{QStringLiteral("code"), code}, {QStringLiteral("explanation"), before}},
                           {{QStringLiteral("code"), code}, {QStringLiteral("explanation"), text}},
                           actor,
                           QStringLiteral("explain"),
                           QString()};
    return ChangeLog::record(db, change, error);
}

std::optional<QList<ScoreSheet>> SheetStore::loadEffective(QSqlDatabase& db, qint64 campaignId,
                                                           const QString& criteriaId, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.id, s.subject_code, s.subject_name, s.subject_group, s.period, s.flags, "
                       "v.stage, v.code, v.value, %1 FROM score_sheets s "
                       "LEFT JOIN sheet_values v ON v.sheet_id = s.id %2"
                       "WHERE s.campaign_id = ? ORDER BY s.id")
            .arg(QLatin1String(SubjectUnitColumn), QLatin1String(SubjectUnitJoins)));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = tr("cannot read the score sheets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    struct Pending
    {
        QJsonObject header;
        QMap<Stage, QJsonObject> byStage;
    };
    QList<qint64> order;
    QHash<qint64, Pending> pending;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!pending.contains(id)) {
            order.append(id);
            const QString period = query.value(4).toString();
            QJsonObject header{{QStringLiteral("format"), QLatin1String(ScoreSheet::FormatName)},
                               {QStringLiteral("criteria"), criteriaId},
                               {QStringLiteral("subject"),
                                QJsonObject{{QStringLiteral("id"), query.value(1).toString()},
                                            {QStringLiteral("name"), query.value(2).toString()},
                                            {QStringLiteral("group"), query.value(3).toString()}}},
                               {QStringLiteral("flags"),
                                QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array()}};
            if (!period.isEmpty()) {
                header.insert(QStringLiteral("period"), period);
            }
            // The agency, for the quota counted per unit (empty: the subject is not in the catalogue).
            const QString unit = query.value(9).toString();
            if (!unit.isEmpty()) {
                QJsonObject subject = header.value(QStringLiteral("subject")).toObject();
                subject.insert(QStringLiteral("unit"), unit);
                header.insert(QStringLiteral("subject"), subject);
            }
            pending.insert(id, {header, {}});
        }
        if (!query.value(6).isNull()) {
            const auto stage = Stages::fromName(query.value(6).toString());
            if (!stage) {
                *error = tr("the stored sheet of %1 has a value of an unknown stage \"%2\"")
                             .arg(query.value(1).toString(), query.value(6).toString());
                return std::nullopt;
            }
            pending[id].byStage[*stage].insert(
                query.value(7).toString(),
                QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object());
        }
    }
    QList<ScoreSheet> sheets;
    sheets.reserve(order.size());
    for (const qint64 id : order) {
        Pending& p = pending[id];
        // The most advanced stage with values (the map is in the order of the stages).
        const Stage stage = p.byStage.isEmpty() ? Stage::Self : p.byStage.lastKey();
        p.header.insert(QStringLiteral("values"), p.byStage.value(stage));
        ValidationIssues issues;
        sheets.append(ScoreSheetReader::fromObject(p.header, &issues));
        sheets.last().stage = stage;
        if (ValidationIssue::hasErrors(issues)) {
            *error = tr("the stored sheet of %1 is damaged: %2")
                         .arg(p.header.value(QStringLiteral("subject"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString(),
                              issues.first().toText());
            return std::nullopt;
        }
    }
    return sheets;
}

} // namespace danhgia
