#pragma once

#include "text/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace danhgia {

// Reads CSV as RFC 4180 describes it, with what spreadsheet programs add: UTF-8 with or without
// a byte order mark (and UTF-16 with one, as Excel's "Unicode Text"), CRLF, LF or CR line ends,
// quoted fields with doubled quotes, commas and line breaks, a leading "sep=;" line, and the
// delimiter detected among comma, semicolon and tab (Excel in a Vietnamese locale saves "CSV"
// with semicolons, since the comma is the decimal sign).
// Lenient where Excel is: a quote inside an unquoted field is kept as it is, and text after the
// closing quote of a field is appended to it. A line break inside a quoted field becomes "\n".
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Every record of the text goes to Table::rows with the line it starts on; a blank line is
    // an empty row. delimiter: ',', ';' or '\t', or a null QChar to detect it.
    static std::optional<Table> read(const QByteArray& data, const QString& sourceName, QChar delimiter,
                                     QString* error);
    // The delimiter among ',', ';' and '\t' that splits the first records of the text into the
    // most consistent number of fields (more than one); ',' when none does.
    static QChar detectDelimiter(QStringView text);

private:
    static std::optional<QString> decode(const QByteArray& data, const QString& sourceName, QString* error);
    // Parses up to maxRecords records (all when negative) into table, starting at firstLine.
    // Returns the line where an unterminated quoted field starts, or 0 when the text is valid.
    static int parse(QStringView text, QChar delimiter, int firstLine, int maxRecords, Table* table);
};

} // namespace danhgia
