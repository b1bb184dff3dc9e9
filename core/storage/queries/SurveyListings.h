#pragma once

#include "scoring/SurveyScoring.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// A survey as lists show it.
struct SurveyListItem
{
    qint64 id = 0;
    QString campaignCode;
    QString title;
    QString criterionCode;
    int plannedSample = 0;
    int responseCount = 0; // questionnaires entered, all units
};

// One stored questionnaire.
struct SurveyResponseRecord
{
    qint64 id = 0;
    QString unitCode; // empty when the questionnaire is not tied to a unit
    SurveyAnswers answers;
};

// What the survey entry screen lists: the surveys of the database and the questionnaires entered
// for one unit. Read only; errors come back as text. SurveyStore writes, SurveyPointsWriter counts.
class SurveyListings
{
    Q_DECLARE_TR_FUNCTIONS(SurveyListings)

public:
    // Every survey, by campaign code, then title.
    static std::optional<QList<SurveyListItem>> surveys(QSqlDatabase& db, QString* error);
    // The questionnaires of a survey entered for the unit `unitCode` (empty: those tied to no
    // unit), in the order they were entered.
    static std::optional<QList<SurveyResponseRecord>> responses(QSqlDatabase& db, qint64 surveyId,
                                                                const QString& unitCode, QString* error);
    // The units with a score sheet in the campaign (code, name), by code: those a survey's plan is
    // drawn up for.
    static std::optional<QList<QPair<QString, QString>>>
    campaignUnits(QSqlDatabase& db, const QString& campaignCode, QString* error);
};

} // namespace danhgia
