#include "tabular/XlsxReader.h"

#include "tabular/CellReference.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace danhgia {

namespace {

const QLatin1String CellElement("c");
const QLatin1String RowElement("row");
const QLatin1String TextElement("t");
const QLatin1String RunElement("r");
const QLatin1String ValueElement("v");
const QLatin1String InlineStringElement("is");
const QLatin1String SharedStringElement("si");

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9') {
        return c.unicode() - u'0';
    }
    if (c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    if (c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    return -1;
}

// The r:id attribute of a <sheet>, whatever the prefix and the namespace (transitional or strict).
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const auto& attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty()) {
            return attribute.value().toString();
        }
    }
    return QString();
}

} // namespace

std::optional<QStringList> XlsxReader::sheetNames(const QString& fileName, QString* error)
{
    XlsxReader reader(fileName);
    if (!reader.readWorkbook(error)) {
        return std::nullopt;
    }
    QStringList names;
    for (const auto& sheet : std::as_const(reader.m_sheets)) {
        names.append(sheet.name);
    }
    return names;
}

std::optional<Table> XlsxReader::read(const QString& fileName, const QString& sheetName, QString* error)
{
    XlsxReader reader(fileName);
    if (!reader.readWorkbook(error)) {
        return std::nullopt;
    }
    const QString file = QDir::toNativeSeparators(fileName);
    const Sheet* sheet = reader.findSheet(sheetName);
    if (!sheet && sheetName.isEmpty()) {
        *error = tr("The file \"%1\" has no worksheet.").arg(file);
        return std::nullopt;
    }
    if (!sheet) {
        QStringList names;
        for (const auto& known : std::as_const(reader.m_sheets)) {
            names.append(QLatin1Char('"') + known.name + QLatin1Char('"'));
        }
        *error = tr("The file \"%1\" has no sheet named \"%2\"; its sheets are %3.")
                     .arg(file, sheetName, names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (!sheet->isWorksheet) {
        *error = tr("The sheet \"%2\" of the file \"%1\" is not a worksheet (it may be a chart).")
                     .arg(file, sheet->name);
        return std::nullopt;
    }
    if (!reader.readSharedStrings(error)) {
        return std::nullopt;
    }
    Table table;
    table.sourceName = fileName;
    table.sheetName = sheet->name;
    if (!reader.readWorksheet(*sheet, &table, error)) {
        return std::nullopt;
    }
    return table;
}

QString XlsxReader::decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    QString decoded;
    decoded.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int code = 0;
            for (qsizetype k = i + 2; k < i + 6 && code >= 0; ++k) {
                const int digit = hexValue(text.at(k));
                code = digit < 0 ? -1 : code * 16 + digit;
            }
            if (code >= 0) {
                decoded.append(QChar(char16_t(code)));
                i += 7;
                continue;
            }
        }
        decoded.append(text.at(i));
        ++i;
    }
    return decoded;
}

bool XlsxReader::readWorkbook(QString* error)
{
    if (!m_package.open(error)) {
        return false;
    }
    const auto packageRelationships = m_package.relationships(QString(), error);
    if (!packageRelationships) {
        return false;
    }
    m_workbookPart = QStringLiteral("xl/workbook.xml");
    for (const auto& relationship : *packageRelationships) {
        if (relationship.isOfType(QLatin1String("officeDocument"))) {
            m_workbookPart = relationship.target;
            break;
        }
    }
    const auto data = m_package.read(m_workbookPart, error);
    if (!data) {
        return false;
    }
    const auto workbookRelationships = m_package.relationships(m_workbookPart, error);
    if (!workbookRelationships) {
        return false;
    }
    QHash<QString, XlsxPackage::Relationship> byId;
    for (const auto& relationship : *workbookRelationships) {
        byId.insert(relationship.id, relationship);
        if (relationship.isOfType(QLatin1String("sharedStrings"))) {
            m_sharedStringsPart = relationship.target;
        }
    }
    if (m_sharedStringsPart.isEmpty()) {
        const QString guess = XlsxPackage::resolve(m_workbookPart, QStringLiteral("sharedStrings.xml"));
        if (m_package.contains(guess)) {
            m_sharedStringsPart = guess;
        }
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet")) {
            continue;
        }
        Sheet sheet;
        sheet.name = xml.attributes().value(QLatin1String("name")).toString();
        const auto relationship = byId.constFind(relationshipId(xml.attributes()));
        if (relationship == byId.constEnd()) {
            *error = m_package.partError(m_workbookPart,
                                         tr("the sheet \"%1\" has no relationship").arg(sheet.name));
            return false;
        }
        sheet.part = relationship->target;
        sheet.isWorksheet = relationship->isOfType(QLatin1String("worksheet"));
        m_sheets.append(sheet);
    }
    if (xml.hasError()) {
        *error = m_package.xmlError(m_workbookPart, xml);
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(QString* error)
{
    if (m_sharedStringsPart.isEmpty()) {
        return true;
    }
    const auto data = m_package.read(m_sharedStringsPart, error);
    if (!data) {
        return false;
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == SharedStringElement) {
            m_sharedStrings.append(decodeEscapes(readRichText(xml)));
        }
    }
    if (xml.hasError()) {
        *error = m_package.xmlError(m_sharedStringsPart, xml);
        return false;
    }
    return true;
}

bool XlsxReader::readWorksheet(const Sheet& sheet, Table* table, QString* error)
{
    const auto data = m_package.read(sheet.part, error);
    if (!data) {
        return false;
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheetData")) {
            break;
        }
    }
    int lastRow = 0;
    while (!xml.atEnd() && !xml.hasError() && xml.readNextStartElement()) {
        if (xml.name() != RowElement) {
            xml.skipCurrentElement();
            continue;
        }
        int number = lastRow + 1;
        const auto reference = xml.attributes().value(QLatin1String("r"));
        if (!reference.isEmpty()) {
            bool valid = false;
            number = reference.toInt(&valid);
            if (!valid || number < 1 || number > CellReference::MaxRows) {
                *error = m_package.partError(sheet.part, tr("\"%1\" is not a row number").arg(reference));
                return false;
            }
        }
        if (number <= lastRow) {
            *error
                = m_package.partError(sheet.part, tr("row %1 comes after row %2").arg(number).arg(lastRow));
            return false;
        }
        QStringList cells;
        if (!readRow(xml, sheet.part, number, &cells, error)) {
            return false;
        }
        while (!cells.isEmpty() && cells.constLast().isEmpty()) {
            cells.removeLast();
        }
        if (!cells.isEmpty()) {
            for (int missing = table->rowCount() + 1; missing < number; ++missing) {
                table->appendRow(QStringList(), missing);
            }
            table->appendRow(cells, number);
        }
        lastRow = number;
    }
    if (xml.hasError()) {
        *error = m_package.xmlError(sheet.part, xml);
        return false;
    }
    return true;
}

bool XlsxReader::readRow(QXmlStreamReader& xml, const QString& part, int number, QStringList* cells,
                         QString* error)
{
    int lastColumn = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != CellElement) {
            xml.skipCurrentElement();
            continue;
        }
        const QString reference = xml.attributes().value(QLatin1String("r")).toString();
        const QString type = xml.attributes().value(QLatin1String("t")).toString();
        const int column = reference.isEmpty() ? lastColumn + 1 : CellReference::columnIndex(reference);
        if (column < 0 || column >= CellReference::MaxColumns) {
            *error = m_package.partError(part,
                                         tr("the cell reference \"%1\" in row %2 is not valid")
                                             .arg(reference, QString::number(number)));
            return false;
        }
        lastColumn = column;
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == ValueElement) {
                value = xml.readElementText();
            } else if (xml.name() == InlineStringElement) {
                inlineText = readRichText(xml);
            } else {
                xml.skipCurrentElement();
            }
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool valid = false;
            const int index = value.trimmed().toInt(&valid);
            if (!value.isEmpty() && (!valid || index < 0 || index >= m_sharedStrings.size())) {
                *error
                    = m_package.partError(part,
                                          tr("the cell %1 refers to shared string %2, which does not exist")
                                              .arg(CellReference::name(number - 1, column), value));
                return false;
            }
            text = value.isEmpty() ? QString() : m_sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            text = decodeEscapes(inlineText);
        } else if (type == QLatin1String("str")) {
            text = decodeEscapes(value);
        } else if (type == QLatin1String("b")) {
            text = value.isEmpty()                      ? QString()
                : value.trimmed() == QLatin1String("0") ? QStringLiteral("FALSE")
                                                        : QStringLiteral("TRUE");
        } else {
            // Numbers (t="n" or none), errors (t="e") and ISO dates (t="d"), as stored.
            text = value;
        }
        if (!text.isEmpty()) {
            while (cells->size() <= column) {
                cells->append(QString());
            }
            (*cells)[column] = text;
        }
    }
    return true;
}

QString XlsxReader::readRichText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == TextElement) {
            text += xml.readElementText();
        } else if (xml.name() == RunElement) {
            while (xml.readNextStartElement()) {
                if (xml.name() == TextElement) {
                    text += xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            // <rPh> (phonetic runs) and <phoneticPr>.
            xml.skipCurrentElement();
        }
    }
    return text;
}

const XlsxReader::Sheet* XlsxReader::findSheet(const QString& name) const
{
    for (const auto& sheet : m_sheets) {
        if (name.isEmpty() ? sheet.isWorksheet : sheet.name == name) {
            return &sheet;
        }
    }
    if (name.isEmpty()) {
        return nullptr;
    }
    for (const auto& sheet : m_sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &sheet;
        }
    }
    return nullptr;
}

} // namespace danhgia
