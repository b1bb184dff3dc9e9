#include "tabular/TabularReader.h"

#include "tabular/CsvReader.h"
#include "tabular/XlsReader.h"
#include "tabular/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace danhgia {

namespace {

const QByteArray ZipMagic("PK\x03\x04", 4);
const QByteArray OleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// Lets the readers write their message whether or not the caller wants it.
QString* errorSink(QString* error, QString* local)
{
    return error ? error : local;
}

} // namespace

TabularReader::Format TabularReader::formatOf(const QString& fileName)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray start = file.read(OleMagic.size());
        if (start.startsWith(ZipMagic)) {
            return Format::Xlsx;
        }
        if (start == OleMagic) {
            return Format::Ole;
        }
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        return Format::Xlsx;
    }
    if (suffix == QLatin1String("xls")) {
        return Format::Ole;
    }
    return Format::Csv;
}

std::optional<Table> TabularReader::read(const QString& fileName, QString* error,
                                         const TabularReadOptions& options)
{
    QString local;
    QString* sink = errorSink(error, &local);
    switch (formatOf(fileName)) {
        case Format::Xlsx:
            return readXlsx(fileName, sink, options);
        case Format::Ole:
            return readXls(fileName, sink, options);
        case Format::Csv:
            break;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *sink = tr("The file \"%1\" cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *sink = tr("The file \"%1\" cannot be read: %2")
                    .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return std::nullopt;
    }
    return readCsv(data, fileName, sink, options);
}

std::optional<Table> TabularReader::readCsv(const QByteArray& data, const QString& sourceName, QString* error,
                                            const TabularReadOptions& options)
{
    QString local;
    QString* sink = errorSink(error, &local);
    auto table = CsvReader::read(data, sourceName, options.delimiter, sink);
    if (!table) {
        return std::nullopt;
    }
    return finish(std::move(*table), options, sink);
}

std::optional<Table> TabularReader::readXlsx(const QString& fileName, QString* error,
                                             const TabularReadOptions& options)
{
    QString local;
    QString* sink = errorSink(error, &local);
    auto table = XlsxReader::read(fileName, options.sheetName, sink);
    if (!table) {
        return std::nullopt;
    }
    return finish(std::move(*table), options, sink);
}

std::optional<Table> TabularReader::readXls(const QString& fileName, QString* error,
                                            const TabularReadOptions& options)
{
    QString local;
    QString* sink = errorSink(error, &local);
    auto table = XlsReader::read(fileName, options.sheetName, sink);
    if (!table) {
        return std::nullopt;
    }
    return finish(std::move(*table), options, sink);
}

std::optional<QStringList> TabularReader::sheetNames(const QString& fileName, QString* error)
{
    QString local;
    if (formatOf(fileName) == Format::Ole) {
        return XlsReader::sheetNames(fileName, errorSink(error, &local));
    }
    return XlsxReader::sheetNames(fileName, errorSink(error, &local));
}

QChar TabularReader::detectDelimiter(const QString& text)
{
    return CsvReader::detectDelimiter(text);
}

std::optional<Table> TabularReader::finish(Table table, const TabularReadOptions& options, QString* error)
{
    const auto allEmpty = [](const QStringList& cells) {
        return std::all_of(cells.cbegin(), cells.cend(), [](const QString& text) { return text.isEmpty(); });
    };
    while (!table.rows.isEmpty() && allEmpty(table.rows.constLast())) {
        table.rows.removeLast();
        table.rowNumbers.removeLast();
    }
    if (options.headerRow <= 0) {
        return table;
    }
    const QString where = table.sheetName.isEmpty()
        ? tr("The file \"%1\"").arg(QDir::toNativeSeparators(table.sourceName))
        : tr("The sheet \"%2\" of the file \"%1\"")
              .arg(QDir::toNativeSeparators(table.sourceName), table.sheetName);
    if (table.rows.isEmpty()) {
        *error = tr("%1 is empty.").arg(where);
        return std::nullopt;
    }
    const auto header = std::find(table.rowNumbers.cbegin(), table.rowNumbers.cend(), options.headerRow);
    if (header == table.rowNumbers.cend()) {
        *error = table.sheetName.isEmpty()
            ? tr("%1 has no record that starts on line %2, where the header was expected.")
                  .arg(where, QString::number(options.headerRow))
            : tr("%1 has no row %2, where the header was expected.")
                  .arg(where, QString::number(options.headerRow));
        return std::nullopt;
    }
    const auto index = std::distance(table.rowNumbers.cbegin(), header);
    table.header = table.rows.at(index);
    table.headerNumber = options.headerRow;
    table.rows.remove(0, index + 1);
    table.rowNumbers.remove(0, index + 1);
    return table;
}

} // namespace danhgia
