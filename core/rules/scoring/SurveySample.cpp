#include "scoring/SurveySample.h"

namespace danhgia {

Decimal SurveySample::defaultMargin()
{
    return Decimal::fromUnits(Decimal::UnitsPerOne / 20);
}

std::optional<qint64> SurveySample::slovin(qint64 population, Decimal margin, QString* error)
{
    if (population < 1) {
        *error = tr("the population size must be a whole number of at least 1 (it is %1)").arg(population);
        return std::nullopt;
    }
    if (margin <= Decimal() || margin >= Decimal::fromInt(1)) {
        *error = tr("the margin of error must be above 0 and below 1 (5% is 0.05; it is %1)")
                     .arg(margin.toDisplayString());
        return std::nullopt;
    }
    // e = u / U with U units per one: N / (1 + N u² / U²) = N U² / (U² + N u²).
    const WideInt one(Decimal::UnitsPerOne);
    const WideInt units(margin.units());
    const WideInt numerator = WideInt(population) * one * one;
    const WideInt denominator = one * one + WideInt(population) * units * units;
    WideInt n = numerator / denominator;
    if (numerator % denominator != WideInt(0)) {
        n = n + WideInt(1);
    }
    return narrowToInt64(n);
}

bool SurveySample::isBelowPlan(int valid, int planned)
{
    return valid < planned;
}

} // namespace danhgia
