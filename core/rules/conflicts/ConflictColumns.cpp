#include "conflicts/ConflictColumns.h"

#include "results/QuotaCeiling.h"
#include "workflow/CampaignDeadlines.h"
#include "workflow/SyncedEntities.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace danhgia {

namespace {

using Kind = ConflictColumns::Kind;

// The labels of the columns, by name (the same name means the same thing in every table).
const QHash<QString, const char*>& columnLabels()
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("ConflictColumns", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictColumns", "Name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("ConflictColumns", "Full name")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ConflictColumns", "Position")},
        {QStringLiteral("task_group"), QT_TRANSLATE_NOOP("ConflictColumns", "Task group")},
        {QStringLiteral("is_leader"), QT_TRANSLATE_NOOP("ConflictColumns", "Leader")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ConflictColumns", "Kind")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictColumns", "Title")},
        {QStringLiteral("set_id"), QT_TRANSLATE_NOOP("ConflictColumns", "Criteria set code")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("ConflictColumns", "Version")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("ConflictColumns", "Content")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictColumns", "Status")},
        {QStringLiteral("periods"), QT_TRANSLATE_NOOP("ConflictColumns", "Periods")},
        {QStringLiteral("self_deadline"), QT_TRANSLATE_NOOP("ConflictColumns", "Self-assessment deadline")},
        {QStringLiteral("appraisal_deadline"), QT_TRANSLATE_NOOP("ConflictColumns", "Appraisal deadline")},
        {QStringLiteral("classification_deadline"),
         QT_TRANSLATE_NOOP("ConflictColumns", "Classification deadline")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("ConflictColumns", "Closed on")},
        {QStringLiteral("approvers"), QT_TRANSLATE_NOOP("ConflictColumns", "Who approves")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("ConflictColumns", "Settings")},
        {QStringLiteral("criterion_code"), QT_TRANSLATE_NOOP("ConflictColumns", "Criterion")},
        {QStringLiteral("criteria"), QT_TRANSLATE_NOOP("ConflictColumns", "Criteria fed")},
        {QStringLiteral("planned_sample"), QT_TRANSLATE_NOOP("ConflictColumns", "Planned sample")},
        {QStringLiteral("unit_plans"), QT_TRANSLATE_NOOP("ConflictColumns", "Sample per unit")},
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("ConflictColumns", "Questions")},
        {QStringLiteral("answers"), QT_TRANSLATE_NOOP("ConflictColumns", "Answers")},
        {QStringLiteral("subject_code"), QT_TRANSLATE_NOOP("ConflictColumns", "Subject code")},
        {QStringLiteral("subject_name"), QT_TRANSLATE_NOOP("ConflictColumns", "Subject")},
        {QStringLiteral("subject_group"), QT_TRANSLATE_NOOP("ConflictColumns", "Subject group")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("ConflictColumns", "Period")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("ConflictColumns", "Grade")},
        {QStringLiteral("is_override"), QT_TRANSLATE_NOOP("ConflictColumns", "Grade overridden")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("ConflictColumns", "Reason")},
        {QStringLiteral("approver"), QT_TRANSLATE_NOOP("ConflictColumns", "Approver")},
        {QStringLiteral("unit_code"), QT_TRANSLATE_NOOP("ConflictColumns", "Unit code")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("ConflictColumns", "Percentage")},
        {QStringLiteral("decision_number"), QT_TRANSLATE_NOOP("ConflictColumns", "Decision number")},
        {QStringLiteral("decision_date"), QT_TRANSLATE_NOOP("ConflictColumns", "Decision date")},
        {QStringLiteral("recorded_by"), QT_TRANSLATE_NOOP("ConflictColumns", "Recorded by")},
        {QStringLiteral("recorded_at"), QT_TRANSLATE_NOOP("ConflictColumns", "Recorded on")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("ConflictColumns", "Withdrawn")},
        {QStringLiteral("person_code"), QT_TRANSLATE_NOOP("ConflictColumns", "Person code")},
        {QStringLiteral("flag_code"), QT_TRANSLATE_NOOP("ConflictColumns", "Fact")},
        {QStringLiteral("document_number"), QT_TRANSLATE_NOOP("ConflictColumns", "Document number")},
        {QStringLiteral("document_date"), QT_TRANSLATE_NOOP("ConflictColumns", "Document date")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("ConflictColumns", "Removed")},
        {QStringLiteral("original_name"), QT_TRANSLATE_NOOP("ConflictColumns", "File name")},
        {QStringLiteral("added_by"), QT_TRANSLATE_NOOP("ConflictColumns", "Added by")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("ConflictColumns", "Author")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("ConflictColumns", "Text")},
        {QStringLiteral("unit_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Unit")},
        {QStringLiteral("parent_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Parent unit")},
        {QStringLiteral("campaign_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Campaign")},
        {QStringLiteral("criteria_set_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Criteria set")},
        {QStringLiteral("sheet_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Score sheet")},
        {QStringLiteral("survey_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Survey")},
        {QStringLiteral("council_uuid"), QT_TRANSLATE_NOOP("ConflictColumns", "Council")}};
    return labels;
}

// The kind of a column by its name; Text for the others.
Kind columnKind(const QString& name)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("is_leader"), Kind::Boolean},
        {QStringLiteral("is_override"), Kind::Boolean},
        {QStringLiteral("withdrawn"), Kind::Boolean},
        {QStringLiteral("removed"), Kind::Boolean},
        {QStringLiteral("version"), Kind::Integer},
        {QStringLiteral("planned_sample"), Kind::Integer},
        {QStringLiteral("size"), Kind::Integer},
        {QStringLiteral("self_deadline"), Kind::Date},
        {QStringLiteral("appraisal_deadline"), Kind::Date},
        {QStringLiteral("classification_deadline"), Kind::Date},
        {QStringLiteral("decision_date"), Kind::Date},
        {QStringLiteral("document_date"), Kind::Date},
        {QStringLiteral("percent"), Kind::Decimal},
        {QStringLiteral("closed_at"), Kind::Timestamp},
        {QStringLiteral("recorded_at"), Kind::Timestamp},
        {QStringLiteral("document"), Kind::Json},
        {QStringLiteral("settings"), Kind::Json},
        {QStringLiteral("periods"), Kind::Json},
        {QStringLiteral("questions"), Kind::Json},
        {QStringLiteral("criteria"), Kind::Json},
        {QStringLiteral("unit_plans"), Kind::Json},
        {QStringLiteral("answers"), Kind::Json},
        {QStringLiteral("flags"), Kind::Json},
        {QStringLiteral("sha256"), Kind::Timestamp}, // the content's hash: never typed
    };
    return kinds.value(name, Kind::Text);
}

// The texts that may not be empty (NOT NULL without a default in the schema, or a rule's).
bool columnRequired(const QString& entity, const QString& name)
{
    static const QSet<QString> always{
        QStringLiteral("code"),          QStringLiteral("name"),           QStringLiteral("full_name"),
        QStringLiteral("title"),         QStringLiteral("set_id"),         QStringLiteral("subject_code"),
        QStringLiteral("unit_code"),     QStringLiteral("person_code"),    QStringLiteral("flag_code"),
        QStringLiteral("grade"),         QStringLiteral("author"),         QStringLiteral("body"),
        QStringLiteral("original_name"), QStringLiteral("percent"),        QStringLiteral("decision_number"),
        QStringLiteral("decision_date"), QStringLiteral("criterion_code"), QStringLiteral("kind")};
    if (always.contains(name)) {
        return true;
    }
    // A raised ceiling and a fact affecting a grade carry their reason; a grade decision's is
    // the override's (GradeOverride asks for it when the grade is overridden).
    return name == QLatin1String("reason")
        && (entity == QLatin1String("quota_ceilings") || entity == QLatin1String("person_flags"));
}

QString columnsCanonical(const QJsonValue& value)
{
    switch (value.type()) {
        case QJsonValue::Object:
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        case QJsonValue::Double:
            return value.toVariant().toString();
        case QJsonValue::String:
            return value.toString();
        default:
            return QString();
    }
}

} // namespace

bool ConflictColumns::isBookkeeping(const QString& entity, const QString& name)
{
    static const QSet<QString> bookkeeping{QStringLiteral("id"),
                                           QStringLiteral("uuid"),
                                           QStringLiteral("revision"),
                                           QStringLiteral("server_version"),
                                           QStringLiteral("updated_at"),
                                           QStringLiteral("search_key"),
                                           QStringLiteral("totals"),
                                           QStringLiteral("created_at"),
                                           QStringLiteral("computed_grade")};
    if (bookkeeping.contains(name) || name.endsWith(QLatin1String("_id"))) {
        return true;
    }
    if (!name.endsWith(QLatin1String("_uuid"))) {
        return false;
    }
    // A reference's UUID is compared; another UUID is not this table's.
    for (const SyncedEntities::Reference& ref : SyncedEntities::references(entity)) {
        if (ref.wireField == name) {
            return false;
        }
    }
    return true;
}

std::optional<ConflictColumns::Column> ConflictColumns::find(const QString& entity, const QString& name)
{
    if (entity == QLatin1String("score_sheets") || isBookkeeping(entity, name)
        || name.contains(QLatin1Char('.')) || name == QLatin1String("deleted")) {
        return std::nullopt;
    }
    Column column;
    column.name = name;
    for (const SyncedEntities::Reference& ref : SyncedEntities::references(entity)) {
        if (ref.wireField == name) {
            column.kind = Kind::Reference;
            column.required = !ref.optional && entity != QLatin1String("survey_responses")
                && entity != QLatin1String("council_sessions");
            column.target = ref.entity;
            return column;
        }
    }
    column.kind = columnKind(name);
    column.required = columnRequired(entity, name);
    column.unique = name == QLatin1String("code")
        && (entity == QLatin1String("units") || entity == QLatin1String("people")
            || entity == QLatin1String("campaigns"));
    if (entity == QLatin1String("units") && name == QLatin1String("kind")) {
        column.kind = Kind::Choice;
        column.choices = {QStringLiteral("province"), QStringLiteral("department"), QStringLiteral("commune"),
                          QStringLiteral("office"), QStringLiteral("other")};
    } else if (entity == QLatin1String("criteria_sets") && name == QLatin1String("status")) {
        column.kind = Kind::Choice;
        column.choices = {QStringLiteral("draft"), QStringLiteral("published")};
    }
    if (name == QLatin1String("document_date")) {
        column.required = false;
    }
    return column;
}

QString ConflictColumns::label(const QString& name)
{
    const auto found = columnLabels().constFind(name);
    return found == columnLabels().constEnd() ? name : tr(found.value());
}

bool ConflictColumns::typable(const Column& column)
{
    return column.kind != Kind::Json && column.kind != Kind::Timestamp && column.kind != Kind::Reference;
}

QString ConflictColumns::check(const Column& column, const QJsonValue& value)
{
    const QString text = columnsCanonical(value).trimmed();
    if (text.isEmpty()) {
        if (column.kind == Kind::Reference && column.required) {
            return tr("it may not be empty: choose the server's");
        }
        return column.required ? tr("it may not be empty") : QString();
    }
    QString error;
    switch (column.kind) {
        case Kind::Integer: {
            bool ok = false;
            text.toLongLong(&ok);
            return ok ? QString() : tr("\"%1\" is not a whole number").arg(text);
        }
        case Kind::Boolean:
            return text == QLatin1String("0") || text == QLatin1String("1")
                ? QString()
                : tr("\"%1\" is not yes or no").arg(text);
        case Kind::Date:
            return QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid()
                ? QString()
                : tr("\"%1\" is not a date").arg(text);
        case Kind::Decimal:
            return QuotaCeiling::parsePercent(text, &error) ? QString() : error;
        case Kind::Choice:
            return column.choices.contains(text)
                ? QString()
                : tr("\"%1\" is not one of: %2").arg(text, column.choices.join(QLatin1String(", ")));
        default:
            return QString();
    }
}

std::optional<QJsonValue> ConflictColumns::parse(const Column& column, const QString& typed, QString* error)
{
    const QString text = typed.trimmed();
    if (!typable(column)) {
        *error = tr("this field is not typed: keep yours or the server's");
        return std::nullopt;
    }
    if (text.isEmpty()) {
        if (column.required) {
            *error = tr("it may not be empty");
            return std::nullopt;
        }
        return column.kind == Kind::Date ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
    }
    switch (column.kind) {
        case Kind::Integer: {
            bool ok = false;
            const qint64 number = text.toLongLong(&ok);
            if (!ok) {
                *error = tr("\"%1\" is not a whole number").arg(text);
                return std::nullopt;
            }
            return QJsonValue(number);
        }
        case Kind::Boolean: {
            static const QStringList yes{QStringLiteral("có"), QStringLiteral("co"), QStringLiteral("yes"),
                                         QStringLiteral("1"), QStringLiteral("true")};
            static const QStringList no{QStringLiteral("không"), QStringLiteral("khong"),
                                        QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false")};
            if (yes.contains(text.toLower())) {
                return QJsonValue(1);
            }
            if (no.contains(text.toLower())) {
                return QJsonValue(0);
            }
            *error = tr("\"%1\" is not yes or no: write có or không").arg(text);
            return std::nullopt;
        }
        case Kind::Date: {
            const auto date = CampaignDeadlines::parseDate(text, label(column.name), error);
            if (!date) {
                return std::nullopt;
            }
            return QJsonValue(date->toString(QStringLiteral("yyyy-MM-dd")));
        }
        case Kind::Decimal: {
            const auto percent = QuotaCeiling::parsePercent(text, error);
            if (!percent) {
                return std::nullopt;
            }
            return QJsonValue(percent->toString());
        }
        case Kind::Choice:
            if (!column.choices.contains(text)) {
                *error = tr("\"%1\" is not one of: %2").arg(text, column.choices.join(QLatin1String(", ")));
                return std::nullopt;
            }
            return QJsonValue(text);
        default:
            return QJsonValue(text);
    }
}

QString ConflictColumns::display(const QString& name, const QJsonValue& value,
                                 const QHash<QString, QString>& titles)
{
    const QString text = columnsCanonical(value);
    if (text.isEmpty()) {
        return tr("—");
    }
    if (name.endsWith(QLatin1String("_uuid"))) {
        return titles.value(text, text);
    }
    switch (columnKind(name)) {
        case Kind::Boolean:
            return text == QLatin1String("0") ? tr("no") : tr("yes");
        case Kind::Date: {
            const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
            return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : text;
        }
        default:
            return text;
    }
}

QString ConflictColumns::rowTitle(const QString& entity, const QJsonObject& row)
{
    auto text = [&row](const char* column) { return row.value(QLatin1String(column)).toString(); };
    QString code;
    QString name;
    if (entity == QLatin1String("units")) {
        code = text("code");
        name = text("name");
    } else if (entity == QLatin1String("people")) {
        code = text("code");
        name = text("full_name");
    } else if (entity == QLatin1String("campaigns")) {
        code = text("code");
        name = text("title");
    } else if (entity == QLatin1String("criteria_sets")) {
        code = QStringLiteral("%1 v%2")
                   .arg(text("set_id"))
                   .arg(row.value(QLatin1String("version")).toInteger());
        name = text("title");
    } else if (entity == QLatin1String("score_sheets")) {
        code = text("subject_code");
        name = text("subject_name");
    } else {
        name = text("title");
    }
    if (code.isEmpty() || name.isEmpty()) {
        return code.isEmpty() ? name : code;
    }
    return tr("%1 — %2").arg(code, name);
}

} // namespace danhgia
