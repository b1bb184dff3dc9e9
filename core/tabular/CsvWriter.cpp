#include "tabular/CsvWriter.h"

#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace danhgia {

namespace {

const QByteArray ByteOrderMark("\xEF\xBB\xBF");

bool needsQuotes(const QString& field)
{
    if (field.isEmpty()) {
        return false;
    }
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u';' || c == u'\t') {
            return true;
        }
    }
    return field.front().isSpace() || field.back().isSpace();
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{ }

bool CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_ok) {
        return false;
    }
    QByteArray bytes;
    if (!m_bomWritten) {
        bytes = ByteOrderMark;
        m_bomWritten = true;
    }
    bytes += encodeRow(fields);
    m_ok = m_device->write(bytes) == bytes.size();
    return m_ok;
}

QByteArray CsvWriter::toCsv(const QList<QStringList>& rows)
{
    QByteArray bytes = ByteOrderMark;
    for (const auto& row : rows) {
        bytes += encodeRow(row);
    }
    return bytes;
}

QByteArray CsvWriter::encodeRow(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += quoteField(fields.at(i));
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

QString CsvWriter::quoteField(const QString& field)
{
    if (!needsQuotes(field)) {
        return field;
    }
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeFile(const QString& fileName, const QList<QStringList>& rows, QString* error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("The file \"%1\" cannot be created: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    CsvWriter writer(&file);
    for (const auto& row : rows) {
        writer.writeRow(row);
    }
    if (rows.isEmpty()) {
        file.write(ByteOrderMark);
    }
    if (!writer.isOk() || !file.commit()) {
        if (error) {
            *error = tr("The file \"%1\" cannot be written: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace danhgia
