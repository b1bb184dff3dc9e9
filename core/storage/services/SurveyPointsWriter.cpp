#include "services/SurveyPointsWriter.h"

#include "workflow/RecordPermissions.h"

#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "services/SheetTransitions.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "stores/SurveyStore.h"
#include "workflow/SheetWorkflow.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

using Outcome = SurveyPointsWriter::Outcome;
using UnitPoints = SurveyPointsWriter::UnitPoints;

// The survey with its campaign and the leaf criteria it feeds.
struct Context
{
    SurveyRecord survey;
    CampaignRecord campaign;
    CriteriaSet set;
    QList<Criterion> leaves;
};

// The summary, with the exact mean coefficient of each row (by unit code; "" campaign-wide).
struct Computed
{
    SurveyPointsWriter::Summary summary;
    QHash<QString, std::optional<SurveyScoring::Fraction>> means;
};

struct SheetRow
{
    qint64 id = 0;
    QString subjectCode;
    QString subjectName;
    QString subjectGroup;
    QString period;
    QString flags;
};

std::optional<Context> loadContext(QSqlDatabase& db, qint64 surveyId, QString* error)
{
    auto survey = SurveyStore::load(db, surveyId, error);
    if (!survey) {
        return std::nullopt;
    }
    auto campaign = CampaignStore::find(db, survey->campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    auto set = CriteriaSetStore::load(db, campaign->criteriaSetRowId, error);
    if (!set) {
        return std::nullopt;
    }
    QList<Criterion> leaves;
    for (const QString& code : survey->criterionCodes) {
        const int index = set->indexOf(code);
        if (index < 0) {
            *error = SurveyStore::tr("the criteria set %1 of the campaign %2 has no criterion %3")
                         .arg(set->id, survey->campaignCode, code);
            return std::nullopt;
        }
        if (set->node(index).isGroup) {
            *error
                = SurveyStore::tr("the criterion %1 is a group; a survey scores a leaf criterion").arg(code);
            return std::nullopt;
        }
        leaves.append(set->node(index));
    }
    if (leaves.isEmpty()) {
        *error = SurveyPointsWriter::tr("the survey “%1” feeds no criterion").arg(survey->title);
        return std::nullopt;
    }
    return Context{std::move(*survey), std::move(*campaign), std::move(*set), leaves};
}

std::optional<Computed> compute(QSqlDatabase& db, const Context& context, QString* error)
{
    struct Group
    {
        QString name;
        QList<SurveyAnswers> answers;
    };
    QMap<QString, Group> units; // by unit code
    QList<SurveyAnswers> unassigned;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT u.code, u.name, r.answers FROM survey_responses r "
                       "LEFT JOIN units u ON u.id = r.unit_id WHERE r.survey_id = ? ORDER BY r.id"));
    query.addBindValue(context.survey.id);
    if (!query.exec()) {
        *error = SurveyStore::tr("cannot read the questionnaires: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        const SurveyAnswers answers = SurveyStore::answersFromJson(query.value(2).toString());
        const QString problem = SurveyScoring::checkAnswers(context.survey.definition, answers);
        if (!problem.isEmpty()) {
            *error = SurveyStore::tr("a questionnaire of the survey “%1” no longer fits its questions: %2")
                         .arg(context.survey.title, problem);
            return std::nullopt;
        }
        if (query.value(0).isNull()) {
            unassigned.append(answers);
            continue;
        }
        Group& group = units[query.value(0).toString()];
        group.name = query.value(1).toString();
        group.answers.append(answers);
    }

    Computed computed;
    SurveyPointsWriter::Summary& summary = computed.summary;
    summary.surveyTitle = context.survey.title;
    summary.campaignCode = context.survey.campaignCode;
    summary.criterionCode = context.leaves.first().code;
    summary.criterionMax = context.leaves.first().leafMax();
    for (const Criterion& leaf : context.leaves) {
        summary.criteria.append({leaf.code, leaf.title, leaf.leafMax()});
    }
    summary.campaignWide = units.isEmpty() && !unassigned.isEmpty();
    if (summary.campaignWide) {
        units.insert(QString(), Group{QString(), unassigned});
    } else {
        summary.unassigned = static_cast<int>(unassigned.size());
        // The units with a sheet in the campaign, so that those without questionnaires show too.
        query.prepare(QStringLiteral("SELECT DISTINCT u.code, u.name FROM score_sheets s "
                                     "JOIN units u ON u.code = s.subject_code WHERE s.campaign_id = ?"));
        query.addBindValue(context.campaign.id);
        if (!query.exec()) {
            *error = SheetStore::tr("cannot read the score sheets: %1").arg(query.lastError().text());
            return std::nullopt;
        }
        while (query.next()) {
            if (!units.contains(query.value(0).toString())) {
                units.insert(query.value(0).toString(), Group{query.value(1).toString(), {}});
            }
        }
    }
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        // Campaign-wide, the default plan; per unit, the unit's own plan or the default.
        const int planned = summary.campaignWide ? context.survey.plan.defaultPlanned
                                                 : context.survey.plan.plannedFor(it.key());
        const SurveyScoring::Summary scoring = SurveyScoring::summarize(
            context.survey.definition, it->answers, planned, summary.criterionMax, context.set.decimals);
        const auto mean = SurveyScoring::meanCoefficient(context.survey.definition, it->answers);
        QMap<QString, Decimal> byCriterion;
        if (mean) {
            for (const Criterion& leaf : context.leaves) {
                byCriterion.insert(leaf.code,
                                   SurveyScoring::points(context.survey.definition, it->answers,
                                                         leaf.leafMax(), context.set.decimals));
            }
        }
        summary.units.append(UnitPoints{
            it.key(), it->name, scoring.total, scoring.valid, scoring.planned, scoring.points,
            mean ? std::optional<Decimal>(Decimal::fromRatio(mean->numerator, mean->denominator, 4))
                 : std::nullopt,
            byCriterion});
        computed.means.insert(it.key(), mean);
    }
    return computed;
}

std::optional<QList<SheetRow>> campaignSheets(QSqlDatabase& db, qint64 campaignId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, subject_code, subject_name, subject_group, period, flags "
                                 "FROM score_sheets WHERE campaign_id = ? ORDER BY subject_code, period"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = SheetStore::tr("cannot read the score sheets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SheetRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return rows;
}

// The values of the self and appraised stages of a sheet, and the reasons for changes stored with
// the appraised values.
struct StoredStages
{
    QMap<Stage, QJsonObject> values; // by stage, then code
    QHash<QString, QString> reasons; // by code
};

std::optional<StoredStages> storedStages(QSqlDatabase& db, qint64 sheetId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT stage, code, value, change_reason FROM sheet_values WHERE sheet_id = ? "
                       "AND stage IN ('self', 'appraised')"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = SheetStore::tr("cannot read the score sheets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    StoredStages stored;
    while (query.next()) {
        const Stage stage = Stages::fromName(query.value(0).toString()).value_or(Stage::Self);
        const QString code = query.value(1).toString();
        stored.values[stage].insert(code,
                                    QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        if (stage == Stage::Appraised && !query.value(3).toString().isEmpty()) {
            stored.reasons.insert(code, query.value(3).toString());
        }
    }
    return stored;
}

// SheetStore::save() writes the rows of a stage anew, without their reasons for changes: the
// reasons of the other appraised values are put back, and the survey's is stored with its value.
bool storeReasons(QSqlDatabase& db, qint64 sheetId, const QHash<QString, QString>& reasons, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE sheet_values SET change_reason = ? WHERE sheet_id = ? AND "
                                 "stage = 'appraised' AND code = ?"));
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        query.addBindValue(it.value());
        query.addBindValue(sheetId);
        query.addBindValue(it.key());
        if (!query.exec()) {
            *error = SheetStore::tr("cannot write the sheet's values: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

// The reason stored with the survey's value: the survey, its valid questionnaires, and what the
// value's numbers are ("1.997/2.560": their mean coefficient, times the maximum = the points).
QString reasonOf(const Context& context, const Criterion& leaf, const UnitPoints& unit, Decimal points,
                 const LeafValue& value)
{
    // Vietnamese numbers, as the score sheet shows the value ("1.997/2.560").
    const QLocale locale(QLocale::Vietnamese);
    const QString mean = unit.meanCoefficient ? unit.meanCoefficient->toLocaleString(locale) : QString();
    const QString max = leaf.leafMax().toLocaleString(locale);
    const QString shown = points.toLocaleString(locale, context.set.decimals);
    if (value.kind == LeafValue::Kind::Ratio) {
        return SurveyPointsWriter::tr(
                   "Sociological survey points “%1”: %n valid questionnaire(s); %2 is their "
                   "mean coefficient (about %3), and %3 × %4 points at most = %5 points",
                   nullptr, unit.valid)
            .arg(context.survey.title,
                 QStringLiteral("%1/%2").arg(locale.toString(value.done), locale.toString(value.total)), mean,
                 max, shown);
    }
    return SurveyPointsWriter::tr(
               "Sociological survey points “%1”: %n valid questionnaire(s); their mean coefficient "
               "is about %2, and %2 × %3 points at most = %4 points",
               nullptr, unit.valid)
        .arg(context.survey.title, mean, max, shown);
}

// Writes the values of the criteria fed into the appraised stage of one sheet (one save for all of
// them), or says why not, criterion by criterion. With `write` false nothing is written (a preview).
// Empty on a database error (the transaction is then rolled back).
std::optional<QList<SurveyPointsWriter::SheetResult>>
writeSheet(QSqlDatabase& db, const Context& context, const SheetRow& row, const UnitPoints& unit,
           const std::optional<SurveyScoring::Fraction>& mean, const QString& actor, bool write,
           QString* error)
{
    QList<SurveyPointsWriter::SheetResult> results;
    for (const Criterion& leaf : context.leaves) {
        SurveyPointsWriter::SheetResult result{
            row.subjectCode,
            row.subjectName,
            row.period,
            row.id,
            Outcome::Written,
            unit.pointsByCriterion.contains(leaf.code)
                ? std::optional<Decimal>(unit.pointsByCriterion.value(leaf.code))
                : std::nullopt,
            unit.belowSample(),
            QString(),
            leaf.code};
        results.append(result);
    }
    const auto setAll = [&results](Outcome outcome, const QString& detail) {
        for (SurveyPointsWriter::SheetResult& result : results) {
            result.outcome = outcome;
            result.detail = detail;
        }
        return results;
    };
    if (!unit.points) {
        return setAll(Outcome::NoPoints,
                      SurveyPointsWriter::tr("no valid questionnaire (%n entered)", nullptr, unit.entered));
    }
    const auto state = SheetTransitions::state(db, row.id, error);
    if (!state) {
        return std::nullopt;
    }
    const QString refusal = SheetWorkflow::refuseValueWrite(*state, Stage::Appraised);
    if (!refusal.isEmpty()) {
        return setAll(Outcome::Locked, refusal);
    }
    if (*state == SheetState::Draft) {
        return setAll(Outcome::Draft,
                      SurveyPointsWriter::tr("the self-assessment is still a draft; apply the "
                                             "survey again once the sheet is submitted"));
    }
    auto stored = storedStages(db, row.id, error);
    if (!stored) {
        return std::nullopt;
    }
    const bool appraised = stored->values.contains(Stage::Appraised);
    const QJsonObject values = stored->values.value(appraised ? Stage::Appraised : Stage::Self);
    QJsonObject document{{QStringLiteral("format"), QLatin1String(ScoreSheet::FormatName)},
                         {QStringLiteral("criteria"), context.set.id},
                         {QStringLiteral("subject"),
                          QJsonObject{{QStringLiteral("id"), row.subjectCode},
                                      {QStringLiteral("name"), row.subjectName},
                                      {QStringLiteral("group"), row.subjectGroup}}},
                         {QStringLiteral("flags"), QJsonDocument::fromJson(row.flags.toUtf8()).array()},
                         {QStringLiteral("values"), values}};
    if (!row.period.isEmpty()) {
        document.insert(QStringLiteral("period"), row.period);
    }
    ValidationIssues issues;
    ScoreSheet sheet = ScoreSheetReader::fromObject(document, &issues);
    if (ValidationIssue::hasErrors(issues)) {
        *error = SheetStore::tr("the stored sheet of %1 is damaged: %2")
                     .arg(row.subjectCode, issues.first().toText());
        return std::nullopt;
    }
    QStringList reasons;
    for (int i = 0; i < context.leaves.size(); ++i) {
        const Criterion& leaf = context.leaves.at(i);
        SurveyPointsWriter::SheetResult& result = results[i];
        const auto value
            = SurveyScoring::leafValue(leaf, *result.points, mean, context.set.decimals, &result.detail);
        if (!value) {
            result.outcome = Outcome::Refused;
            continue;
        }
        if (appraised && values.value(leaf.code).toObject() == LeafValue::toJson(*value)) {
            result.outcome = Outcome::Unchanged;
            continue;
        }
        sheet.setValue(leaf.code, *value);
        const QString reason = reasonOf(context, leaf, unit, *result.points, *value);
        stored->reasons.insert(leaf.code, reason);
        reasons.append(reasons.isEmpty() ? reason : QStringLiteral("%1: %2").arg(leaf.code, reason));
    }
    if (reasons.isEmpty() || !write) {
        return results;
    }
    sheet.stage = Stage::Appraised;
    if (!SheetStore::save(db, context.campaign.id, sheet, actor, reasons.join(QLatin1Char('\n')), error)
        || !storeReasons(db, row.id, stored->reasons, error)) {
        return std::nullopt;
    }
    return results;
}

} // namespace

int SurveyPointsWriter::Report::count(Outcome outcome) const
{
    return static_cast<int>(std::count_if(sheets.cbegin(), sheets.cend(),
                                          [outcome](const SheetResult& s) { return s.outcome == outcome; }));
}

std::optional<SurveyPointsWriter::Summary> SurveyPointsWriter::summary(QSqlDatabase& db, qint64 surveyId,
                                                                       QString* error)
{
    const auto context = loadContext(db, surveyId, error);
    if (!context) {
        return std::nullopt;
    }
    auto computed = compute(db, *context, error);
    if (!computed) {
        return std::nullopt;
    }
    return std::move(computed->summary);
}

std::optional<SurveyPointsWriter::Report> SurveyPointsWriter::applyToSheets(Database& db, qint64 surveyId,
                                                                            Role role, const QString& actor,
                                                                            QString* error)
{
    return run(db, surveyId, role, actor, true, error);
}

std::optional<SurveyPointsWriter::Report> SurveyPointsWriter::preview(Database& db, qint64 surveyId,
                                                                      Role role, QString* error)
{
    return run(db, surveyId, role, QString(), false, error);
}

std::optional<SurveyPointsWriter::Report> SurveyPointsWriter::run(Database& db, qint64 surveyId, Role role,
                                                                  const QString& actor, bool write,
                                                                  QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::SurveyPoints, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    Report report;
    const bool done = db.transaction(
        [&](QString* e) {
            QSqlDatabase& connection = db.connection();
            const auto context = loadContext(connection, surveyId, e);
            if (!context) {
                return false;
            }
            for (const Criterion& leaf : context->leaves) {
                const MethodType method = leaf.method.type;
                if (method != MethodType::Points && method != MethodType::Linear) {
                    *e = tr("the survey criterion %1 uses the %2 method; survey points can be written only "
                            "to "
                            "a criterion scored by points or linear")
                             .arg(leaf.code, LeafMethod::typeName(method));
                    return false;
                }
            }
            const auto computed = compute(connection, *context, e);
            const auto sheets = computed ? campaignSheets(connection, context->campaign.id, e) : std::nullopt;
            if (!sheets) {
                return false;
            }
            report.summary = computed->summary;
            for (const UnitPoints& unit : report.summary.units) {
                bool hasSheet = false;
                for (const SheetRow& row : *sheets) {
                    if (!report.summary.campaignWide && row.subjectCode != unit.unitCode) {
                        continue;
                    }
                    hasSheet = true;
                    const auto results = writeSheet(connection, *context, row, unit,
                                                    computed->means.value(unit.unitCode), actor, write, e);
                    if (!results) {
                        return false;
                    }
                    report.sheets.append(*results);
                }
                if (!hasSheet && unit.entered > 0) {
                    SheetResult missing;
                    missing.subjectCode = unit.unitCode;
                    missing.subjectName = unit.unitName;
                    missing.outcome = Outcome::NoSheet;
                    missing.points = unit.points;
                    missing.belowSample = unit.belowSample();
                    missing.detail = tr("the unit has no score sheet in the campaign %1")
                                         .arg(report.summary.campaignCode);
                    report.sheets.append(missing);
                }
            }
            return true;
        },
        error);
    return done ? std::optional<Report>(std::move(report)) : std::nullopt;
}

} // namespace danhgia
