#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;

namespace danhgia {

// Writes CSV that Excel opens with the right characters and columns in any locale: UTF-8 with a
// byte order mark, comma separated, CRLF after every record (RFC 4180). A field is quoted when it
// contains a comma, a quote (doubled), a line break, a semicolon or a tab (so that a reader that
// guesses the delimiter is not misled), or starts or ends with a space.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // Writes to an open device; the byte order mark goes before the first record.
    explicit CsvWriter(QIODevice* device);

    bool writeRow(const QStringList& fields);
    // False once a write to the device failed.
    bool isOk() const { return m_ok; }

    // The whole file, byte order mark included.
    static QByteArray toCsv(const QList<QStringList>& rows);
    // One record with its CRLF, without byte order mark.
    static QByteArray encodeRow(const QStringList& fields);
    static QString quoteField(const QString& field);
    // Writes the file through a temporary one, so that a failure leaves the old file intact.
    static bool writeFile(const QString& fileName, const QList<QStringList>& rows, QString* error);

private:
    QIODevice* m_device;
    bool m_bomWritten = false;
    bool m_ok = true;
};

} // namespace danhgia
