#pragma once

#include "numbers/Decimal.h"

#include <QString>

namespace danhgia {

// A classification grade: subjects whose index is at least `min` get it (the first match in a
// list ordered from the highest `min` to the lowest).
struct Grade
{
    QString code;
    QString title;
    Decimal min;
};

// A circumstance that overrides the computed grade: it forces a grade, caps it, or leaves the
// subject unclassified (scoring contract, section 2).
struct GradeFlag
{
    enum class Effect
    {
        Force,
        Cap,
        Unclassified,
    };

    QString code;
    QString title;
    Effect effect = Effect::Force;
    QString grade; // the forced grade or the cap; empty for Unclassified
};

} // namespace danhgia
