#include "stores/SurveyStore.h"

#include "workflow/RecordPermissions.h"

#include "database/ChangeLog.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"

#include "scoring/SurveyDefinitionValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

const QString SurveysTable = QStringLiteral("surveys");
const QString ResponsesTable = QStringLiteral("survey_responses");

QString compact(const QJsonArray& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The criteria stored in the `criteria` column (schema 8); a survey stored before lists none
// there and feeds its criterion_code.
QStringList criteriaFromColumns(const QString& criteria, const QString& criterionCode)
{
    QStringList codes;
    const QJsonArray array = QJsonDocument::fromJson(criteria.toUtf8()).array();
    for (const QJsonValue& value : array) {
        if (!value.toString().isEmpty()) {
            codes.append(value.toString());
        }
    }
    if (codes.isEmpty() && !criterionCode.isEmpty()) {
        codes.append(criterionCode);
    }
    return codes;
}

QJsonArray answersToJson(const SurveyAnswers& answers)
{
    QJsonArray json;
    for (int answer : answers) {
        json.append(answer);
    }
    return json;
}

// The leaf criterion `code` of the campaign's criteria set, with the set's decimals.
struct CriterionTarget
{
    qint64 campaignId = 0;
    Decimal max;
    int decimals = 2;
};

std::optional<CriterionTarget> findCriterion(QSqlDatabase& db, const QString& campaignCode,
                                             const QString& criterionCode, QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    const auto set = CriteriaSetStore::load(db, campaign->criteriaSetRowId, error);
    if (!set) {
        return std::nullopt;
    }
    const int index = set->indexOf(criterionCode);
    if (index < 0) {
        *error = SurveyStore::tr("the criteria set %1 of the campaign %2 has no criterion %3")
                     .arg(set->id, campaignCode, criterionCode);
        return std::nullopt;
    }
    if (set->node(index).isGroup) {
        *error = SurveyStore::tr("the criterion %1 is a group; a survey scores a leaf criterion")
                     .arg(criterionCode);
        return std::nullopt;
    }
    return CriterionTarget{campaign->id, set->node(index).leafMax(), set->decimals};
}

// A stored questionnaire as its outbox and audit entries describe it.
struct StoredResponse
{
    QString uuid;
    qint64 revision = 1;
    qint64 surveyId = 0;
    QVariant unitId;
    QString answers; // JSON text

    QJsonObject json(const QString& answersText) const
    {
        return {{QStringLiteral("uuid"), uuid},
                {QStringLiteral("survey_id"), surveyId},
                {QStringLiteral("unit_id"), QJsonValue::fromVariant(unitId)},
                {QStringLiteral("answers"), answersText}};
    }
};

std::optional<StoredResponse> storedResponse(QSqlDatabase& db, qint64 responseId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT uuid, revision, survey_id, unit_id, answers FROM survey_responses WHERE id = ?"));
    query.addBindValue(responseId);
    if (!query.exec()) {
        *error = SurveyStore::tr("cannot read the questionnaires: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = SurveyStore::tr("there is no questionnaire %1 any more").arg(responseId);
        return std::nullopt;
    }
    return StoredResponse{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                          query.value(3), query.value(4).toString()};
}

} // namespace

std::optional<qint64> SurveyStore::save(Database& db, const SurveyRecord& survey, Role role,
                                        const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::SurveySetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    qint64 id = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            const auto campaign = CampaignStore::find(db.connection(), survey.campaignCode, e);
            if (!campaign) {
                return false;
            }
            const auto set = CriteriaSetStore::load(db.connection(), campaign->criteriaSetRowId, e);
            if (!set) {
                return false;
            }
            QStringList problems = SurveyDefinitionValidator::problems(
                {survey.title, survey.definition, survey.criterionCodes, survey.plan}, *set);
            const auto fed = fedCriteria(db.connection(), campaign->id, e);
            if (!fed) {
                return false;
            }
            for (const FedCriterion& other : *fed) {
                if (other.surveyId != survey.id && survey.criterionCodes.contains(other.code)) {
                    problems.append(tr("criterion %1 is already fed by the survey “%2” of this campaign")
                                        .arg(other.code, other.surveyTitle));
                }
            }
            if (survey.id != 0) {
                const auto stored = load(db.connection(), survey.id, e);
                const auto recorded = stored ? responses(db.connection(), survey.id, e) : std::nullopt;
                if (!recorded) {
                    return false;
                }
                const QString changed = SurveyDefinitionValidator::shapeChange(
                    stored->definition, survey.definition, static_cast<int>(recorded->size()));
                if (!changed.isEmpty()) {
                    problems.append(changed);
                }
            }
            if (!problems.isEmpty()) {
                *e = problems.join(QLatin1Char('\n'));
                return false;
            }
            QVariantMap keys{{QStringLiteral("campaign_id"), campaign->id},
                             {QStringLiteral("title"), survey.title.trimmed()}};
            QVariantMap values{
                {QStringLiteral("criterion_code"), survey.criterionCodes.first()},
                {QStringLiteral("criteria"), compact(QJsonArray::fromStringList(survey.criterionCodes))},
                {QStringLiteral("planned_sample"), survey.plan.defaultPlanned},
                {QStringLiteral("unit_plans"), compact(survey.plan.unitsToJson())},
                {QStringLiteral("questions"), compact(survey.definition.toJson())}};
            if (survey.id != 0) {
                const auto existing = SyncedTable::findId(db.connection(), SurveysTable,
                                                          {{QStringLiteral("id"), survey.id}}, e);
                if (!existing) {
                    return false;
                }
                if (*existing == 0) {
                    *e = tr("there is no survey %1").arg(survey.id);
                    return false;
                }
                values.insert(keys);
                keys = {{QStringLiteral("id"), survey.id}};
            }
            const auto written
                = SyncedTable::upsert(db.connection(), SurveysTable, keys, values, actor, QString(), e);
            if (!written) {
                return false;
            }
            id = written->id;
            return true;
        },
        error);
    return done ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QList<FedCriterion>> SurveyStore::fedCriteria(QSqlDatabase& db, qint64 campaignId,
                                                            QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, title, criterion_code, criteria FROM surveys WHERE campaign_id = ? ORDER BY id"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = tr("cannot read the surveys: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<FedCriterion> fed;
    while (query.next()) {
        for (const QString& code :
             criteriaFromColumns(query.value(3).toString(), query.value(2).toString())) {
            fed.append({code, query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    return fed;
}

std::optional<SurveyRecord> SurveyStore::load(QSqlDatabase& db, qint64 surveyId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.id, c.code, s.title, s.criterion_code, s.planned_sample, "
                                 "s.questions, s.criteria, s.unit_plans FROM surveys s "
                                 "JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = ?"));
    query.addBindValue(surveyId);
    if (!query.exec()) {
        *error = tr("cannot read the surveys: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no survey %1").arg(surveyId);
        return std::nullopt;
    }
    SurveyRecord survey;
    survey.id = query.value(0).toLongLong();
    survey.campaignCode = query.value(1).toString();
    survey.title = query.value(2).toString();
    survey.criterionCodes = criteriaFromColumns(query.value(6).toString(), query.value(3).toString());
    survey.plan.defaultPlanned = query.value(4).toInt();
    survey.plan.units
        = SurveyPlan::unitsFromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
    const auto definition = SurveyQuestionnaire::fromJson(query.value(5).toString().toUtf8(), error);
    if (!definition) {
        return std::nullopt;
    }
    survey.definition = *definition;
    return survey;
}

std::optional<qint64> SurveyStore::addResponse(Database& db, qint64 surveyId, const QString& unitCode,
                                               const SurveyAnswers& answers, Role role, const QString& actor,
                                               QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::SurveyResponses, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    qint64 id = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            const auto survey = load(db.connection(), surveyId, e);
            if (!survey) {
                return false;
            }
            const QString problem = SurveyScoring::checkEntry(survey->definition, answers);
            if (!problem.isEmpty()) {
                *e = problem;
                return false;
            }
            QVariant unitId(QMetaType::fromType<qint64>());
            if (!unitCode.trimmed().isEmpty()) {
                const auto unit = SyncedTable::findId(db.connection(), QStringLiteral("units"),
                                                      {{QStringLiteral("code"), unitCode.trimmed()}}, e);
                if (!unit) {
                    return false;
                }
                if (*unit == 0) {
                    *e = tr("there is no unit with the code %1").arg(unitCode.trimmed());
                    return false;
                }
                unitId = *unit;
            }
            // Each questionnaire is a new row: no natural key, so it is inserted here and recorded
            // as SyncedTable records an insert.
            const QString uuid = Database::newUuid();
            const QString answersText = compact(answersToJson(answers));
            QSqlQuery insert(db.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO survey_responses (survey_id, unit_id, answers, uuid) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(surveyId);
            insert.addBindValue(unitId);
            insert.addBindValue(answersText);
            insert.addBindValue(uuid);
            if (!insert.exec()) {
                *e = tr("cannot write the questionnaire: %1").arg(insert.lastError().text());
                return false;
            }
            id = insert.lastInsertId().toLongLong();
            const QJsonObject after{{QStringLiteral("uuid"), uuid},
                                    {QStringLiteral("survey_id"), surveyId},
                                    {QStringLiteral("unit_id"), QJsonValue::fromVariant(unitId)},
                                    {QStringLiteral("answers"), answersText}};
            const RowChange change{ResponsesTable, uuid,     QStringLiteral("insert"), 1, {}, after, actor,
                                   QString(),      QString()};
            return ChangeLog::record(db.connection(), change, e);
        },
        error);
    return done ? std::optional<qint64>(id) : std::nullopt;
}

bool SurveyStore::correctResponse(Database& db, qint64 responseId, const SurveyAnswers& answers, Role role,
                                  const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::SurveyResponses, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            const auto stored = storedResponse(db.connection(), responseId, e);
            if (!stored) {
                return false;
            }
            const auto survey = load(db.connection(), stored->surveyId, e);
            if (!survey) {
                return false;
            }
            const QString problem = SurveyScoring::checkEntry(survey->definition, answers);
            if (!problem.isEmpty()) {
                *e = problem;
                return false;
            }
            const QString answersText = compact(answersToJson(answers));
            if (answersText == stored->answers) {
                return true;
            }
            QSqlQuery update(db.connection());
            update.prepare(QStringLiteral("UPDATE survey_responses SET answers = ?, revision = revision + 1, "
                                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"));
            update.addBindValue(answersText);
            update.addBindValue(responseId);
            if (!update.exec()) {
                *e = tr("cannot write the questionnaire: %1").arg(update.lastError().text());
                return false;
            }
            const RowChange change{ResponsesTable,
                                   stored->uuid,
                                   QStringLiteral("update"),
                                   stored->revision + 1,
                                   stored->json(stored->answers),
                                   stored->json(answersText),
                                   actor,
                                   QString(),
                                   QString()};
            return ChangeLog::record(db.connection(), change, e);
        },
        error);
}

bool SurveyStore::removeResponse(Database& db, qint64 responseId, Role role, const QString& actor,
                                 QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::SurveyResponses, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            const auto stored = storedResponse(db.connection(), responseId, e);
            if (!stored) {
                return false;
            }
            QSqlQuery remove(db.connection());
            remove.prepare(QStringLiteral("DELETE FROM survey_responses WHERE id = ?"));
            remove.addBindValue(responseId);
            if (!remove.exec()) {
                *e = tr("cannot delete the questionnaire: %1").arg(remove.lastError().text());
                return false;
            }
            const RowChange change{ResponsesTable,
                                   stored->uuid,
                                   QStringLiteral("delete"),
                                   stored->revision + 1,
                                   stored->json(stored->answers),
                                   {},
                                   actor,
                                   QString(),
                                   QString()};
            return ChangeLog::record(db.connection(), change, e);
        },
        error);
}

std::optional<QList<SurveyAnswers>> SurveyStore::responses(QSqlDatabase& db, qint64 surveyId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT answers FROM survey_responses WHERE survey_id = ? ORDER BY id"));
    query.addBindValue(surveyId);
    if (!query.exec()) {
        *error = tr("cannot read the questionnaires: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SurveyAnswers> all;
    while (query.next()) {
        all.append(answersFromJson(query.value(0).toString()));
    }
    return all;
}

SurveyAnswers SurveyStore::answersFromJson(const QString& json)
{
    SurveyAnswers answers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        answers.append(value.toInt(-1));
    }
    return answers;
}

std::optional<SurveyStore::Summary> SurveyStore::summary(QSqlDatabase& db, qint64 surveyId, QString* error)
{
    const auto survey = load(db, surveyId, error);
    if (!survey) {
        return std::nullopt;
    }
    const QString criterionCode = survey->criterionCodes.value(0);
    const auto target = findCriterion(db, survey->campaignCode, criterionCode, error);
    if (!target) {
        return std::nullopt;
    }
    const auto all = responses(db, surveyId, error);
    if (!all) {
        return std::nullopt;
    }
    for (const SurveyAnswers& answers : *all) {
        const QString problem = SurveyScoring::checkAnswers(survey->definition, answers);
        if (!problem.isEmpty()) {
            *error = tr("a questionnaire of the survey “%1” no longer fits its questions: %2")
                         .arg(survey->title, problem);
            return std::nullopt;
        }
    }
    Summary summary;
    summary.criterionCode = criterionCode;
    summary.criterionMax = target->max;
    summary.scoring = SurveyScoring::summarize(survey->definition, *all, survey->plan.defaultPlanned,
                                               target->max, target->decimals);
    return summary;
}

} // namespace danhgia
