#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// The self-assessed values of one score sheet in a spreadsheet (.xlsx or CSV), one row per leaf
// criterion: a column "Mã tiêu chí" (the code), a column "Giá trị" (the value, as LeafValueParser
// reads it; also "Điểm" or "Tự đánh giá") and, if present, "Giải trình" (the explanation given
// instead of evidence). Other columns (the title of the criterion, its maximum) are left alone,
// so a printed or exported sheet can be filled in and read back. Column titles are matched
// ignoring case and accents.
//
// Every row is checked against the criteria set of the sheet and gets its own problem, so that
// a preview can say what is wrong on which row: a code that is missing, unknown, a group's, or
// repeated; a value its method does not accept. A row with neither value nor explanation changes
// nothing. Blank rows are left out.
class SheetValuesTable
{
    Q_DECLARE_TR_FUNCTIONS(SheetValuesTable)

public:
    struct Row
    {
        int number = 0; // the line (CSV) or row (Excel) of the file
        QString code;
        QString valueText; // as written in the file
        std::optional<LeafValue> value; // none: the cell is blank, or the row has a problem
        bool hasExplanation = false; // the file has the column and the cell is not blank
        QString explanation;
        QString problem; // why the row is refused, empty when it is not
    };

    struct Result
    {
        // What is wrong with the file as a whole (a required column missing); empty when nothing.
        QString problem;
        QList<Row> rows;

        int refusedCount() const;
    };

    static Result read(const Table& table, const CriteriaSet& set);

    // The column titles accepted for each column, as search keys (VietnameseText::searchKey).
    static const QStringList& codeTitles();
    static const QStringList& valueTitles();
    static const QStringList& explanationTitles();
    // The column of `table` whose title is one of `titles` (search keys), -1 when none.
    static int findColumn(const Table& table, const QStringList& titles);

private:
    static Row readRow(const Table& table, int row, int codeColumn, int valueColumn, int explanationColumn,
                       const CriteriaSet& set);
};

} // namespace danhgia
