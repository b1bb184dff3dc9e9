#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace danhgia {

// The XML parts of an .xlsx package as XlsxWriter writes it, modelled on what Excel 2007 and
// libxlsxwriter write: shared strings, one style for the header (bold, wrapped, centred
// vertically) and one per number format, frozen header rows, column widths.
class XlsxParts
{
public:
    struct Cell
    {
        // Index into the shared strings, or -1 for a number.
        int sharedString = -1;
        double number = 0;
        // Index into cellXfs: 0 normal, 1 header, 2 + i the i-th number format.
        int style = 0;
    };

    struct Sheet
    {
        QString name;
        // Rows and columns 0-based.
        QMap<int, QMap<int, Cell>> rows;
        QMap<int, double> columnWidths;
        // Rows frozen at the top (0 for none).
        int frozenRows = 0;
    };

    static constexpr int HeaderStyle = 1;
    static constexpr int FirstNumberStyle = 2;

    static QByteArray contentTypes(int sheetCount);
    static QByteArray packageRelationships();
    static QByteArray workbook(const QStringList& sheetNames);
    static QByteArray workbookRelationships(int sheetCount);
    static QByteArray styles(const QStringList& numberFormats);
    static QByteArray sharedStrings(const QStringList& strings, int references);
    static QByteArray worksheet(const Sheet& sheet, bool selected);

    // Cell text as OOXML stores it: control characters as _xHHHH_, and a literal "_xHHHH_"
    // with its underscore escaped, so that XlsxReader::decodeEscapes() gives the text back.
    static QString escapeText(const QString& text);
    // Excel's stored column width for a width in characters (as libxlsxwriter computes it).
    static double storedWidth(double characters);
    // The shortest text that reads back as the same double ("85.67").
    static QString numberText(double value);
};

} // namespace danhgia
