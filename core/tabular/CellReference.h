#pragma once

#include <QString>
#include <QStringView>

namespace danhgia {

// Excel's A1 cell references. Columns are 0-based here (A is 0, Z is 25, AA is 26, XFD is
// 16383); row numbers are Excel's, 1-based.
class CellReference
{
public:
    static constexpr int MaxColumns = 16384;
    static constexpr int MaxRows = 1048576;

    // The column of a reference such as "C7" or "c7" (2), or of letters alone ("AB"); -1 when
    // the reference does not start with 1 to 3 letters or names a column past XFD.
    static int columnIndex(QStringView reference);
    // The row number of a reference such as "C7" (7); 0 when the reference has no valid row
    // (letters then 1 to 7 digits, 1 to 1048576, nothing after).
    static int rowNumber(QStringView reference);
    // "A" for 0, "AA" for 26; empty for a column out of range.
    static QString columnName(int column);
    // "C7" for row 6 and column 2 (both 0-based).
    static QString name(int row, int column);
};

} // namespace danhgia
