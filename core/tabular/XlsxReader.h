#pragma once

#include "tabular/XlsxPackage.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QXmlStreamReader;

namespace danhgia {

// Reads the cells of one worksheet of an .xlsx workbook as text, whoever wrote it (Excel,
// LibreOffice, Google Sheets, libraries): shared strings (rich text runs joined, phonetic runs
// left out), inline strings, formula results, booleans ("TRUE", "FALSE"), errors ("#DIV/0!"),
// and numbers exactly as stored ("85.67"; a date is its serial number, as styles are not read).
// Cells and rows that are missing from the sheet are empty, so that row numbers are Excel's.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // The names of the sheets, in the order of their tabs.
    static std::optional<QStringList> sheetNames(const QString& fileName, QString* error);
    // Every row of the sheet up to the last one with a value into Table::rows (row i has number
    // i + 1), with trailing empty cells dropped. sheetName: exact or ignoring case; empty for the
    // first worksheet.
    static std::optional<Table> read(const QString& fileName, const QString& sheetName, QString* error);

    // Undoes the _xHHHH_ escapes of OOXML strings (control characters; "_x005F_" for "_").
    static QString decodeEscapes(const QString& text);

private:
    struct Sheet
    {
        QString name;
        QString part;
        bool isWorksheet = false;
    };

    explicit XlsxReader(const QString& fileName)
        : m_package(fileName)
    { }

    bool readWorkbook(QString* error);
    bool readSharedStrings(QString* error);
    bool readWorksheet(const Sheet& sheet, Table* table, QString* error);
    bool readRow(QXmlStreamReader& xml, const QString& part, int number, QStringList* cells, QString* error);
    // The text of an <si> or <is> element: its <t>, or the <t> of its <r> runs.
    static QString readRichText(QXmlStreamReader& xml);
    const Sheet* findSheet(const QString& name) const;

    XlsxPackage m_package;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
};

} // namespace danhgia
