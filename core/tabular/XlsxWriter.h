#pragma once

#include "tabular/XlsxParts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// Writes an .xlsx workbook: one or more sheets of text and number cells, a bold, wrapped and
// frozen header row, column widths. Rows and columns are 0-based.
// Numbers are stored as numbers with an Excel number format such as "0.00", which Excel shows
// with the decimal sign of the user's locale (85,67 in Vietnamese).
// The workbook is kept in memory and written by close(), through a temporary file, so that a
// failure leaves no half-written file. The first failure is kept, makes every later call return
// false and makes close() write nothing. A writer destroyed without close() writes nothing.
// The package is zipped with QuaZip, not libxlsxwriter: on Debian both carry minizip's zip
// functions under the same names, and cannot be loaded into one process (see
// core/tabular/CMakeLists.txt).
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    explicit XlsxWriter(const QString& fileName);
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Adds a sheet, which the calls below then write to. A name has 1 to 31 characters, none of
    // [ ] : * ? / \, does not start or end with an apostrophe, and is not used twice (ignoring
    // case).
    bool addSheet(const QString& name);
    // Writes the titles into the row, bold and wrapped, and freezes the rows down to it.
    bool writeHeader(const QStringList& titles, int row = 0);
    // Width in characters of the default font, as in Excel's "Column Width" dialog (0 to 255).
    bool setColumnWidth(int column, double width);
    bool setColumnWidths(const QList<double>& widths);
    // An empty text leaves the cell empty. At most 32767 characters.
    bool writeText(int row, int column, const QString& text);
    // numberFormat: Excel's format code ("0.00", "#,##0", "0%"); empty for General.
    bool writeNumber(int row, int column, double value, const QString& numberFormat = QString());
    // Writes the file (a workbook without sheets gets an empty "Sheet1"). False when an earlier
    // call failed or the file cannot be written; see errorString().
    bool close();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool usable();
    bool checkCell(int row, int column);
    bool fail(const QString& problem);
    void putCell(int row, int column, const XlsxParts::Cell& cell);
    int sharedString(const QString& text);
    int numberStyle(const QString& code);

    QString m_fileName;
    QList<XlsxParts::Sheet> m_sheets;
    QStringList m_strings;
    QHash<QString, int> m_stringIndex;
    int m_stringReferences = 0;
    QStringList m_numberFormats;
    QString m_error;
    bool m_closed = false;
};

} // namespace danhgia
