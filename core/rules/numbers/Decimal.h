#pragma once

#include "numbers/Int128.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace danhgia {

// An exact decimal number with four places (the most any input of the scoring contract has),
// stored as an integer count of 1/10000. Scores never pass through binary floating point:
// values computed as fractions (ratios, means, weights) are rounded half up (away from zero)
// straight from the exact fraction with fromRatio().
class Decimal
{
public:
    static constexpr int Places = 4;
    static constexpr qint64 UnitsPerOne = 10000;
    static constexpr int MaxPlaces = Places;

    constexpr Decimal() = default;

    static constexpr Decimal fromUnits(qint64 units)
    {
        Decimal d;
        d.m_units = units;
        return d;
    }
    static Decimal fromInt(qint64 value) { return fromUnits(value * UnitsPerOne); }

    // A JSON number read as a double: rounded half up to four places. Empty when the number is
    // not finite or too large to hold.
    static std::optional<Decimal> fromDouble(double value);
    // "85.665", "-2", "0.5": plain decimal text with '.' and at most four places.
    static std::optional<Decimal> fromString(const QString& text);
    // numerator / denominator rounded half up to `places` (0..4). denominator must not be 0.
    static Decimal fromRatio(WideInt numerator, WideInt denominator, int places);

    qint64 units() const { return m_units; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    // True when the value has no digits beyond `places` decimals.
    bool hasAtMostPlaces(int places) const;
    // True when the value is a whole multiple of step (step > 0).
    bool isMultipleOf(Decimal step) const;

    Decimal rounded(int places) const;
    // Largest integer not above value × factor (for quota counts: floor(ratio × n)).
    qint64 floorTimes(qint64 factor) const;

    // "85.67", "100", "-0.5": the shortest exact text.
    QString toString() const;
    // Exactly `places` decimals after rounding ("85.70" for places 2).
    QString toString(int places) const;
    // Written for people: the locale's digit grouping and decimal sign ("1.234,5" in Vietnamese),
    // with the shortest exact decimals, or exactly `places` when places ≥ 0.
    QString toLocaleString(const QLocale& locale, int places = -1) const;
    // For messages to the user: toLocaleString() with the default locale (set by the app and
    // the CLI to the language they speak).
    QString toDisplayString() const { return toLocaleString(QLocale()); }
    // For JSON output only: every value here has at most four decimals and fewer than 15
    // significant digits, so the nearest double prints back as the same decimal text.
    double toDouble() const { return static_cast<double>(m_units) / static_cast<double>(UnitsPerOne); }

    Decimal operator-() const { return fromUnits(-m_units); }
    Decimal operator+(Decimal other) const { return fromUnits(m_units + other.m_units); }
    Decimal operator-(Decimal other) const { return fromUnits(m_units - other.m_units); }
    Decimal& operator+=(Decimal other)
    {
        m_units += other.m_units;
        return *this;
    }
    Decimal& operator-=(Decimal other)
    {
        m_units -= other.m_units;
        return *this;
    }
    // Exact product rounded half up to `places`.
    Decimal times(Decimal other, int places) const;
    Decimal timesInt(qint64 factor) const { return fromUnits(m_units * factor); }

    bool operator==(Decimal other) const { return m_units == other.m_units; }
    bool operator!=(Decimal other) const { return m_units != other.m_units; }
    bool operator<(Decimal other) const { return m_units < other.m_units; }
    bool operator>(Decimal other) const { return m_units > other.m_units; }
    bool operator<=(Decimal other) const { return m_units <= other.m_units; }
    bool operator>=(Decimal other) const { return m_units >= other.m_units; }

    static Decimal min(Decimal a, Decimal b) { return a < b ? a : b; }
    static Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }

private:
    qint64 m_units = 0;
};

} // namespace danhgia
