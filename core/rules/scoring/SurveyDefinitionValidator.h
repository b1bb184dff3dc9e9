#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/SurveyPlan.h"
#include "scoring/SurveyScoring.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia {

// A survey as it is defined in the app: its title, its questionnaire (questions, answer options
// with their coefficients), the criteria it feeds (one or more leaves of the campaign's criteria
// set) and its planned sample per unit.
struct SurveyDefinition
{
    QString title;
    SurveyQuestionnaire questionnaire;
    QStringList criterionCodes;
    SurveyPlan plan;
};

// What a survey definition must satisfy before it is stored: a title; at least one question,
// each with a text and answer options whose labels differ and whose coefficients are within 0 to 1;
// at least one criterion fed, each a leaf of the campaign's criteria set that can carry survey
// points (scored by points or linear: SurveyScoring::leafValue()), none twice; planned samples and
// populations not negative. Every problem in the user's language, naming where it is.
class SurveyDefinitionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SurveyDefinitionValidator)

public:
    // Whether a survey can feed the criterion: a leaf scored by points or linear.
    static bool canFeed(const Criterion& criterion);
    // Every problem of the definition against the campaign's criteria set; empty when usable.
    static QStringList problems(const SurveyDefinition& definition, const CriteriaSet& set);
    // Once questionnaires are recorded, each holds the option chosen for every question by its
    // position: questions and options may then be reworded and coefficients changed, but none
    // added or removed (the recorded answers would no longer fit). Empty when `after` keeps the
    // shape of `before` or nothing is recorded; otherwise what is wrong, in the user's language.
    static QString shapeChange(const SurveyQuestionnaire& before, const SurveyQuestionnaire& after,
                               int recorded);
};

} // namespace danhgia
