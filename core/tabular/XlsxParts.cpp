#include "tabular/XlsxParts.h"

#include "tabular/CellReference.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace danhgia {

namespace {

const QString MainNamespace = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelationshipsNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRelationshipsNamespace
    = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString MainContentType
    = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
// Custom number formats are numbered from 164; lower ids are Excel's built-in formats.
constexpr int FirstCustomFormat = 164;

// A QXmlStreamWriter into a QByteArray, with the XML declaration Excel writes.
class Part
{
public:
    Part()
        : xml(&bytes)
    {
        xml.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QByteArray finish()
    {
        xml.writeEndDocument();
        return bytes;
    }

    QByteArray bytes;
    QXmlStreamWriter xml;
};

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

void writeRelationship(QXmlStreamWriter& xml, int id, const QString& type, const QString& target)
{
    xml.writeStartElement(QStringLiteral("Relationship"));
    xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id));
    xml.writeAttribute(QStringLiteral("Type"), type);
    xml.writeAttribute(QStringLiteral("Target"), target);
    xml.writeEndElement();
}

void writeFont(QXmlStreamWriter& xml, bool bold)
{
    xml.writeStartElement(QStringLiteral("font"));
    if (bold) {
        xml.writeEmptyElement(QStringLiteral("b"));
    }
    xml.writeEmptyElement(QStringLiteral("sz"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
    xml.writeEmptyElement(QStringLiteral("name"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
    xml.writeEmptyElement(QStringLiteral("family"));
    xml.writeAttribute(QStringLiteral("val"), QStringLiteral("2"));
    xml.writeEndElement();
}

void writeFormat(QXmlStreamWriter& xml, int numberFormat, int font)
{
    xml.writeStartElement(QStringLiteral("xf"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(numberFormat));
    xml.writeAttribute(QStringLiteral("fontId"), QString::number(font));
    xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    if (numberFormat != 0) {
        xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
    }
    if (font != 0) {
        xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("applyAlignment"), QStringLiteral("1"));
        xml.writeEmptyElement(QStringLiteral("alignment"));
        xml.writeAttribute(QStringLiteral("vertical"), QStringLiteral("center"));
        xml.writeAttribute(QStringLiteral("wrapText"), QStringLiteral("1"));
    }
    xml.writeEndElement();
}

void writeCount(QXmlStreamWriter& xml, const QString& element, qsizetype count)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("count"), QString::number(count));
}

} // namespace

QByteArray XlsxParts::contentTypes(int sheetCount)
{
    Part part;
    auto& xml = part.xml;
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const auto writeDefault = [&xml](const QString& extension, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    };
    const auto writeOverride = [&xml](const QString& name, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), name);
        xml.writeAttribute(QStringLiteral("ContentType"), MainContentType + type);
    };
    writeDefault(QStringLiteral("rels"),
                 QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    writeDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    writeOverride(QStringLiteral("/xl/workbook.xml"), QStringLiteral("sheet.main+xml"));
    for (int i = 1; i <= sheetCount; ++i) {
        writeOverride(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i), QStringLiteral("worksheet+xml"));
    }
    writeOverride(QStringLiteral("/xl/styles.xml"), QStringLiteral("styles+xml"));
    writeOverride(QStringLiteral("/xl/sharedStrings.xml"), QStringLiteral("sharedStrings+xml"));
    return part.finish();
}

QByteArray XlsxParts::packageRelationships()
{
    Part part;
    part.xml.writeStartElement(QStringLiteral("Relationships"));
    part.xml.writeDefaultNamespace(PackageRelationshipsNamespace);
    writeRelationship(part.xml, 1, RelationshipsNamespace + QStringLiteral("/officeDocument"),
                      QStringLiteral("xl/workbook.xml"));
    return part.finish();
}

QByteArray XlsxParts::workbook(const QStringList& sheetNames)
{
    Part part;
    auto& xml = part.xml;
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(MainNamespace);
    xml.writeNamespace(RelationshipsNamespace, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("bookViews"));
    xml.writeEmptyElement(QStringLiteral("workbookView"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheets"));
    for (int i = 0; i < sheetNames.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), sheetNames.at(i));
        xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
        xml.writeAttribute(RelationshipsNamespace, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
    }
    return part.finish();
}

QByteArray XlsxParts::workbookRelationships(int sheetCount)
{
    Part part;
    part.xml.writeStartElement(QStringLiteral("Relationships"));
    part.xml.writeDefaultNamespace(PackageRelationshipsNamespace);
    for (int i = 1; i <= sheetCount; ++i) {
        writeRelationship(part.xml, i, RelationshipsNamespace + QStringLiteral("/worksheet"),
                          QStringLiteral("worksheets/sheet%1.xml").arg(i));
    }
    writeRelationship(part.xml, sheetCount + 1, RelationshipsNamespace + QStringLiteral("/styles"),
                      QStringLiteral("styles.xml"));
    writeRelationship(part.xml, sheetCount + 2, RelationshipsNamespace + QStringLiteral("/sharedStrings"),
                      QStringLiteral("sharedStrings.xml"));
    return part.finish();
}

QByteArray XlsxParts::styles(const QStringList& numberFormats)
{
    Part part;
    auto& xml = part.xml;
    xml.writeStartElement(QStringLiteral("styleSheet"));
    xml.writeDefaultNamespace(MainNamespace);
    if (!numberFormats.isEmpty()) {
        writeCount(xml, QStringLiteral("numFmts"), numberFormats.size());
        for (int i = 0; i < numberFormats.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("numFmt"));
            xml.writeAttribute(QStringLiteral("numFmtId"), QString::number(FirstCustomFormat + i));
            xml.writeAttribute(QStringLiteral("formatCode"), numberFormats.at(i));
        }
        xml.writeEndElement();
    }
    writeCount(xml, QStringLiteral("fonts"), 2);
    writeFont(xml, false);
    writeFont(xml, true);
    xml.writeEndElement();
    writeCount(xml, QStringLiteral("fills"), 2);
    for (const auto& pattern : {QStringLiteral("none"), QStringLiteral("gray125")}) {
        xml.writeStartElement(QStringLiteral("fill"));
        xml.writeEmptyElement(QStringLiteral("patternFill"));
        xml.writeAttribute(QStringLiteral("patternType"), pattern);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    writeCount(xml, QStringLiteral("borders"), 1);
    xml.writeStartElement(QStringLiteral("border"));
    for (const auto& side : {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("top"),
                             QStringLiteral("bottom"), QStringLiteral("diagonal")}) {
        xml.writeEmptyElement(side);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    writeCount(xml, QStringLiteral("cellStyleXfs"), 1);
    xml.writeEmptyElement(QStringLiteral("xf"));
    for (const auto& name : {QStringLiteral("numFmtId"), QStringLiteral("fontId"), QStringLiteral("fillId"),
                             QStringLiteral("borderId")}) {
        xml.writeAttribute(name, QStringLiteral("0"));
    }
    xml.writeEndElement();
    writeCount(xml, QStringLiteral("cellXfs"), FirstNumberStyle + numberFormats.size());
    writeFormat(xml, 0, 0);
    writeFormat(xml, 0, 1);
    for (int i = 0; i < numberFormats.size(); ++i) {
        writeFormat(xml, FirstCustomFormat + i, 0);
    }
    xml.writeEndElement();
    writeCount(xml, QStringLiteral("cellStyles"), 1);
    xml.writeEmptyElement(QStringLiteral("cellStyle"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    return part.finish();
}

QByteArray XlsxParts::sharedStrings(const QStringList& strings, int references)
{
    Part part;
    auto& xml = part.xml;
    xml.writeStartElement(QStringLiteral("sst"));
    xml.writeDefaultNamespace(MainNamespace);
    xml.writeAttribute(QStringLiteral("count"), QString::number(references));
    xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
    for (const auto& text : strings) {
        xml.writeStartElement(QStringLiteral("si"));
        xml.writeStartElement(QStringLiteral("t"));
        if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace())) {
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        }
        xml.writeCharacters(escapeText(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    return part.finish();
}

QByteArray XlsxParts::worksheet(const Sheet& sheet, bool selected)
{
    Part part;
    auto& xml = part.xml;
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(MainNamespace);
    xml.writeNamespace(RelationshipsNamespace, QStringLiteral("r"));
    if (!sheet.rows.isEmpty()) {
        int lastColumn = 0;
        for (const auto& row : sheet.rows) {
            lastColumn = std::max(lastColumn, row.isEmpty() ? 0 : row.lastKey());
        }
        int firstColumn = lastColumn;
        for (const auto& row : sheet.rows) {
            firstColumn = std::min(firstColumn, row.isEmpty() ? lastColumn : row.firstKey());
        }
        xml.writeEmptyElement(QStringLiteral("dimension"));
        xml.writeAttribute(QStringLiteral("ref"),
                           CellReference::name(sheet.rows.firstKey(), firstColumn) + QLatin1Char(':')
                               + CellReference::name(sheet.rows.lastKey(), lastColumn));
    }
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    if (selected) {
        xml.writeAttribute(QStringLiteral("tabSelected"), QStringLiteral("1"));
    }
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    if (sheet.frozenRows > 0) {
        xml.writeEmptyElement(QStringLiteral("pane"));
        xml.writeAttribute(QStringLiteral("ySplit"), QString::number(sheet.frozenRows));
        xml.writeAttribute(QStringLiteral("topLeftCell"), CellReference::name(sheet.frozenRows, 0));
        xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        xml.writeEmptyElement(QStringLiteral("selection"));
        xml.writeAttribute(QStringLiteral("pane"), QStringLiteral("bottomLeft"));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("sheetFormatPr"));
    xml.writeAttribute(QStringLiteral("defaultRowHeight"), QStringLiteral("15"));
    if (!sheet.columnWidths.isEmpty()) {
        xml.writeStartElement(QStringLiteral("cols"));
        for (auto width = sheet.columnWidths.cbegin(); width != sheet.columnWidths.cend(); ++width) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(width.key() + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(width.key() + 1));
            xml.writeAttribute(QStringLiteral("width"), numberText(storedWidth(width.value())));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("sheetData"));
    for (auto row = sheet.rows.cbegin(); row != sheet.rows.cend(); ++row) {
        xml.writeStartElement(QStringLiteral("row"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(row.key() + 1));
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), CellReference::name(row.key(), cell.key()));
            if (cell->style != 0) {
                xml.writeAttribute(QStringLiteral("s"), QString::number(cell->style));
            }
            if (cell->sharedString >= 0) {
                xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
                xml.writeTextElement(QStringLiteral("v"), QString::number(cell->sharedString));
            } else if (!std::isnan(cell->number)) {
                xml.writeTextElement(QStringLiteral("v"), numberText(cell->number));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto& [name, value] : {std::pair{QStringLiteral("left"), QStringLiteral("0.7")},
                                      std::pair{QStringLiteral("right"), QStringLiteral("0.7")},
                                      std::pair{QStringLiteral("top"), QStringLiteral("0.75")},
                                      std::pair{QStringLiteral("bottom"), QStringLiteral("0.75")},
                                      std::pair{QStringLiteral("header"), QStringLiteral("0.3")},
                                      std::pair{QStringLiteral("footer"), QStringLiteral("0.3")}}) {
        xml.writeAttribute(name, value);
    }
    return part.finish();
}

QString XlsxParts::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool control = (c.unicode() < 0x20 && c != u'\t' && c != u'\n') || c.unicode() == 0xFFFE
            || c.unicode() == 0xFFFF;
        const bool looksEscaped = c == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && isHex(text.at(i + 2)) && isHex(text.at(i + 3)) && isHex(text.at(i + 4))
            && isHex(text.at(i + 5)) && text.at(i + 6) == u'_';
        if (control || looksEscaped) {
            escaped += QLatin1String("_x")
                + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper() + QLatin1Char('_');
        } else {
            escaped += c;
        }
    }
    return escaped;
}

double XlsxParts::storedWidth(double characters)
{
    // Excel stores the width of the default font's digits plus 5 pixels of padding, in 1/256ths
    // (7 pixels per character with Calibri 11).
    if (characters <= 0) {
        return 0;
    }
    const double pixels
        = characters < 1 ? std::floor(characters * 12 + 0.5) : std::floor(characters * 7 + 0.5) + 5;
    return std::floor(pixels / 7 * 256) / 256;
}

QString XlsxParts::numberText(double value)
{
    // "1E+21" as Excel writes it, not "1e+21".
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toUpper();
}

} // namespace danhgia
