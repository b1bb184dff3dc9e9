#include "numbers/Decimal.h"

#include <cmath>

namespace danhgia {

namespace {

constexpr qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

// Largest magnitude accepted from input: a value times 10^4 must stay far from the int64
// limit so that sums and products of scores cannot overflow.
constexpr double MaxMagnitude = 1e11;

} // namespace

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value) || std::fabs(value) > MaxMagnitude) {
        return std::nullopt;
    }
    // |value × 10^4| ≤ 10^15 < 2^53 here, so llround gives the nearest count of 1/10000.
    return fromUnits(static_cast<qint64>(std::llround(value * static_cast<double>(UnitsPerOne))));
}

std::optional<Decimal> Decimal::fromString(const QString& text)
{
    const QString s = text.trimmed();
    int pos = 0;
    bool negative = false;
    if (pos < s.size() && (s[pos] == QLatin1Char('-') || s[pos] == QLatin1Char('+'))) {
        negative = s[pos] == QLatin1Char('-');
        ++pos;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
        if (whole > static_cast<qint64>(MaxMagnitude)) {
            return std::nullopt;
        }
        whole = whole * 10 + (s[pos].unicode() - '0');
        ++wholeDigits;
        ++pos;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (pos < s.size() && s[pos] == QLatin1Char('.')) {
        ++pos;
        while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
            if (fractionDigits == Places) {
                return std::nullopt;
            }
            fraction = fraction * 10 + (s[pos].unicode() - '0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0) {
            return std::nullopt;
        }
    }
    if (pos != s.size() || wholeDigits == 0) {
        return std::nullopt;
    }
    const qint64 units = whole * UnitsPerOne + fraction * powerOfTen(Places - fractionDigits);
    return fromUnits(negative ? -units : units);
}

Decimal Decimal::fromRatio(WideInt numerator, WideInt denominator, int places)
{
    Q_ASSERT(denominator != WideInt(0));
    Q_ASSERT(places >= 0 && places <= Places);
    if (denominator < WideInt(0)) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < WideInt(0);
    const WideInt magnitude = negative ? -numerator : numerator;
    const WideInt scaled = magnitude * WideInt(powerOfTen(places));
    WideInt quotient = scaled / denominator;
    const WideInt remainder = scaled % denominator;
    // Half up: away from zero when the remainder is at least half of the denominator.
    if (remainder * WideInt(2) >= denominator) {
        quotient = quotient + WideInt(1);
    }
    const WideInt units = quotient * WideInt(powerOfTen(Places - places));
    const auto value = narrowToInt64(units);
    return fromUnits(negative ? -value : value);
}

bool Decimal::hasAtMostPlaces(int places) const
{
    return m_units % powerOfTen(Places - places) == 0;
}

bool Decimal::isMultipleOf(Decimal step) const
{
    Q_ASSERT(step.m_units > 0);
    return m_units % step.m_units == 0;
}

Decimal Decimal::rounded(int places) const
{
    return fromRatio(WideInt(m_units), WideInt(UnitsPerOne), places);
}

qint64 Decimal::floorTimes(qint64 factor) const
{
    const WideInt product = WideInt(m_units) * WideInt(factor);
    WideInt quotient = product / WideInt(UnitsPerOne);
    if (product % WideInt(UnitsPerOne) != WideInt(0) && product < WideInt(0)) {
        quotient = quotient - WideInt(1);
    }
    return narrowToInt64(quotient);
}

Decimal Decimal::times(Decimal other, int places) const
{
    return fromRatio(WideInt(m_units) * WideInt(other.m_units), WideInt(UnitsPerOne) * WideInt(UnitsPerOne),
                     places);
}

QString Decimal::toString(int places) const
{
    const Decimal r = rounded(places);
    const qint64 magnitude = r.m_units < 0 ? -r.m_units : r.m_units;
    QString text = QString::number(magnitude / UnitsPerOne);
    if (places > 0) {
        const qint64 fraction = (magnitude % UnitsPerOne) / powerOfTen(Places - places);
        text += QLatin1Char('.') + QString::number(fraction).rightJustified(places, QLatin1Char('0'));
    }
    return r.m_units < 0 ? QLatin1Char('-') + text : text;
}

QString Decimal::toString() const
{
    int places = Places;
    while (places > 0 && hasAtMostPlaces(places - 1)) {
        --places;
    }
    return toString(places);
}

QString Decimal::toLocaleString(const QLocale& locale, int places) const
{
    const QString plain = places >= 0 ? toString(places) : toString();
    const int dot = plain.indexOf(QLatin1Char('.'));
    const QString wholeText = dot < 0 ? plain : plain.left(dot);
    const bool negative = wholeText.startsWith(QLatin1Char('-'));
    QString text = locale.toString(wholeText.mid(negative ? 1 : 0).toLongLong());
    if (dot >= 0) {
        text += locale.decimalPoint() + plain.mid(dot + 1);
    }
    return negative ? locale.negativeSign() + text : text;
}

} // namespace danhgia
