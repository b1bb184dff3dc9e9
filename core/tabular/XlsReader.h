#pragma once

#include "text/Table.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace danhgia {

// Reads the cells of one worksheet of an Excel 97-2003 workbook (.xls, BIFF8, and the older
// BIFF2 to BIFF5 workbooks) as text, with FreeXL. It is for catalogue lists (codes, names,
// positions of units and people), never for scores:
// - text cells as they are (FreeXL gives UTF-8; BIFF5 and older text is converted from the
//   workbook's code page). Text typed in the .VnTime or VNI fonts comes out as Windows-1252
//   characters, which CatalogueImport converts as it does for .xlsx.
// - numbers, which FreeXL gives as doubles: whole numbers as integers ("1234567890123"), others
//   with at most 15 significant digits, as Excel shows them ("0.3", not 0.30000000000000004).
//   A code typed as a number ("001" without a leading apostrophe) is the number 1: Excel stored
//   it so.
// - dates and times as FreeXL writes them ("2026-03-01", "2026-03-01 08:30:00", "08:30:00").
// Cells and rows that are empty are empty, so that row numbers are Excel's.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // The names of the worksheets, in the order of their tabs.
    static std::optional<QStringList> sheetNames(const QString& fileName, QString* error);
    // Every row of the sheet up to the last one with a value into Table::rows (row i has number
    // i + 1), with trailing empty cells dropped. sheetName: exact or ignoring case; empty for the
    // first worksheet.
    static std::optional<Table> read(const QString& fileName, const QString& sheetName, QString* error);

    // The text of a number cell, as described above.
    static QString numberText(double value);
};

} // namespace danhgia
