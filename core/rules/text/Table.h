#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// A table read from a CSV or .xlsx file: the header row, then the data rows as text, each with
// the number of the line (CSV: the line where the record starts, 1-based) or of the row (.xlsx:
// Excel's row number) it came from, so that messages can point the user at the right place.
// Rows are not padded: a row may be shorter than the header (use cell()), and a blank line or a
// row that is missing from the sheet is an empty row.
struct Table
{
    // The file the table was read from, and for .xlsx the sheet.
    QString sourceName;
    QString sheetName;

    QStringList header;
    // Line or row number of the header; 0 when the table has no header row.
    int headerNumber = 0;

    QList<QStringList> rows;
    // rowNumbers[i] is the line or row number of rows[i].
    QList<int> rowNumbers;

    int rowCount() const { return static_cast<int>(rows.size()); }
    // The widest of the header and the rows.
    int columnCount() const;
    // The text of a cell, empty when the row is shorter or the indices are out of range.
    QString cell(int row, int column) const;
    // The column of the header with that title (exact, then ignoring case and surrounding
    // spaces), or -1.
    int columnOf(const QString& title) const;
    // True when every cell of the row is empty or spaces only.
    bool isBlankRow(int row) const;
    void appendRow(const QStringList& cells, int number);
};

} // namespace danhgia
