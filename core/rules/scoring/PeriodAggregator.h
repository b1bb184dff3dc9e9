#pragma once

#include "criteria/CriteriaSet.h"
#include "results/SubjectResult.h"

#include <QCoreApplication>

namespace danhgia {

// Combines the period results of each subject into one (the year score of Decree 335/2025 from
// monthly scores): index, total and max are the rounded means of the printed period values,
// flags and missing criteria are unions, complete only when every period is.
class PeriodAggregator
{
    Q_DECLARE_TR_FUNCTIONS(PeriodAggregator)

public:
    struct Duplicate
    {
        QString subjectId;
        std::optional<QString> period;
        int first = -1; // positions in the input list
        int second = -1;
    };

    // Results keep the order in which each subject first appears. When two results share a
    // subject and a period, returns nothing and fills `duplicate`.
    static std::optional<QList<SubjectResult>> aggregate(const QList<SubjectResult>& periods, int decimals,
                                                         Duplicate* duplicate);
};

} // namespace danhgia
