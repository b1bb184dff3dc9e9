#pragma once

#include "criteria/Criterion.h"
#include "numbers/Decimal.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// One answer option of a survey question: its label and the coefficient (hệ số) it carries,
// from 0 to 1 (e.g. 1; 0.75; 0.5; 0.25; 0).
struct SurveyOption
{
    QString label;
    Decimal coefficient;
};

struct SurveyQuestion
{
    QString text;
    QList<SurveyOption> options;
};

// The questions of a paper questionnaire (phiếu khảo sát). Stored as JSON in the `questions`
// column of `surveys`:
// [{"text": "...", "options": [{"label": "Rất hài lòng", "coefficient": "1"}, ...]}, ...]
struct SurveyQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(SurveyQuestionnaire)

public:
    QList<SurveyQuestion> questions;

    QJsonArray toJson() const;
    // Reads the definition; empty with a message when the JSON does not describe questions.
    // Call validate() for the rules of coefficients and options.
    static std::optional<SurveyQuestionnaire> fromJson(const QJsonArray& json, QString* error);
    static std::optional<SurveyQuestionnaire> fromJson(const QByteArray& json, QString* error);

    // Problems of the definition, in the user's language; empty when it is usable.
    QStringList validate() const;
    // "question 2 (“Thái độ của công chức”)": how messages name a question (index from 0).
    QString questionName(int index) const;
};

// One filled-in questionnaire: for each question the index of the chosen option, or -1 when the
// answer is blank.
using SurveyAnswers = QList<int>;

// Scoring of a survey criterion from its questionnaires (rules.md §3): each questionnaire's mean
// coefficient over its answered questions (blank answers are left out; a questionnaire without
// any answer is not valid), the mean of these over the valid questionnaires, times the
// criterion's maximum, rounded half up. Exact arithmetic only.
class SurveyScoring
{
    Q_DECLARE_TR_FUNCTIONS(SurveyScoring)

public:
    struct Summary
    {
        int valid = 0; // questionnaires with at least one answer
        int total = 0; // questionnaires entered
        int planned = 0; // planned sample
        std::optional<Decimal> points; // empty when no questionnaire is valid
        bool sampleReached() const { return valid >= planned; }
    };

    // An empty string when the answers fit the definition; otherwise what is wrong.
    static QString checkAnswers(const SurveyQuestionnaire& definition, const SurveyAnswers& answers);
    // What checkAnswers() says, and for a questionnaire being recorded or corrected, that it
    // answers at least one question: a questionnaire left blank throughout is no questionnaire (it
    // would count as entered and never as valid). Empty when it may be recorded.
    static QString checkEntry(const SurveyQuestionnaire& definition, const SurveyAnswers& answers);
    static bool isValid(const SurveyAnswers& answers);
    static int validCount(const QList<SurveyAnswers>& responses);

    // An exact fraction numerator / denominator in lowest terms, denominator > 0.
    struct Fraction
    {
        WideInt numerator;
        WideInt denominator;
    };

    // The mean coefficient over the valid questionnaires (from 0 to 1), exact; empty when no
    // questionnaire is valid. Responses must pass checkAnswers().
    static std::optional<Fraction> meanCoefficient(const SurveyQuestionnaire& definition,
                                                   const QList<SurveyAnswers>& responses);
    // Points of the criterion: max × meanCoefficient(), rounded half up to `decimals`; 0 when no
    // questionnaire is valid. Responses must pass checkAnswers().
    static Decimal points(const SurveyQuestionnaire& definition, const QList<SurveyAnswers>& responses,
                          Decimal max, int decimals);
    // The value a score sheet gives the survey's leaf criterion so that LeafScorer scores it to
    // exactly `points` (points() of the questionnaires; `mean` their meanCoefficient()): for the
    // points method {"points": p}; for linear {"done": n, "total": d} with n / d the exact mean
    // (or p / max when the mean's terms are too large for a sheet). Empty, with *why in the
    // user's language, for other methods and for points the leaf cannot take (off its step).
    static std::optional<LeafValue> leafValue(const Criterion& leaf, Decimal points,
                                              const std::optional<Fraction>& mean, int decimals,
                                              QString* why);
    static Summary summarize(const SurveyQuestionnaire& definition, const QList<SurveyAnswers>& responses,
                             int planned, Decimal max, int decimals);
};

} // namespace danhgia
