#pragma once

#include "criteria/Criterion.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>

namespace danhgia {

// Turns the value a sheet gives for one leaf into points, by the leaf's method (scoring
// contract, section 2). Points are rounded once, here, to the set's decimals.
class LeafScorer
{
    Q_DECLARE_TR_FUNCTIONS(LeafScorer)

public:
    struct Outcome
    {
        enum class Kind
        {
            Points,
            NotApplicable,
            Invalid,
        };
        Kind kind = Kind::Points;
        Decimal points;
        QString error; // Invalid: what is wrong, in the user's language
        QString field; // Invalid: the value's field at fault ("done", "items[2].weight"), may be empty
    };

    // `best` is the largest value of this leaf among the sheets scored together (relative only).
    static Outcome score(const Criterion& leaf, const LeafValue& value, Decimal best, int decimals);

    // What score() accepts as the value of `leaf`, in the user's words ("from 0 to 2 points, with
    // at most 2 decimal places"): for the messages that refuse a value typed for it.
    static QString acceptedValues(const Criterion& leaf);
    // What a task's coefficient and a count of quality failures, delays or deduction items may be.
    static QString acceptedTaskWeights();
    static QString acceptedCounts();
    static bool isValidTaskWeight(Decimal weight);

    // The largest weight a task may have and the most items a task list may hold, so that the
    // exact arithmetic stays within 128 bits.
    static constexpr qint64 MaxTaskWeightUnits = 1000000LL * Decimal::UnitsPerOne;
    static constexpr int MaxTaskItems = 100000;

private:
    static Outcome scoreTasks(const Criterion& leaf, const LeafValue& value, int decimals);
    static Outcome invalid(const QString& error, const QString& field = QString());
    static Outcome points(Decimal value) { return {Outcome::Kind::Points, value, {}, {}}; }
};

} // namespace danhgia
