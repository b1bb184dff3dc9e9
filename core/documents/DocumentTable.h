#pragma once

#include "Decimal.h"

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
    QList<QList<DocumentCell>> rows;
    // Cells start at the top of their row, as in Word's tables, instead of being centred. Long
    // tables of several-line cells need it: Qt centres the cells of a row that breaks across pages
    // on the row's whole height, page gap included, which draws them over the next page's
    // repeated header row.
    bool topAligned = false;

    void addRow(const QList<DocumentCell>& cells) { rows.append(cells); }
    Align alignOf(int column, const DocumentCell& cell) const;
    // The table as QTextDocument HTML: one header row repeated on every page, thin black rules.
    QString toHtml() const;
};

} // namespace danhgia
