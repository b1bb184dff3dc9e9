#pragma once

#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"

#include <random>

namespace danhgia {

// Plausible values for the leaves of a criteria set, for the demo database: a subject's
// `quality` (0 to 100) makes its values better or worse, and a seeded generator makes the same
// demo on every machine. Every value is one the set's method accepts.
class DemoSheetValues
{
public:
    explicit DemoSheetValues(unsigned seed);

    // A value for every leaf of `set`.
    void fill(const CriteriaSet& set, int quality, ScoreSheet& sheet);
    // The value of one leaf.
    LeafValue valueFor(const Criterion& leaf, int quality);
    // A somewhat lower value than `value` for the same leaf (what an appraiser might decide).
    LeafValue lowered(const Criterion& leaf, const LeafValue& value);

    // A number in [low, high], both included.
    int between(int low, int high);

private:
    bool chance(int percent);

    std::mt19937 m_random;
};

} // namespace danhgia
