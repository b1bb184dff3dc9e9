#pragma once

#include "numbers/Decimal.h"
#include "scoring/SurveyScoring.h"

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

struct SurveyRecord
{
    qint64 id = 0; // 0: a new survey
    QString campaignCode;
    QString title;
    QString criterionCode; // the leaf criterion the survey scores
    int plannedSample = 0; // questionnaires planned per unit (phiếu theo kế hoạch)
    SurveyQuestionnaire definition;
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
    // id. The definition must validate and the criterion must be a leaf of the campaign's set.
    // Returns the row id.
    static std::optional<qint64> save(Database& db, const SurveyRecord& survey, const QString& actor,
                                      QString* error);
    static std::optional<SurveyRecord> load(QSqlDatabase& db, qint64 surveyId, QString* error);

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
