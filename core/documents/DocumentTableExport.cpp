#include "documents/DocumentTableExport.h"

#include "tabular/CsvWriter.h"
#include "tabular/XlsxWriter.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace danhgia {

namespace {

QString numberFormat(int decimals)
{
    if (decimals <= 0) {
        return decimals == 0 ? QStringLiteral("0") : QString();
    }
    return QStringLiteral("0.") + QString(decimals, QLatin1Char('0'));
}

double columnWidth(const DocumentTable& table, int column)
{
    int longest = column < table.headers.size() ? int(table.headers.at(column).size() * 0.8) : 4;
    for (const auto& row : table.rows) {
        if (column < row.size()) {
            longest = qMax(longest, int(row.at(column).displayText().size()));
        }
    }
    return qBound(6.0, longest + 2.0, 60.0);
}

QString plainCsvText(const DocumentCell& cell)
{
    if (!cell.number) {
        return cell.text;
    }
    // decimals -1: the shortest exact text ("85.75", "85").
    return cell.decimals >= 0 ? cell.number->toString(cell.decimals) : cell.number->toString();
}

} // namespace

QString DocumentTableExport::sheetName(const QString& wanted, const QStringList& taken)
{
    QString name = wanted;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("-"));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\''))) {
        name.remove(0, 1);
    }
    if (name.isEmpty()) {
        name = tr("Table");
    }
    name = name.left(31);
    while (name.endsWith(QLatin1Char('\''))) {
        name.chop(1);
    }
    QString candidate = name;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

bool DocumentTableExport::writeXlsx(const QList<DocumentTable>& tables, const QString& path, QString* error)
{
    XlsxWriter xlsx(path);
    QStringList taken;
    for (const DocumentTable& table : tables) {
        const QString name = sheetName(table.name, taken);
        taken.append(name);
        int row = 0;
        xlsx.addSheet(name);
        if (!table.caption.isEmpty()) {
            xlsx.writeText(row++, 0, table.caption);
        }
        xlsx.writeHeader(table.headers, row++);
        for (int column = 0; column < table.headers.size(); ++column) {
            xlsx.setColumnWidth(column, columnWidth(table, column));
        }
        for (const auto& cells : table.rows) {
            for (int column = 0; column < cells.size(); ++column) {
                const DocumentCell& cell = cells.at(column);
                if (cell.number) {
                    // An Excel cell holds an IEEE double; a value of at most four decimals is
                    // shown exactly by the number format.
                    xlsx.writeNumber(row, column, cell.number->toDouble(), numberFormat(cell.decimals));
                } else {
                    xlsx.writeText(row, column, cell.text);
                }
            }
            ++row;
        }
    }
    if (!xlsx.close()) {
        if (error) {
            *error = xlsx.errorString();
        }
        return false;
    }
    return true;
}

QStringList DocumentTableExport::writeCsv(const QList<DocumentTable>& tables, const QString& path,
                                          QString* error)
{
    QStringList written;
    const QFileInfo info(path);
    for (const DocumentTable& table : tables) {
        QString file = path;
        if (tables.size() > 1) {
            const QString slug = VietnameseText::fileNameSlug(table.name);
            file = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + slug
                                       + QStringLiteral(".csv"));
        }
        QList<QStringList> rows{table.headers};
        for (const auto& cells : table.rows) {
            QStringList fields;
            for (const DocumentCell& cell : cells) {
                fields.append(plainCsvText(cell));
            }
            rows.append(fields);
        }
        if (!CsvWriter::writeFile(file, rows, error)) {
            return {};
        }
        written.append(file);
    }
    return written;
}

} // namespace danhgia
