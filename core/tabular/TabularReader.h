#pragma once

#include "text/Table.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace danhgia {

// How TabularReader reads a file.
struct TabularReadOptions
{
    // .xlsx and .xls: the sheet to read (exact name, else ignoring case); empty for the first
    // worksheet.
    QString sheetName;
    // The line (CSV) or Excel row (.xlsx, .xls) number of the header; rows above it are left out (a
    // title, a date). 0 for a file without a header: every row is data.
    int headerRow = 1;
    // CSV: ',', ';' or '\t'; a null QChar to detect it.
    QChar delimiter;
};

// Reads a table from a CSV file (see CsvReader), an .xlsx workbook (see XlsxReader) or an Excel
// 97-2003 workbook (.xls, see XlsReader), chosen by the content of the file (the zip or the OLE
// signature), then by its suffix. An OLE file that holds no .xls workbook (an .xlsx protected
// with a password) is refused with a message that says to save the file as .xlsx or CSV.
// Trailing rows whose cells are all empty are left out.
// Failures come back as one translated sentence that names the file and the place.
class TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(TabularReader)

public:
    enum class Format
    {
        Csv,
        Xlsx,
        // Excel 97-2003 (.xls), read by XlsReader; also an .xlsx protected with a password (both
        // are OLE files), which XlsReader refuses.
        Ole,
    };

    static Format formatOf(const QString& fileName);

    static std::optional<Table> read(const QString& fileName, QString* error,
                                     const TabularReadOptions& options = TabularReadOptions());
    // CSV from memory; sourceName names it in messages and in Table::sourceName.
    static std::optional<Table> readCsv(const QByteArray& data, const QString& sourceName, QString* error,
                                        const TabularReadOptions& options = TabularReadOptions());
    static std::optional<Table> readXlsx(const QString& fileName, QString* error,
                                         const TabularReadOptions& options = TabularReadOptions());
    static std::optional<Table> readXls(const QString& fileName, QString* error,
                                        const TabularReadOptions& options = TabularReadOptions());
    // The sheets of an .xlsx or .xls workbook, in the order of their tabs.
    static std::optional<QStringList> sheetNames(const QString& fileName, QString* error);
    // See CsvReader::detectDelimiter().
    static QChar detectDelimiter(const QString& text);

private:
    // Drops trailing blank rows and moves the header row out of the rows.
    static std::optional<Table> finish(Table table, const TabularReadOptions& options, QString* error);
};

} // namespace danhgia
