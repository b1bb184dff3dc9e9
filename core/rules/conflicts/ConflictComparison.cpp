#include "conflicts/ConflictComparison.h"

#include "conflicts/ConflictColumns.h"

#include "workflow/SheetState.h"
#include "workflow/Stage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace danhgia {

namespace {

bool comparisonSkipped(const QString& key, const QString& entity)
{
    if (!entity.isEmpty() && entity != QLatin1String("score_sheets")) {
        return ConflictColumns::isBookkeeping(entity, key);
    }
    static const QSet<QString> bookkeeping{QStringLiteral("id"),         QStringLiteral("uuid"),
                                           QStringLiteral("revision"),   QStringLiteral("server_version"),
                                           QStringLiteral("updated_at"), QStringLiteral("search_key"),
                                           QStringLiteral("totals"),     QStringLiteral("created_at")};
    return bookkeeping.contains(key) || key.endsWith(QLatin1String("_id"))
        || key.endsWith(QLatin1String("_uuid"));
}

// A JSON text held in a column ("[\"ky_luat\"]") read as the JSON the server sends.
QJsonValue comparisonParsed(const QJsonValue& value)
{
    if (!value.isString()) {
        return value;
    }
    const QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        }
    }
    return value;
}

} // namespace

bool ConflictField::differs() const
{
    return ConflictComparison::canonical(server) != ConflictComparison::canonical(local);
}

bool ConflictField::changedOnServer() const
{
    return baseKnown && ConflictComparison::canonical(base) != ConflictComparison::canonical(server);
}

bool ConflictField::changedHere() const
{
    return baseKnown && ConflictComparison::canonical(base) != ConflictComparison::canonical(local);
}

QString ConflictComparison::canonical(const QJsonValue& value)
{
    const QJsonValue parsed = comparisonParsed(value);
    switch (parsed.type()) {
        case QJsonValue::Object:
            return parsed.toObject().isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(parsed.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Array:
            return parsed.toArray().isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(parsed.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Bool:
            return parsed.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        case QJsonValue::Double:
            return parsed.toVariant().toString();
        case QJsonValue::String:
            return parsed.toString();
        default:
            return QString();
    }
}

QMap<QString, QJsonValue> ConflictComparison::flatten(const QJsonObject& row, const QString& entity)
{
    QMap<QString, QJsonValue> flat;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const QString& key = it.key();
        if (comparisonSkipped(key, entity)) {
            continue;
        }
        const QJsonValue value = comparisonParsed(it.value());
        if (key == QLatin1String("values") || key == QLatin1String("reasons")) {
            const QJsonObject stages = value.toObject();
            for (auto stage = stages.constBegin(); stage != stages.constEnd(); ++stage) {
                const QJsonObject codes = comparisonParsed(stage.value()).toObject();
                for (auto code = codes.constBegin(); code != codes.constEnd(); ++code) {
                    flat.insert(QStringLiteral("%1.%2.%3").arg(key, stage.key(), code.key()),
                                comparisonParsed(code.value()));
                }
            }
        } else if (key == QLatin1String("explanations")) {
            const QJsonObject codes = value.toObject();
            for (auto code = codes.constBegin(); code != codes.constEnd(); ++code) {
                flat.insert(QStringLiteral("explanations.%1").arg(code.key()), code.value());
            }
        } else {
            flat.insert(key, value);
        }
    }
    return flat;
}

QList<ConflictField> ConflictComparison::compare(const QJsonObject& base, bool baseKnown,
                                                 const QJsonObject& server, const QJsonObject& local,
                                                 const QString& entity)
{
    QList<ConflictField> fields;
    if (server.isEmpty()) {
        ConflictField deleted;
        deleted.path = QStringLiteral("deleted");
        deleted.server = true;
        deleted.local = false;
        deleted.base = false;
        deleted.baseKnown = baseKnown;
        fields.append(deleted);
        return fields;
    }
    const QMap<QString, QJsonValue> theirs = flatten(server, entity);
    const QMap<QString, QJsonValue> mine = flatten(local, entity);
    const QMap<QString, QJsonValue> before = flatten(base, entity);
    QStringList paths = theirs.keys();
    // The leaves, reasons and explanations only one side has are fields too; another column only
    // here is local bookkeeping the server does not hold.
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        if (it.key().contains(QLatin1Char('.')) && !theirs.contains(it.key())) {
            paths.append(it.key());
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key().contains(QLatin1Char('.')) && !paths.contains(it.key())) {
            paths.append(it.key());
        }
    }
    std::sort(paths.begin(), paths.end());
    for (const QString& path : paths) {
        ConflictField field;
        field.path = path;
        field.server = theirs.value(path, QJsonValue(QJsonValue::Undefined));
        field.local = mine.value(path, QJsonValue(QJsonValue::Undefined));
        field.base = before.value(path, QJsonValue(QJsonValue::Undefined));
        field.baseKnown = baseKnown;
        fields.append(field);
    }
    return fields;
}

QList<ConflictField> ConflictComparison::differing(const QList<ConflictField>& fields)
{
    QList<ConflictField> list;
    std::copy_if(fields.cbegin(), fields.cend(), std::back_inserter(list),
                 [](const ConflictField& field) { return field.differs(); });
    return list;
}

bool ConflictComparison::splitPath(const QString& path, QString* kind, QString* stage, QString* code)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return false;
    }
    const QString head = path.left(dot);
    if (head == QLatin1String("explanations")) {
        *kind = head;
        stage->clear();
        *code = path.mid(dot + 1);
        return !code->isEmpty();
    }
    if (head != QLatin1String("values") && head != QLatin1String("reasons")) {
        return false;
    }
    const int second = path.indexOf(QLatin1Char('.'), dot + 1);
    if (second < 0) {
        return false;
    }
    *kind = head;
    *stage = path.mid(dot + 1, second - dot - 1);
    *code = path.mid(second + 1);
    return Stages::fromName(*stage).has_value() && !code->isEmpty();
}

QString ConflictComparison::label(const QString& path, const CriteriaSet* set)
{
    QString kind;
    QString stage;
    QString code;
    if (path == QLatin1String("state")) {
        return tr("State");
    }
    if (path == QLatin1String("flags")) {
        return tr("Flags");
    }
    if (path == QLatin1String("deleted")) {
        return tr("Deleted on the server");
    }
    if (!splitPath(path, &kind, &stage, &code)) {
        return ConflictColumns::label(path);
    }
    const int index = set ? set->indexOf(code) : -1;
    const QString criterion = index >= 0 ? tr("%1 — %2").arg(code, set->node(index).title) : code;
    if (kind == QLatin1String("explanations")) {
        return tr("Explanation of %1").arg(criterion);
    }
    const QString stageTitle = Stages::inText(*Stages::fromName(stage));
    return kind == QLatin1String("values") ? tr("Score (%1) of %2").arg(stageTitle, criterion)
                                           : tr("Reason (%1) for %2").arg(stageTitle, criterion);
}

QString ConflictComparison::display(const QString& path, const QJsonValue& value,
                                    const QHash<QString, QString>& titles)
{
    const bool column = !path.contains(QLatin1Char('.')) && path != QLatin1String("state")
        && path != QLatin1String("deleted") && path != QLatin1String("flags");
    const QJsonValue parsed = comparisonParsed(value);
    if (column && !parsed.isArray() && !parsed.isObject()) {
        return ConflictColumns::display(path, parsed, titles);
    }
    return display(path, value);
}

QString ConflictComparison::display(const QString& path, const QJsonValue& value)
{
    const QJsonValue parsed = comparisonParsed(value);
    if (canonical(parsed).isEmpty()) {
        return tr("—");
    }
    if (path == QLatin1String("state")) {
        const auto state = SheetStates::fromName(parsed.toString());
        return state ? SheetStates::title(*state) : parsed.toString();
    }
    if (path == QLatin1String("deleted")) {
        return parsed.toBool() ? tr("deleted") : tr("kept");
    }
    if (parsed.isArray()) {
        QStringList items;
        for (const QJsonValue& item : parsed.toArray()) {
            items.append(item.isString() ? item.toString() : canonical(item));
        }
        return items.join(QLatin1String(", "));
    }
    if (!parsed.isObject()) {
        return canonical(parsed);
    }
    const QJsonObject leaf = parsed.toObject();
    if (leaf.value(QLatin1String("na")).toBool()) {
        return tr("not applicable");
    }
    if (leaf.contains(QLatin1String("points"))) {
        return canonical(leaf.value(QLatin1String("points")));
    }
    if (leaf.contains(QLatin1String("value"))) {
        return canonical(leaf.value(QLatin1String("value")));
    }
    if (leaf.contains(QLatin1String("yes"))) {
        return leaf.value(QLatin1String("yes")).toBool() ? tr("yes") : tr("no");
    }
    if (leaf.contains(QLatin1String("level"))) {
        return tr("level %1").arg(canonical(leaf.value(QLatin1String("level"))));
    }
    if (leaf.contains(QLatin1String("total"))) {
        return QStringLiteral("%1/%2").arg(canonical(leaf.value(QLatin1String("done"))),
                                           canonical(leaf.value(QLatin1String("total"))));
    }
    if (leaf.contains(QLatin1String("count"))) {
        return tr("%1 items").arg(canonical(leaf.value(QLatin1String("count"))));
    }
    if (leaf.contains(QLatin1String("items"))) {
        return tr("%n task(s)", nullptr,
                  static_cast<int>(leaf.value(QLatin1String("items")).toArray().size()));
    }
    return canonical(parsed);
}

} // namespace danhgia
