#include "queries/SheetHistory.h"

#include "numbers/Decimal.h"
#include "sync/AdoptedRows.h"
#include "workflow/SheetState.h"
#include "workflow/Stage.h"
#include "workflow/WorkflowAction.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace danhgia {

namespace {

// How many changed values one history row lists before it says how many more there are.
constexpr int MaxListedValues = 12;

const QString Arrow = QStringLiteral("%1 → %2");
const QString Nothing = QStringLiteral("—");

QJsonObject parse(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString number(const QJsonValue& value, const QLocale& locale)
{
    const auto decimal = Decimal::fromDouble(value.toDouble());
    return decimal ? decimal->toLocaleString(locale) : QString::number(value.toDouble());
}

QString quoted(const QString& text)
{
    return text.isEmpty() ? Nothing : QStringLiteral("“%1”").arg(text);
}

// A JSON field of a generic row change in words.
QString plain(const QJsonValue& value, const QLocale& locale)
{
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString().isEmpty() ? Nothing : value.toString();
        case QJsonValue::Double:
            return number(value, locale);
        case QJsonValue::Bool:
            return value.toBool() ? SheetHistory::tr("yes") : SheetHistory::tr("no");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return Nothing;
        case QJsonValue::Array:
        case QJsonValue::Object:
            break;
    }
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QStringList sortedCodes(const QJsonObject& a, const QJsonObject& b)
{
    QSet<QString> set;
    for (const QString& key : a.keys()) {
        set.insert(key);
    }
    for (const QString& key : b.keys()) {
        set.insert(key);
    }
    QStringList codes(set.begin(), set.end());
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(codes.begin(), codes.end(),
              [&collator](const QString& x, const QString& y) { return collator.compare(x, y) < 0; });
    return codes;
}

} // namespace

std::optional<QList<SheetHistoryEntry>> SheetHistory::load(QSqlDatabase& db, qint64 sheetId, QString* error,
                                                           const QLocale& locale)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT uuid FROM score_sheets WHERE id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = tr("cannot read the score sheets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("the score sheet %1 is not in the database").arg(sheetId);
        return std::nullopt;
    }
    const QString uuid = query.value(0).toString();
    // Evidence and comments name their sheet in the recorded values; LIKE finds the candidates
    // (the number may be the start of a longer one), the parsed value decides.
    const QString pattern = QStringLiteral("%\"sheet_id\":%1%").arg(sheetId);
    query.prepare(QStringLiteral("SELECT id, at, actor, entity, action, old_value, new_value, reason FROM "
                                 "audit_log WHERE (entity = 'score_sheets' AND entity_uuid IN %1) OR "
                                 "(entity IN ('evidence_files', 'comments') AND (new_value LIKE ? OR "
                                 "old_value LIKE ?)) ORDER BY id DESC")
                      .arg(AdoptedRows::auditUuids(QStringLiteral("score_sheets"), QStringLiteral("?"))));
    query.addBindValue(uuid);
    query.addBindValue(uuid);
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    if (!query.exec()) {
        *error = tr("cannot read the audit trail: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SheetHistoryEntry> entries;
    while (query.next()) {
        SheetHistoryEntry entry;
        entry.auditId = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.reason = query.value(7).toString();
        const QJsonObject before = parse(query.value(5).toString());
        const QJsonObject after = parse(query.value(6).toString());
        if (entry.entity != QLatin1String("score_sheets")) {
            const QJsonObject& fields = after.isEmpty() ? before : after;
            if (fields.value(QStringLiteral("sheet_id")).toInteger(-1) != sheetId) {
                continue;
            }
        }
        describe(&entry, before, after, locale);
        entries.append(std::move(entry));
    }
    return entries;
}

QString SheetHistory::describeValue(const QJsonObject& value, const QLocale& locale)
{
    if (value.isEmpty()) {
        return Nothing;
    }
    if (value.value(QStringLiteral("na")).toBool()) {
        return tr("not applicable");
    }
    if (value.contains(QStringLiteral("points"))) {
        return number(value.value(QStringLiteral("points")), locale);
    }
    if (value.contains(QStringLiteral("value"))) {
        return number(value.value(QStringLiteral("value")), locale);
    }
    if (value.contains(QStringLiteral("count"))) {
        return number(value.value(QStringLiteral("count")), locale);
    }
    if (value.contains(QStringLiteral("yes"))) {
        return value.value(QStringLiteral("yes")).toBool() ? tr("yes") : tr("no");
    }
    if (value.contains(QStringLiteral("level"))) {
        return tr("level %1").arg(number(value.value(QStringLiteral("level")), locale));
    }
    if (value.contains(QStringLiteral("total"))) {
        return QStringLiteral("%1/%2").arg(number(value.value(QStringLiteral("done")), locale),
                                           number(value.value(QStringLiteral("total")), locale));
    }
    if (value.contains(QStringLiteral("items"))) {
        const QJsonArray items = value.value(QStringLiteral("items")).toArray();
        const auto done = std::count_if(items.begin(), items.end(), [](const QJsonValue& item) {
            return item.toObject().value(QStringLiteral("done")).toBool();
        });
        return tr("%1 of %n task(s) done", nullptr, static_cast<int>(items.size()))
            .arg(locale.toString(static_cast<qint64>(done)));
    }
    return plain(value, locale);
}

void SheetHistory::describe(SheetHistoryEntry* entry, const QJsonObject& before, const QJsonObject& after,
                            const QLocale& locale)
{
    const QString& action = entry->action;
    const QString code
        = after.value(QStringLiteral("code")).toString(before.value(QStringLiteral("code")).toString());
    const QString codePrefix = code.isEmpty() ? QString() : code + QStringLiteral(": ");
    if (entry->entity == QLatin1String("evidence_files")) {
        const bool removed = action == QLatin1String("delete");
        entry->what = removed ? tr("Evidence removed") : tr("Evidence added");
        entry->change
            = codePrefix + (removed ? before : after).value(QStringLiteral("original_name")).toString();
        return;
    }
    if (entry->entity == QLatin1String("comments")) {
        entry->what = tr("Comment");
        entry->change = codePrefix + after.value(QStringLiteral("body")).toString();
        return;
    }
    if (const auto workflowAction = WorkflowActions::fromName(action)) {
        entry->what = WorkflowActions::title(*workflowAction);
        const auto from = SheetStates::fromName(before.value(QStringLiteral("state")).toString());
        const auto to = SheetStates::fromName(after.value(QStringLiteral("state")).toString());
        entry->change
            = Arrow.arg(from ? SheetStates::title(*from) : Nothing, to ? SheetStates::title(*to) : Nothing);
        return;
    }
    if (action == QLatin1String("insert")) {
        entry->what = tr("Sheet created");
        const int count = static_cast<int>(after.value(QStringLiteral("values")).toObject().size());
        entry->change = tr("%1, %n value(s)", nullptr, count)
                            .arg(stageTitle(after.value(QStringLiteral("stage")).toString()));
        return;
    }
    if (action == QLatin1String("score")) {
        entry->what = tr("Scores changed");
        entry->change = stageTitle(after.value(QStringLiteral("stage")).toString()) + QStringLiteral(": ")
            + valueChanges(before.value(QStringLiteral("values")).toObject(),
                           after.value(QStringLiteral("values")).toObject(), locale);
        return;
    }
    if (action == QLatin1String("explain")) {
        entry->what = tr("Explanation written");
        entry->change = codePrefix
            + Arrow.arg(quoted(before.value(QStringLiteral("explanation")).toString()),
                        quoted(after.value(QStringLiteral("explanation")).toString()));
        return;
    }
    entry->what = action == QLatin1String("update") ? tr("Sheet details changed") : action;
    QStringList changes;
    for (const QString& key : sortedCodes(before, after)) {
        if (key != QLatin1String("uuid") && before.value(key) != after.value(key)) {
            changes.append(key + QStringLiteral(": ")
                           + Arrow.arg(plain(before.value(key), locale), plain(after.value(key), locale)));
        }
    }
    entry->change = changes.join(QLatin1String("; "));
}

QString SheetHistory::valueChanges(const QJsonObject& before, const QJsonObject& after, const QLocale& locale)
{
    QStringList changes;
    int more = 0;
    for (const QString& code : sortedCodes(before, after)) {
        const QJsonObject old = before.value(code).toObject();
        const QJsonObject now = after.value(code).toObject();
        if (old == now) {
            continue;
        }
        if (changes.size() == MaxListedValues) {
            ++more;
            continue;
        }
        changes.append(code + QStringLiteral(": ")
                       + Arrow.arg(describeValue(old, locale), describeValue(now, locale)));
    }
    if (more > 0) {
        changes.append(tr("%n more", nullptr, more));
    }
    return changes.isEmpty() ? tr("no value changed") : changes.join(QLatin1String("; "));
}

QString SheetHistory::stageTitle(const QString& name)
{
    const auto stage = Stages::fromName(name);
    return stage ? Stages::title(*stage) : name;
}

} // namespace danhgia
