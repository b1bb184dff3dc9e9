#pragma once

#include "numbers/Decimal.h"
#include "scoring/SurveyPlan.h"
#include "scoring/SurveyScoring.h"

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

class Database;

struct SurveyRecord
{
    qint64 id = 0; // 0: a new survey
    QString campaignCode;
    QString title;
    // The leaf criteria the survey feeds, one or more (the first is stored as criterion_code too).
    QStringList criterionCodes;
    SurveyPlan plan; // questionnaires planned per unit (phiếu theo kế hoạch)
    SurveyQuestionnaire definition;
};

// A criterion of a campaign fed by one of its surveys.
struct FedCriterion
{
    QString code;
    qint64 surveyId = 0;
    QString surveyTitle;
};

// Sociological surveys entered from paper questionnaires (rules.md §3): the survey with its
// questions and answer coefficients, the questionnaires, and the points they give the survey's
// criterion. Every write goes through SyncedTable/ChangeLog (outbox and audit trail).
class SurveyStore
{
    Q_DECLARE_TR_FUNCTIONS(SurveyStore)

public:
    struct Summary
    {
        QString criterionCode;
        Decimal criterionMax;
        SurveyScoring::Summary scoring;
    };

    // Creates the survey (id 0; the campaign and title identify it) or updates the one with that
    // id, for a role that defines surveys (RecordPermissions::SurveySetup). The definition must pass
    // SurveyDefinitionValidator against the campaign's criteria set, and no other survey of the
    // campaign may feed one of its criteria (two surveys would write over each other's points); once
    // questionnaires are recorded, no question or option may be added or removed
    // (SurveyDefinitionValidator::shapeChange).
    // Every problem comes back in *error, one a line. Returns the row id.
    static std::optional<qint64> save(Database& db, const SurveyRecord& survey, Role role,
                                      const QString& actor, QString* error);
    static std::optional<SurveyRecord> load(QSqlDatabase& db, qint64 surveyId, QString* error);
    // The criteria of the campaign fed by its surveys, by survey then in the survey's order.
    static std::optional<QList<FedCriterion>> fedCriteria(QSqlDatabase& db, qint64 campaignId,
                                                          QString* error);

    // Records one questionnaire, entered by the appraisal side (RecordPermissions::SurveyResponses):
    // for each question the option index, or -1 for a blank answer. unitCode names a row of
    // `units`; empty when the questionnaire is not tied to a unit. SurveyScoring::checkEntry() must
    // accept the answers: a questionnaire left blank throughout is refused.
    static std::optional<qint64> addResponse(Database& db, qint64 surveyId, const QString& unitCode,
                                             const SurveyAnswers& answers, Role role, const QString& actor,
                                             QString* error);
    // Corrects the answers of a recorded questionnaire (its survey and unit stay), checked as
    // addResponse() checks them. Recorded as an update, with the old and new answers.
    static bool correctResponse(Database& db, qint64 responseId, const SurveyAnswers& answers, Role role,
                                const QString& actor, QString* error);
    // Deletes a recorded questionnaire (one entered twice, say); recorded as a delete, with the
    // answers it had.
    static bool removeResponse(Database& db, qint64 responseId, Role role, const QString& actor,
                               QString* error);
    static std::optional<QList<SurveyAnswers>> responses(QSqlDatabase& db, qint64 surveyId, QString* error);
    // The answers of a questionnaire as the `answers` column of survey_responses stores them.
    static SurveyAnswers answersFromJson(const QString& json);

    // Questionnaires entered, valid and planned, and the points of the survey's criterion, over
    // all questionnaires of the survey. SurveyPointsWriter gives them per unit and writes them
    // into the score sheets.
    static std::optional<Summary> summary(QSqlDatabase& db, qint64 surveyId, QString* error);
};

} // namespace danhgia
