#include "tabular/XlsReader.h"

#include "tabular/CellReference.h"
#include "tabular/TabularReader.h"
#include "tabular/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>
#include <memory>

namespace danhgia {

namespace {

// Numbers with a larger magnitude are written with 15 significant digits even when whole: a
// double has no more exact digits than that to show.
constexpr double LargestWholeNumber = 1e15;

// An open FreeXL workbook, closed when it goes out of scope (FreeXL wants a close even after a
// failed open).
QString damaged(const QString& file, int status)
{
    return XlsReader::tr(
               "The file \"%1\" cannot be read as an Excel 97-2003 workbook (.xls) (FreeXL error %2). "
               "It may be damaged. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "
               "CSV UTF-8.")
        .arg(file, QString::number(status));
}

class Workbook
{
public:
    Workbook() = default;
    ~Workbook()
    {
        if (m_handle) {
            freexl_close(m_handle);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool open(const QString& fileName, QString* error);
    const void* handle() const { return m_handle; }
    std::optional<QStringList> sheetNames(QString* error) const;

private:
    QString m_file;
    const void* m_handle = nullptr;
    // A copy under a name FreeXL can open, when the file's own name has characters the local
    // 8-bit encoding cannot write (FreeXL opens files with fopen()).
    std::unique_ptr<QTemporaryFile> m_copy;
};

bool Workbook::open(const QString& fileName, QString* error)
{
    m_file = QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TabularReader::tr("The file \"%1\" cannot be opened: %2").arg(m_file, file.errorString());
        return false;
    }
    QByteArray path = QFile::encodeName(fileName);
    if (QFile::decodeName(path) != fileName) {
        m_copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/danhgia-XXXXXX.xls"));
        if (!m_copy->open() || m_copy->write(file.readAll()) != file.size() || !m_copy->flush()) {
            *error
                = TabularReader::tr("The file \"%1\" cannot be read: %2").arg(m_file, m_copy->errorString());
            return false;
        }
        path = QFile::encodeName(m_copy->fileName());
    }
    file.close();
    const int status = freexl_open(path.constData(), &m_handle);
    if (status == FREEXL_BIFF_WORKBOOK_NOT_FOUND) {
        // An OLE file without a workbook stream: an .xlsx encrypted with a password, or a
        // document of another program.
        *error = XlsReader::tr(
                     "The file \"%1\" is a workbook protected with a password, or not a workbook at all, and "
                     "cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) without a "
                     "password, or as CSV UTF-8.")
                     .arg(m_file);
        return false;
    }
    if (status != FREEXL_OK) {
        *error = damaged(m_file, status);
        return false;
    }
    unsigned int password = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED) {
        *error
            = XlsReader::tr(
                  "The file \"%1\" is protected with a password, which cannot be read. Open it in Excel and "
                  "save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8.")
                  .arg(m_file);
        return false;
    }
    return true;
}

std::optional<QStringList> Workbook::sheetNames(QString* error) const
{
    unsigned int count = 0;
    int status = freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    QStringList names;
    for (unsigned int i = 0; status == FREEXL_OK && i < count; ++i) {
        const char* name = nullptr;
        status = freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name);
        names.append(QString::fromUtf8(name ? name : ""));
    }
    if (status != FREEXL_OK) {
        *error = damaged(m_file, status);
        return std::nullopt;
    }
    return names;
}

QString cellText(const FreeXL_CellValue& value)
{
    switch (value.type) {
        case FREEXL_CELL_INT:
            return QString::number(value.value.int_value);
        case FREEXL_CELL_DOUBLE:
            return XlsReader::numberText(value.value.double_value);
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            return value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
        default:
            return QString();
    }
}

} // namespace

QString XlsReader::numberText(double value)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    if (value == std::floor(value) && std::fabs(value) < LargestWholeNumber) {
        return QString::number(static_cast<qint64>(value));
    }
    // 'g' drops trailing zeros; 15 significant digits are what Excel shows of a double.
    return QString::number(value, 'g', 15);
}

std::optional<QStringList> XlsReader::sheetNames(const QString& fileName, QString* error)
{
    Workbook workbook;
    if (!workbook.open(fileName, error)) {
        return std::nullopt;
    }
    return workbook.sheetNames(error);
}

std::optional<Table> XlsReader::read(const QString& fileName, const QString& sheetName, QString* error)
{
    Workbook workbook;
    if (!workbook.open(fileName, error)) {
        return std::nullopt;
    }
    const auto names = workbook.sheetNames(error);
    if (!names) {
        return std::nullopt;
    }
    const QString file = QDir::toNativeSeparators(fileName);
    qsizetype index = sheetName.isEmpty() ? (names->isEmpty() ? -1 : 0) : names->indexOf(sheetName);
    for (qsizetype i = 0; index < 0 && !sheetName.isEmpty() && i < names->size(); ++i) {
        if (names->at(i).compare(sheetName, Qt::CaseInsensitive) == 0) {
            index = i;
        }
    }
    if (index < 0 && sheetName.isEmpty()) {
        *error = XlsxReader::tr("The file \"%1\" has no worksheet.").arg(file);
        return std::nullopt;
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString& name : *names) {
            quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
        }
        *error = XlsxReader::tr("The file \"%1\" has no sheet named \"%2\"; its sheets are %3.")
                     .arg(file, sheetName, quoted.join(QLatin1String(", ")));
        return std::nullopt;
    }
    Table table;
    table.sourceName = fileName;
    table.sheetName = names->at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    int status = freexl_select_active_worksheet(workbook.handle(), static_cast<unsigned short>(index));
    if (status == FREEXL_OK) {
        status = freexl_worksheet_dimensions(workbook.handle(), &rows, &columns);
    }
    int lastWithValue = -1;
    for (unsigned int row = 0; status == FREEXL_OK && row < rows; ++row) {
        QStringList cells;
        for (unsigned short column = 0; column < columns; ++column) {
            FreeXL_CellValue value;
            status = freexl_get_cell_value(workbook.handle(), row, column, &value);
            if (status != FREEXL_OK) {
                *error = tr("The sheet \"%2\" of the file \"%1\" cannot be read at the cell %3 (FreeXL error "
                            "%4).")
                             .arg(file, table.sheetName, CellReference::name(static_cast<int>(row), column),
                                  QString::number(status));
                return std::nullopt;
            }
            cells.append(cellText(value));
        }
        while (!cells.isEmpty() && cells.constLast().isEmpty()) {
            cells.removeLast();
        }
        if (!cells.isEmpty()) {
            lastWithValue = static_cast<int>(row);
        }
        table.appendRow(cells, static_cast<int>(row) + 1);
    }
    if (status != FREEXL_OK) {
        *error = damaged(file, status);
        return std::nullopt;
    }
    table.rows.resize(lastWithValue + 1);
    table.rowNumbers.resize(lastWithValue + 1);
    return table;
}

} // namespace danhgia
