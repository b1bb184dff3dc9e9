#include "tabular/CsvReader.h"

#include <QDir>
#include <QStringDecoder>

#include <array>

namespace danhgia {

namespace {

// Records looked at to detect the delimiter.
constexpr int DetectionSample = 20;

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Moves past one line end (CRLF, LF or CR) at pos.
qsizetype skipLineEnd(QStringView text, qsizetype pos)
{
    if (pos < text.size() && text.at(pos) == u'\r') {
        ++pos;
    }
    if (pos < text.size() && text.at(pos) == u'\n') {
        ++pos;
    }
    return pos;
}

} // namespace

std::optional<Table> CsvReader::read(const QByteArray& data, const QString& sourceName, QChar delimiter,
                                     QString* error)
{
    const auto text = decode(data, sourceName, error);
    if (!text) {
        return std::nullopt;
    }
    QStringView rest(*text);
    int firstLine = 1;
    // Excel's own hint, "sep=;" alone on the first line.
    if (rest.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && rest.size() >= 5
        && (rest.size() == 5 || isLineEnd(rest.at(5)))) {
        if (delimiter.isNull()) {
            delimiter = rest.at(4);
        }
        rest = rest.mid(skipLineEnd(rest, 5));
        firstLine = 2;
    }
    if (delimiter.isNull()) {
        delimiter = detectDelimiter(rest);
    }
    Table table;
    table.sourceName = sourceName;
    const int openLine = parse(rest, delimiter, firstLine, -1, &table);
    if (openLine > 0) {
        if (error) {
            *error = tr("The file \"%1\" is not valid CSV: the quoted field that starts on line %2 has no "
                        "closing quote.")
                         .arg(QDir::toNativeSeparators(sourceName), QString::number(openLine));
        }
        return std::nullopt;
    }
    return table;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> Candidates{u',', u';', u'\t'};
    QChar best = u',';
    double bestConsistency = 0;
    qsizetype bestFields = 1;
    for (const char16_t candidate : Candidates) {
        Table sample;
        parse(text, QChar(candidate), 1, DetectionSample, &sample);
        qsizetype fields = 0;
        int records = 0;
        int agreeing = 0;
        for (const auto& row : sample.rows) {
            if (row.isEmpty()) {
                continue;
            }
            if (records == 0) {
                fields = row.size();
            }
            ++records;
            agreeing += row.size() == fields ? 1 : 0;
        }
        if (fields < 2) {
            continue;
        }
        const double consistency = static_cast<double>(agreeing) / records;
        if (consistency > bestConsistency || (consistency == bestConsistency && fields > bestFields)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestFields = fields;
        }
    }
    return best;
}

std::optional<QString> CsvReader::decode(const QByteArray& data, const QString& sourceName, QString* error)
{
    const auto encoding = QStringConverter::encodingForData(data).value_or(QStringConverter::Utf8);
    // The decoder skips a byte order mark at the start.
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(data);
    if (!decoder.hasError()) {
        return text;
    }
    // Find the first line that is not valid, for the message.
    int line = 1;
    if (encoding == QStringConverter::Utf8) {
        const auto lines = data.split('\n');
        for (const auto& bytes : lines) {
            QStringDecoder lineDecoder(QStringConverter::Utf8);
            const QString decoded = lineDecoder.decode(bytes);
            Q_UNUSED(decoded)
            if (lineDecoder.hasError()) {
                break;
            }
            ++line;
        }
    }
    if (error) {
        *error = tr("The file \"%1\" is not UTF-8 text (line %2). In Excel, save it as \"CSV UTF-8 (Comma "
                    "delimited)\".")
                     .arg(QDir::toNativeSeparators(sourceName), QString::number(line));
    }
    return std::nullopt;
}

int CsvReader::parse(QStringView text, QChar delimiter, int firstLine, int maxRecords, Table* table)
{
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = firstLine;
    int records = 0;
    while (pos < size && (maxRecords < 0 || records < maxRecords)) {
        const int recordLine = line;
        ++records;
        if (isLineEnd(text.at(pos))) {
            table->appendRow(QStringList(), recordLine);
            pos = skipLineEnd(text, pos);
            ++line;
            continue;
        }
        QStringList fields;
        while (true) {
            QString field;
            if (pos < size && text.at(pos) == u'"') {
                const int quoteLine = line;
                ++pos;
                bool closed = false;
                while (pos < size) {
                    qsizetype end = pos;
                    while (end < size && text.at(end) != u'"' && !isLineEnd(text.at(end))) {
                        ++end;
                    }
                    field += text.mid(pos, end - pos);
                    pos = end;
                    if (pos == size) {
                        break;
                    }
                    if (isLineEnd(text.at(pos))) {
                        field += u'\n';
                        pos = skipLineEnd(text, pos);
                        ++line;
                    } else if (pos + 1 < size && text.at(pos + 1) == u'"') {
                        field += u'"';
                        pos += 2;
                    } else {
                        ++pos;
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    return quoteLine;
                }
            }
            qsizetype end = pos;
            while (end < size && text.at(end) != delimiter && !isLineEnd(text.at(end))) {
                ++end;
            }
            field += text.mid(pos, end - pos);
            pos = end;
            fields.append(field);
            if (pos < size && text.at(pos) == delimiter) {
                ++pos;
                continue;
            }
            break;
        }
        if (pos < size) {
            pos = skipLineEnd(text, pos);
            ++line;
        }
        table->appendRow(fields, recordLine);
    }
    return 0;
}

} // namespace danhgia
