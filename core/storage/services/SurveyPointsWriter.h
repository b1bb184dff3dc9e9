#pragma once

#include "numbers/Decimal.h"
#include "scoring/SurveySample.h"

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// Puts the points of a sociological survey (rules.md §3) into the score sheets of its campaign,
// as the appraised value of each criterion the survey feeds (one or more; each gets the mean
// coefficient times its own maximum): the survey points are set by the appraisal side, never
// self-assessed.
//
// Whose questionnaires count:
// - Per unit: each unit's points come from the questionnaires entered for that unit only
//   (survey_responses.unit_id), and go to that unit's score sheets in the campaign (the sheets
//   whose subject code is the unit's code, every period). When some questionnaires name a unit,
//   those without a unit count for no sheet: they are reported as `unassigned` and left alone.
// - Campaign-wide: only when no questionnaire of the survey names a unit, all of them give one
//   value, which goes to every score sheet of the campaign.
//
// Which sheets change:
// - submitted and appraised sheets get the value in their appraised stage. The appraised stage
//   is a whole sheet (it replaces the self-assessment in the results), so a sheet without one
//   starts it from its self-assessed values, as an appraiser does.
// - draft sheets are left alone (their self-assessment may still change, and an appraised stage
//   would hide those changes): apply the survey again once they are submitted.
// - approved and published sheets never change: the approved result is the one decided (rules.md
//   §3: the appraised score replaces the self score before approval, and the change is kept), so
//   they are reported as locked, with the reason, in the preview and in the report: reopen them
//   first, then apply the survey again.
//
// The value is what the criterion's method scores to exactly the survey's points: for `points`
// {"points": p}; for `linear` {"done": n, "total": d}, n / d being the exact mean coefficient of
// the valid questionnaires (or, should that fraction be too large, p / max), so that
// round(max × n / d) is p. Other methods cannot carry survey points and are refused.
// Every write goes through SheetStore::save (outbox and audit trail, with the survey as the
// reason, "Điểm điều tra xã hội học …", which is also stored as the value's reason for the change;
// the reasons of the other appraised values are kept), one save per sheet for all its criteria,
// all sheets in one transaction; the sheet's state does not change. The reason says what the value's
// numbers are: "1.997/2.560" in a sheet is the mean coefficient of the valid questionnaires, times
// the maximum it gives the points. Writing the same points again changes nothing.
class SurveyPointsWriter
{
    Q_DECLARE_TR_FUNCTIONS(SurveyPointsWriter)

public:
    // The questionnaires of one unit (or of the whole campaign) and the points they give.
    struct UnitPoints
    {
        QString unitCode; // empty for the campaign-wide row
        QString unitName;
        int entered = 0; // questionnaires entered
        int valid = 0; // with at least one answer
        int planned = 0; // the unit's planned sample (phiếu theo kế hoạch)
        std::optional<Decimal> points; // of the first criterion fed; empty when no questionnaire is valid
        // The mean coefficient of the valid questionnaires (0 to 1) rounded to four places, to say
        // how the points come about: points = mean × the criterion's maximum. Empty with points.
        std::optional<Decimal> meanCoefficient{};
        QMap<QString, Decimal> pointsByCriterion{}; // every criterion fed; empty with points
        bool belowSample() const { return SurveySample::isBelowPlan(valid, planned); }
    };

    // A criterion the survey feeds.
    struct Target
    {
        QString code;
        QString title;
        Decimal max;
    };

    struct Summary
    {
        QString surveyTitle;
        QString campaignCode;
        QString criterionCode; // the first criterion fed
        Decimal criterionMax;
        QList<Target> criteria; // every criterion fed, in the survey's order
        bool campaignWide = false; // no questionnaire names a unit
        int unassigned = 0; // questionnaires without a unit, counted for no sheet (per unit)
        // Per unit: the units with questionnaires and the units with a score sheet in the
        // campaign (entered 0), by code. Campaign-wide: one row with an empty code.
        QList<UnitPoints> units;
    };

    enum class Outcome
    {
        Written, // the value was written (in a preview: would be written)
        Unchanged, // the sheet already had this value
        Locked, // approved or published: not changed
        Draft, // still a draft: not changed
        NoSheet, // the unit has questionnaires but no score sheet in the campaign
        NoPoints, // the unit has a sheet but no valid questionnaire
        Refused, // the criterion's method cannot take these points (a points step, say)
    };

    struct SheetResult
    {
        QString subjectCode;
        QString subjectName;
        QString period;
        qint64 sheetId = 0; // 0 for NoSheet
        Outcome outcome = Outcome::Written;
        std::optional<Decimal> points;
        bool belowSample = false; // fewer valid questionnaires than planned
        QString detail; // why it was not written, in the user's language
        QString criterionCode{}; // the criterion of this result (empty for NoSheet)
    };

    struct Report
    {
        Summary summary;
        QList<SheetResult> sheets; // by subject code, then period, then criterion in the survey's order
        int count(Outcome outcome) const;
    };

    // The questionnaires entered and planned and the points, per unit (for the survey screen).
    static std::optional<Summary> summary(QSqlDatabase& db, qint64 surveyId, QString* error);

    // Writes the points into the sheets as described above and says what happened to each.
    // Fails, writing nothing, when the survey or its criterion cannot be read, when the
    // criterion's method is neither points nor linear, or on a database error.
    // Only the appraisal side writes survey points (RecordPermissions::SurveyPoints); any other
    // role is refused before anything is read.
    static std::optional<Report> applyToSheets(Database& db, qint64 surveyId, Role role, const QString& actor,
                                               QString* error);
    // What applyToSheets() would do, sheet by sheet and criterion by criterion, writing nothing (for
    // the preview shown before the points are applied). Refused to the same roles.
    static std::optional<Report> preview(Database& db, qint64 surveyId, Role role, QString* error);

private:
    static std::optional<Report> run(Database& db, qint64 surveyId, Role role, const QString& actor,
                                     bool write, QString* error);
};

} // namespace danhgia
