#pragma once

#include "numbers/Decimal.h"

#include <QString>
#include <QStringList>

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
// subject unclassified (scoring contract, section 2). An extension of the contract: a flag may
// instead waive other flags (`"waives": ["duoi_6_thang"]`): maternity leave keeps a person who
// worked under 6 months classified (Decree 90/2020 as amended by Decree 48/2023).
struct GradeFlag
{
    enum class Effect
    {
        Force,
        Cap,
        Unclassified,
        Waive,
    };

    QString code;
    QString title;
    Effect effect = Effect::Force;
    QString grade; // the forced grade or the cap; empty for Unclassified and Waive
    QStringList waives; // Waive: the codes of the flags it cancels
};

} // namespace danhgia
