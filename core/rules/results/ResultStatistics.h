#pragma once

#include "criteria/CriteriaSet.h"
#include "numbers/Decimal.h"
#include "results/SubjectResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// The figures behind the charts and summaries of a campaign's results, computed exactly from the
// scoring engine's results (nothing here passes through floating point):
// - per subject: total, index, grade, rank, the index of each field (lĩnh vực: a top-level
//   criterion that can give points) and the index of each period;
// - the province average of each field and of each period: the mean over the subjects, each
//   subject counting once whatever its size, rounded half up to the set's decimals as
//   PeriodAggregator rounds its means;
// - how many subjects have each grade, with their share in percent.
// Labels and numbers for people are the UI's business.
class ResultStatistics
{
public:
    struct Field
    {
        int node = -1; // index in CriteriaSet::nodes()
        QString code;
        QString title;
    };

    struct Subject
    {
        QString id;
        QString name;
        Decimal total;
        Decimal max;
        Decimal index;
        QString grade; // empty: no grade
        int rank = 0;
        bool complete = true;
        // In the order of `fields`: the field's points / its applicable maximum × 100, rounded to
        // the set's decimals (over several periods: the rounded mean of the periods' field
        // indexes). Empty when nothing of the field applies to the subject.
        QList<std::optional<Decimal>> fieldIndexes;
        // In the order of `periods`: the index of the subject's sheet of that period, empty when
        // it has none.
        QList<std::optional<Decimal>> periodIndexes;
    };

    struct GradeCount
    {
        QString code; // empty: the subjects without a grade
        QString title;
        int count = 0;
        Decimal percent; // count / subjects × 100, rounded to the set's decimals
    };

    int decimals = 2;
    QList<Field> fields;
    // The periods of the sheets: the campaign's order first, then the others sorted; an empty
    // text stands for a sheet without a period.
    QStringList periods;
    // By rank (best first), then by subject id.
    QList<Subject> subjects;
    QList<std::optional<Decimal>> fieldAverages; // per field; empty when no subject has it
    QList<std::optional<Decimal>> periodAverages; // per period; empty when no subject has it
    std::optional<Decimal> averageIndex; // empty without subjects
    // Every grade of the set, highest first (also those nobody has), then the subjects without a
    // grade when there are any.
    QList<GradeCount> gradeCounts;

    // `ranked` are the results as ranked and graded by the scoring engine (aggregated over the
    // periods or not); `perPeriod` the results of each sheet, not aggregated (they carry the
    // points of every criterion). `periodOrder` is the order of the campaign's periods.
    static ResultStatistics compute(const CriteriaSet& set, const QList<SubjectResult>& ranked,
                                    const QList<SubjectResult>& perPeriod,
                                    const QStringList& periodOrder = {});

    // The top-level criteria whose maximum is above zero (a group of deductions only is left out).
    static QList<Field> fieldsOf(const CriteriaSet& set);
    // points / applicable max × 100 of one node of a result scored per sheet, rounded to
    // `decimals`; empty when the node does not apply, has no maximum, or the result carries no
    // node scores (aggregated).
    static std::optional<Decimal> nodeIndex(const SubjectResult& result, int node, int decimals);
    // The mean of the values present, rounded half up to `decimals`; empty when none is.
    static std::optional<Decimal> mean(const QList<std::optional<Decimal>>& values, int decimals);
    // The text a period is listed under: the period, or an empty text for none.
    static QString periodKey(const std::optional<QString>& period) { return period.value_or(QString()); }
};

} // namespace danhgia
