#pragma once

#include "numbers/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// One cell of a document table: text, or an exact number shown the Vietnamese way (85,7) and
// exported to spreadsheets as a number.
struct DocumentCell
{
    QString text;
    std::optional<Decimal> number;
    int decimals = -1; // places shown; -1: the shortest exact text
    bool bold = false;

    static DocumentCell fromText(const QString& text, bool bold = false);
    static DocumentCell fromNumber(Decimal number, int decimals = -1, bool bold = false);
    static DocumentCell fromInteger(qint64 number, bool bold = false);
    // What the printed document shows: the text, or the number with "," as decimal sign.
    QString displayText() const;
};

// A table of a document, printed in the document and exported as it is to .xlsx and .csv.
struct DocumentTable
{
    enum class Align
    {
        Left,
        Center,
        Right,
    };

    QString name; // the worksheet's name (at most 31 characters) and the CSV file's suffix
    QString caption; // printed above the table when not empty
    QStringList headers;
    QList<int> widths; // per column, percent of the text width
    QList<Align> aligns; // per column; numbers are right-aligned when not given
    qreal pointSize = 0; // the table's font size; 0: the documents' table size (12 pt)
    QList<QList<DocumentCell>> rows;

    void addRow(const QList<DocumentCell>& cells) { rows.append(cells); }
    Align alignOf(int column, const DocumentCell& cell) const;
    // The table as QTextDocument HTML: one header row repeated on every page, thin black rules.
    QString toHtml() const;
};

} // namespace danhgia
