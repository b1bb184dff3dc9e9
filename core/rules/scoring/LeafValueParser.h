#pragma once

#include "criteria/Criterion.h"
#include "numbers/Decimal.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia {

// The value of a leaf criterion written as text in a cell of a spreadsheet, as an officer types
// it, turned into the value a score sheet holds:
// - points (points) and a value (relative): "8,5" or "8.5"; with a comma, dots are thousands;
// - yes/no: "có", "x", "đạt", "1" for yes; "không", "không đạt", "0" for no (case and accents
//   do not matter);
// - levels: the title of a level ("Tốt", or "tot"), else its position 1..n as listed;
// - ratio and linear: "done/total" ("9/10");
// - deduct: a whole number of items;
// - "không áp dụng" (or "KAD", "N/A") marks the leaf not applicable.
// A task list is not written in one cell: the task list of its own file is imported instead.
// The value is then checked against the leaf's method (LeafScorer): a value the method refuses
// is refused here, with what the leaf accepts.
class LeafValueParser
{
    Q_DECLARE_TR_FUNCTIONS(LeafValueParser)

public:
    // The value, or nothing with `error` set (in the user's language; it does not repeat the
    // criterion's code, which the caller names). `text` must not be blank.
    static std::optional<LeafValue> parse(const Criterion& leaf, int decimals, const QString& text,
                                          QString* error);

    // "8,5", "8.5", "1.000,25": an exact decimal; nothing when the text is not a number.
    static std::optional<Decimal> parseNumber(const QString& text);
    // A whole number from 0 ("12", "1.000"); nothing otherwise.
    static std::optional<qint64> parseCount(const QString& text);
    // Yes or no in the words above; nothing when the text is neither.
    static std::optional<bool> parseYesNo(const QString& text);
    // Whether the text says "not applicable".
    static bool isNotApplicable(const QString& text);

private:
    static std::optional<LeafValue> read(const Criterion& leaf, const QString& text, QString* error);
    static std::optional<LeafValue> readLevel(const Criterion& leaf, const QString& text, QString* error);
    static std::optional<LeafValue> readRatio(const QString& text, QString* error);
};

} // namespace danhgia
