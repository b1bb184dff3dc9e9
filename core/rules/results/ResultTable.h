#pragma once

#include "criteria/CriteriaSet.h"
#include "numbers/Decimal.h"
#include "results/SubjectResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The results of subjects scored together as a table, for exports (CSV for machines, Excel
// for people) and printed reports. Computing and rendering stay apart: this builds cells,
// writers format them.
class ResultTable
{
    Q_DECLARE_TR_FUNCTIONS(ResultTable)

public:
    struct Cell
    {
        QString text; // text cells, and numbers' plain text ("85.67"); codes for machines ("demoted")
        std::optional<Decimal> number; // numbers (with the set's decimals)
        // What people read where it differs from the text: the quota status in words, in the
        // user's language ("Vượt tỷ lệ tối đa, ..."). Empty: the text.
        QString title;

        const QString& forPeople() const { return title.isEmpty() ? text : title; }
    };

    struct Column
    {
        QString key; // machine name: subject_id, total, 1.2 ...
        QString title; // header for people, in the user's language
        bool numeric = false;
    };

    QList<Column> columns;
    QList<QList<Cell>> rows;
    int decimals = 2;

    // The nine fixed columns (subject id, subject name, period, total, max, index, grade code,
    // rank, quota status), the grade title, then the points of every criterion when the results
    // are per period.
    static ResultTable build(const CriteriaSet& set, const ScoringResult& result);
    // What the quota did to a subject, for people; empty for a subject not proposed for the
    // quota grade.
    static QString quotaTitle(QuotaStatus status);
};

} // namespace danhgia
