#include "tabular/XlsxWriter.h"

#include "tabular/CellReference.h"

#include <QDir>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace danhgia {

namespace {

// The widest column and the longest text Excel accepts.
constexpr double MaxColumnWidth = 255;
constexpr qsizetype MaxTextLength = 32767;
constexpr qsizetype MaxSheetNameLength = 31;

} // namespace

XlsxWriter::XlsxWriter(const QString& fileName)
    : m_fileName(fileName)
{ }

bool XlsxWriter::addSheet(const QString& name)
{
    if (!usable()) {
        return false;
    }
    static const QString Forbidden = QStringLiteral("[]:*?/\\");
    const bool forbidden
        = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return Forbidden.contains(c); });
    QString problem;
    if (name.isEmpty()) {
        problem = tr("a sheet needs a name");
    } else if (name.size() > MaxSheetNameLength) {
        problem = tr("the sheet name \"%1\" is longer than 31 characters").arg(name);
    } else if (forbidden) {
        problem = tr("the sheet name \"%1\" contains one of [ ] : * ? / \\").arg(name);
    } else if (name.startsWith(u'\'') || name.endsWith(u'\'')) {
        problem = tr("the sheet name \"%1\" starts or ends with an apostrophe").arg(name);
    } else {
        for (const auto& sheet : std::as_const(m_sheets)) {
            if (sheet.name.compare(name, Qt::CaseInsensitive) == 0) {
                problem = tr("there is already a sheet named \"%1\"").arg(sheet.name);
            }
        }
    }
    if (!problem.isEmpty()) {
        return fail(problem);
    }
    XlsxParts::Sheet sheet;
    sheet.name = name;
    m_sheets.append(sheet);
    return true;
}

bool XlsxWriter::writeHeader(const QStringList& titles, int row)
{
    if (!checkCell(row, std::max(0, static_cast<int>(titles.size()) - 1))) {
        return false;
    }
    for (int column = 0; column < titles.size(); ++column) {
        if (titles.at(column).size() > MaxTextLength) {
            return writeText(row, column, titles.at(column));
        }
        XlsxParts::Cell cell;
        cell.style = XlsxParts::HeaderStyle;
        cell.number = std::numeric_limits<double>::quiet_NaN();
        if (!titles.at(column).isEmpty()) {
            cell.sharedString = sharedString(titles.at(column));
        }
        putCell(row, column, cell);
    }
    m_sheets.last().frozenRows = row + 1;
    return true;
}

bool XlsxWriter::setColumnWidth(int column, double width)
{
    if (!checkCell(0, column)) {
        return false;
    }
    if (!(width >= 0 && width <= MaxColumnWidth)) {
        return fail(tr("the width %1 of column %2 is not between 0 and 255")
                        .arg(QString::number(width), CellReference::columnName(column)));
    }
    m_sheets.last().columnWidths.insert(column, width);
    return true;
}

bool XlsxWriter::setColumnWidths(const QList<double>& widths)
{
    for (int column = 0; column < widths.size(); ++column) {
        if (!setColumnWidth(column, widths.at(column))) {
            return false;
        }
    }
    return true;
}

bool XlsxWriter::writeText(int row, int column, const QString& text)
{
    if (!checkCell(row, column)) {
        return false;
    }
    if (text.size() > MaxTextLength) {
        return fail(
            tr("the text of the cell %1 of the sheet \"%2\" is longer than the 32767 characters a cell "
               "can hold")
                .arg(CellReference::name(row, column), m_sheets.last().name));
    }
    if (text.isEmpty()) {
        auto& rows = m_sheets.last().rows;
        const auto cells = rows.find(row);
        if (cells != rows.end()) {
            cells->remove(column);
            if (cells->isEmpty()) {
                rows.erase(cells);
            }
        }
        return true;
    }
    XlsxParts::Cell cell;
    cell.sharedString = sharedString(text);
    putCell(row, column, cell);
    return true;
}

bool XlsxWriter::writeNumber(int row, int column, double value, const QString& numberFormat)
{
    if (!checkCell(row, column)) {
        return false;
    }
    if (!std::isfinite(value)) {
        return fail(tr("the cell %1 of the sheet \"%2\" cannot hold %3, which is not a number")
                        .arg(CellReference::name(row, column), m_sheets.last().name, QString::number(value)));
    }
    XlsxParts::Cell cell;
    cell.number = value;
    cell.style = numberFormat.isEmpty() ? 0 : numberStyle(numberFormat);
    putCell(row, column, cell);
    return true;
}

bool XlsxWriter::close()
{
    if (!usable()) {
        return false;
    }
    m_closed = true;
    if (m_sheets.isEmpty()) {
        XlsxParts::Sheet sheet;
        sheet.name = QStringLiteral("Sheet1");
        m_sheets.append(sheet);
    }
    QStringList names;
    for (const auto& sheet : std::as_const(m_sheets)) {
        names.append(sheet.name);
    }
    const int count = static_cast<int>(m_sheets.size());
    QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), XlsxParts::contentTypes(count)},
        {QStringLiteral("_rels/.rels"), XlsxParts::packageRelationships()},
        {QStringLiteral("xl/workbook.xml"), XlsxParts::workbook(names)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), XlsxParts::workbookRelationships(count)},
        {QStringLiteral("xl/styles.xml"), XlsxParts::styles(m_numberFormats)},
        {QStringLiteral("xl/sharedStrings.xml"), XlsxParts::sharedStrings(m_strings, m_stringReferences)},
    };
    for (int i = 0; i < count; ++i) {
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      XlsxParts::worksheet(m_sheets.at(i), i == 0)});
    }

    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("The file \"%1\" cannot be created: %2")
                      .arg(QDir::toNativeSeparators(m_fileName), file.errorString());
        return false;
    }
    QuaZip zip(&file);
    // QSaveFile must not be closed, only committed.
    zip.setAutoClose(false);
    bool written = zip.open(QuaZip::mdCreate);
    for (const auto& part : std::as_const(parts)) {
        if (!written) {
            break;
        }
        QuaZipFile entry(&zip);
        written = entry.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first))
            && entry.write(part.second) == part.second.size();
        entry.close();
        written = written && entry.getZipError() == ZIP_OK;
    }
    zip.close();
    written = written && zip.getZipError() == ZIP_OK;
    if (!written || !file.commit()) {
        m_error = tr("The file \"%1\" cannot be written: %2")
                      .arg(QDir::toNativeSeparators(m_fileName),
                           file.error() != QFileDevice::NoError ? file.errorString()
                                                                : tr("zip error %1").arg(zip.getZipError()));
        return false;
    }
    m_sheets.clear();
    return true;
}

bool XlsxWriter::usable()
{
    if (hasError()) {
        return false;
    }
    if (m_closed) {
        return fail(tr("the workbook was already closed"));
    }
    return true;
}

bool XlsxWriter::checkCell(int row, int column)
{
    if (!usable()) {
        return false;
    }
    if (m_sheets.isEmpty()) {
        return fail(tr("no sheet was added to write to"));
    }
    if (row < 0 || row >= CellReference::MaxRows || column < 0 || column >= CellReference::MaxColumns) {
        return fail(tr("row %1, column %2 is outside a sheet").arg(row + 1).arg(column + 1));
    }
    return true;
}

bool XlsxWriter::fail(const QString& problem)
{
    if (m_error.isEmpty()) {
        m_error
            = tr("The file \"%1\" cannot be written: %2").arg(QDir::toNativeSeparators(m_fileName), problem);
    }
    return false;
}

void XlsxWriter::putCell(int row, int column, const XlsxParts::Cell& cell)
{
    m_sheets.last().rows[row].insert(column, cell);
}

int XlsxWriter::sharedString(const QString& text)
{
    ++m_stringReferences;
    const auto found = m_stringIndex.constFind(text);
    if (found != m_stringIndex.constEnd()) {
        return *found;
    }
    const int index = static_cast<int>(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, index);
    return index;
}

int XlsxWriter::numberStyle(const QString& code)
{
    auto index = m_numberFormats.indexOf(code);
    if (index < 0) {
        index = m_numberFormats.size();
        m_numberFormats.append(code);
    }
    return XlsxParts::FirstNumberStyle + static_cast<int>(index);
}

} // namespace danhgia
