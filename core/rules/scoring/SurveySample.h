#pragma once

#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia {

// The size of a survey's sample (rules.md §3): Slovin's n offered as a suggestion from a
// population size, and whether the questionnaires of a unit fall short of its plan.
class SurveySample
{
    Q_DECLARE_TR_FUNCTIONS(SurveySample)

public:
    // The margin of error used for SIPAS: 5%.
    static Decimal defaultMargin();
    // Slovin's n = ceil(N / (1 + N × e²)), computed exactly (no binary floating point): the number of
    // questionnaires that covers a population of N people at the margin of error e (0 < e < 1).
    // Empty, with *error in the user's language, when N is below 1 or e is outside (0, 1).
    static std::optional<qint64> slovin(qint64 population, Decimal margin, QString* error);
    // A sample is below plan when fewer valid questionnaires than planned were entered; a plan of
    // 0 is never short.
    static bool isBelowPlan(int valid, int planned);
};

} // namespace danhgia
