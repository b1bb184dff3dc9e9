#pragma once

#include "councils/CouncilExamination.h"

#include <QTableWidget>

namespace danhgia::ui {

// The examination of an interview council by Decree 170/2025, as RecruitmentParts decides it: per
// candidate the total of the parts, the priority points, the total with them, the rank (ties
// that only the head of the agency can break said so) and pass or fail with the reason for each
// part below 50% of its maximum. Hidden when the council has no parts.
class ExaminationResultsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CandidateColumn,
        TotalColumn,
        PriorityColumn,
        RankedTotalColumn,
        RankColumn,
        ResultColumn,
        ColumnCount,
    };

    explicit ExaminationResultsTable(QWidget* parent = nullptr);

    void showResults(const CouncilSession& council, const CouncilExamination& examination);
    // The result column's text of a candidate ("Không đạt: ..."); empty when not listed.
    QString resultOf(const QString& candidateId) const;
};

} // namespace danhgia::ui
