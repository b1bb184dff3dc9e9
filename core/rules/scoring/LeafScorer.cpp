#include "scoring/LeafScorer.h"

namespace danhgia {

namespace {

LeafValue::Kind expectedKind(MethodType type)
{
    switch (type) {
        case MethodType::Points:
            return LeafValue::Kind::Points;
        case MethodType::YesNo:
            return LeafValue::Kind::YesNo;
        case MethodType::Levels:
            return LeafValue::Kind::Level;
        case MethodType::Ratio:
        case MethodType::Linear:
            return LeafValue::Kind::Ratio;
        case MethodType::Deduct:
            return LeafValue::Kind::Count;
        case MethodType::Relative:
            return LeafValue::Kind::Value;
        case MethodType::Tasks:
            return LeafValue::Kind::Tasks;
    }
    return LeafValue::Kind::Points;
}

// max(0, 1 - deduction × count) in units of 1/10000.
qint64 remainingShare(Decimal deduction, qint64 count)
{
    const WideInt taken = WideInt(deduction.units()) * WideInt(count);
    if (taken >= WideInt(Decimal::UnitsPerOne)) {
        return 0;
    }
    return Decimal::UnitsPerOne - narrowToInt64(taken);
}

} // namespace

LeafScorer::Outcome LeafScorer::invalid(const QString& error, const QString& field)
{
    Outcome outcome;
    outcome.kind = Outcome::Kind::Invalid;
    outcome.error = error;
    outcome.field = field;
    return outcome;
}

LeafScorer::Outcome LeafScorer::score(const Criterion& leaf, const LeafValue& value, Decimal best,
                                      int decimals)
{
    const LeafMethod& method = leaf.method;
    if (value.kind == LeafValue::Kind::NotApplicable) {
        if (!leaf.naAllowed) {
            return invalid(tr("this criterion may not be marked not applicable"), QStringLiteral("na"));
        }
        return {Outcome::Kind::NotApplicable, {}, {}, {}};
    }
    if (value.kind != expectedKind(method.type)) {
        return invalid(tr("the criterion uses the %1 method, so its value must be %2, not %3")
                           .arg(LeafMethod::typeName(method.type),
                                LeafValue::kindName(expectedKind(method.type)),
                                LeafValue::kindName(value.kind)));
    }
    switch (method.type) {
        case MethodType::Points:
            if (value.number.isNegative() || value.number > leaf.max) {
                return invalid(tr("%1 points is outside 0 to %2")
                                   .arg(value.number.toDisplayString(), leaf.max.toDisplayString()),
                               QStringLiteral("points"));
            }
            if (method.step > Decimal() && !value.number.isMultipleOf(method.step)) {
                return invalid(tr("%1 points is not a multiple of the step %2")
                                   .arg(value.number.toDisplayString(), method.step.toDisplayString()),
                               QStringLiteral("points"));
            }
            return points(value.number.rounded(decimals));
        case MethodType::YesNo:
            return points(value.yes ? leaf.max.rounded(decimals) : Decimal());
        case MethodType::Levels:
            if (value.level < 0 || value.level >= method.levels.size()) {
                return invalid(tr("level %1 does not exist; the levels are numbered 0 to %2")
                                   .arg(value.level)
                                   .arg(method.levels.size() - 1),
                               QStringLiteral("level"));
            }
            return points(method.levels[static_cast<int>(value.level)].points.rounded(decimals));
        case MethodType::Ratio:
        case MethodType::Linear: {
            if (value.done < 0 || value.total < 0) {
                // In the words of the form (number done "of" total number); the field names the
                // file format's member.
                return invalid(tr("the number done and the total number must not be negative (%1 of %2)")
                                   .arg(value.done)
                                   .arg(value.total),
                               value.done < 0 ? QStringLiteral("done") : QStringLiteral("total"));
            }
            if (value.done > value.total) {
                return invalid(tr("the number done (%1) is greater than the total number (%2)")
                                   .arg(value.done)
                                   .arg(value.total),
                               QStringLiteral("done"));
            }
            if (value.total == 0) {
                switch (method.whenNone) {
                    case WhenNone::Full:
                        return points(leaf.max.rounded(decimals));
                    case WhenNone::Zero:
                        return points(Decimal());
                    case WhenNone::Exclude:
                        return {Outcome::Kind::NotApplicable, {}, {}, {}};
                }
            }
            if (method.type == MethodType::Linear) {
                return points(Decimal::fromRatio(WideInt(leaf.max.units()) * WideInt(value.done),
                                                 WideInt(value.total) * WideInt(Decimal::UnitsPerOne),
                                                 decimals));
            }
            // The first band with done/total ≥ from, compared exactly: done × 10^4 ≥ from × total.
            const WideInt scaledDone = WideInt(value.done) * WideInt(Decimal::UnitsPerOne);
            for (const auto& band : method.bands) {
                if (scaledDone >= WideInt(band.from.units()) * WideInt(value.total)) {
                    return points(band.points.rounded(decimals));
                }
            }
            return points(Decimal());
        }
        case MethodType::Deduct: {
            if (value.count < 0) {
                return invalid(tr("the count must not be negative (%1)").arg(value.count),
                               QStringLiteral("count"));
            }
            const WideInt wanted = WideInt(value.count) * WideInt(method.perItem.units());
            const Decimal taken = wanted > WideInt(method.limit.units())
                ? method.limit
                : Decimal::fromUnits(narrowToInt64(wanted));
            return points(-taken.rounded(decimals));
        }
        case MethodType::Relative:
            if (value.number.isNegative()) {
                return invalid(tr("the value must not be negative (%1)").arg(value.number.toDisplayString()),
                               QStringLiteral("value"));
            }
            if (best <= Decimal()) {
                return points(Decimal());
            }
            return points(Decimal::fromRatio(WideInt(leaf.max.units()) * WideInt(value.number.units()),
                                             WideInt(best.units()) * WideInt(Decimal::UnitsPerOne),
                                             decimals));
        case MethodType::Tasks:
            return scoreTasks(leaf, value, decimals);
    }
    return points(Decimal());
}

LeafScorer::Outcome LeafScorer::scoreTasks(const Criterion& leaf, const LeafValue& value, int decimals)
{
    if (value.items.size() > MaxTaskItems) {
        return invalid(tr("the task list has %1 items; at most %2 are allowed")
                           .arg(value.items.size())
                           .arg(MaxTaskItems),
                       QStringLiteral("items"));
    }
    // With weights in units of 1/10000: a + b + c = (A + B + C) / (W × 10^4), where
    // A = Σ w × 10^4, B = Σ w × quality share, C = Σ w × timeliness share over done items.
    WideInt totalWeight(0);
    WideInt sum(0);
    for (int i = 0; i < value.items.size(); ++i) {
        const TaskItem& item = value.items[i];
        const QString field = QStringLiteral("items[%1]").arg(i);
        if (!isValidTaskWeight(item.weight)) {
            return invalid(tr("task %1: the weight must be greater than 0 and at most %2 (%3)")
                               .arg(i + 1)
                               .arg(MaxTaskWeightUnits / Decimal::UnitsPerOne)
                               .arg(item.weight.toDisplayString()),
                           field + QStringLiteral(".weight"));
        }
        if (item.qualityFailures < 0 || item.delays < 0) {
            return invalid(
                tr("task %1: the counts of quality failures and delays must not be negative").arg(i + 1),
                field
                    + (item.qualityFailures < 0 ? QStringLiteral(".quality_failures")
                                                : QStringLiteral(".delays")));
        }
        totalWeight = totalWeight + WideInt(item.weight.units());
        if (!item.done) {
            continue;
        }
        const qint64 quality = remainingShare(leaf.method.deduction, item.excused ? 0 : item.qualityFailures);
        const qint64 timeliness = remainingShare(leaf.method.deduction, item.excused ? 0 : item.delays);
        sum = sum + WideInt(item.weight.units()) * WideInt(Decimal::UnitsPerOne + quality + timeliness);
    }
    if (value.items.isEmpty()) {
        return points(Decimal());
    }
    const WideInt numerator = WideInt(leaf.max.units()) * sum;
    const WideInt denominator
        = WideInt(3) * totalWeight * WideInt(Decimal::UnitsPerOne) * WideInt(Decimal::UnitsPerOne);
    return points(Decimal::fromRatio(numerator, denominator, decimals));
}

QString LeafScorer::acceptedValues(const Criterion& leaf)
{
    const LeafMethod& method = leaf.method;
    switch (method.type) {
        case MethodType::Points: {
            // A step of 1, 0.1, 0.01... is said as a number of decimal places.
            int places = -1;
            for (int p = 0, units = Decimal::UnitsPerOne; p <= Decimal::Places; ++p, units /= 10) {
                if (method.step.units() == units) {
                    places = p;
                }
            }
            if (places == 0) {
                return tr("whole points from 0 to %1").arg(leaf.max.toDisplayString());
            }
            if (places > 0) {
                return tr("from 0 to %1 points, with at most %n decimal place(s)", nullptr, places)
                    .arg(leaf.max.toDisplayString());
            }
            return tr("from 0 to %1 points in steps of %2")
                .arg(leaf.max.toDisplayString(), method.step.toDisplayString());
        }
        case MethodType::YesNo:
            return tr("yes or no");
        case MethodType::Levels:
            return tr("one of its %n level(s)", nullptr, static_cast<int>(method.levels.size()));
        case MethodType::Ratio:
        case MethodType::Linear:
            return tr("a number done and a total number that are whole numbers from 0, the number done "
                      "not above the total number");
        case MethodType::Deduct:
            return tr("a number of items that is %1").arg(acceptedCounts());
        case MethodType::Relative:
            return tr("a value from 0, with at most %n decimal place(s)", nullptr, Decimal::Places);
        case MethodType::Tasks:
            return tr("a list of tasks, each with a coefficient that is %1").arg(acceptedTaskWeights());
    }
    return {};
}

QString LeafScorer::acceptedTaskWeights()
{
    return tr("above 0 and at most %1, with at most %n decimal place(s)", nullptr, Decimal::Places)
        .arg(Decimal::fromUnits(MaxTaskWeightUnits).toDisplayString());
}

QString LeafScorer::acceptedCounts()
{
    return tr("a whole number from 0");
}

bool LeafScorer::isValidTaskWeight(Decimal weight)
{
    return weight > Decimal() && weight.units() <= MaxTaskWeightUnits;
}

} // namespace danhgia
