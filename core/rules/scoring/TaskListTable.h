#pragma once

#include "scoring/ScoreSheet.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The task list of a civil servant's `tasks` criterion (task results, Decree 335/2025) in a
// spreadsheet (.xlsx or CSV), one row per task: "Nhiệm vụ" (its title, required), and if present
// "Hệ số" (its coefficient, 1 when blank), "Hoàn thành" (có/không, no when blank), "Lỗi chất lượng"
// and "Chậm tiến độ" (whole numbers, 0 when blank), "Có lý do khách quan" (có/không, no when
// blank). Column titles are matched ignoring case and accents. Each row is checked on its own
// (a coefficient LeafScorer accepts, whole counts, yes or no) and gets its own problem; blank
// rows are left out.
class TaskListTable
{
    Q_DECLARE_TR_FUNCTIONS(TaskListTable)

public:
    enum Column
    {
        TitleColumn,
        WeightColumn,
        DoneColumn,
        QualityColumn,
        DelaysColumn,
        ExcusedColumn,
        ColumnCount,
    };

    struct Row
    {
        int number = 0; // the line (CSV) or row (Excel) of the file
        QStringList cells; // the cells of each Column as written ("" when the file has no such column)
        std::optional<TaskItem> item; // none when the row has a problem
        QString problem;
    };

    struct Result
    {
        QString problem; // what is wrong with the file as a whole, empty when nothing
        QList<Row> rows;

        int refusedCount() const;
        // The tasks of every row, when no row is refused.
        QList<TaskItem> items() const;
    };

    static Result read(const Table& table);

    // The column titles accepted for a column, as search keys (VietnameseText::searchKey).
    static QStringList titlesOf(Column column);

private:
    static Row readRow(const Table& table, int row, const QList<int>& columns);
};

} // namespace danhgia
