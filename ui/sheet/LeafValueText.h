#pragma once

#include "criteria/Criterion.h"
#include "numbers/Decimal.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace danhgia::ui {

// How the score sheet form writes numbers and values: the Vietnamese way (85,67), a value in
// words fitting its method ("9/10", "Yes", "Khá", "2 of 3 tasks done").
class LeafValueText
{
    Q_DECLARE_TR_FUNCTIONS(LeafValueText)

public:
    static QLocale locale() { return QLocale(QLocale::Vietnamese); }
    static QString number(Decimal value) { return value.toLocaleString(locale()); }
    // With its sign: "+1,5", "-2".
    static QString signedNumber(Decimal value);
    // Text typed by a user ("8,5", or "8.5" when there is no comma) as an exact decimal; spaces
    // and the Vietnamese thousands separator before a comma are ignored.
    static std::optional<Decimal> parse(const QString& text);
    // A whole number typed by a user (a count): "1.000" and "1 000" are a thousand; empty when
    // the text is not a whole number ("1,5", "abc") or too large.
    static std::optional<qint64> parseWholeNumber(const QString& text);

    // The value of a leaf in words; empty when there is none.
    static QString valueText(const Criterion& leaf, const std::optional<LeafValue>& value);
    // The largest value a leaf can give, as shown in the "Maximum" column ("-2" for a deduction).
    static QString maximumText(const Criterion& node);
};

} // namespace danhgia::ui
