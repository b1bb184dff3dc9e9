#include "results/QuotaCeiling.h"

namespace danhgia {

Decimal QuotaCeiling::ratio() const
{
    return Decimal::fromUnits(percent.units() / 100);
}

QStringList QuotaCeiling::problems() const
{
    QStringList found;
    const QString who = unit.trimmed().isEmpty() ? tr("(no unit)") : unit.trimmed();
    if (unit.trimmed().isEmpty()) {
        found.append(tr("The raised ceiling names no unit."));
    }
    if (percent <= Decimal() || percent > Decimal::fromInt(100)) {
        found.append(tr("The raised ceiling of %1 is %2%; it must be above 0% and at most 100%.")
                         .arg(who, percent.toString()));
    } else if (!percent.hasAtMostPlaces(2)) {
        found.append(tr("The raised ceiling of %1 is %2%; give it with at most two decimals.")
                         .arg(who, percent.toString()));
    }
    if (decisionNumber.trimmed().isEmpty()) {
        found.append(tr("The raised ceiling of %1 needs the number of the decision of the competent level "
                        "that allows it.")
                         .arg(who));
    }
    if (!decisionDate.isValid()) {
        found.append(tr("The raised ceiling of %1 needs the date of that decision.").arg(who));
    }
    if (reason.trimmed().isEmpty()) {
        found.append(tr("The raised ceiling of %1 needs a reason.").arg(who));
    }
    return found;
}

std::optional<Decimal> QuotaCeiling::parsePercent(const QString& text, QString* error)
{
    QString cleaned = text.trimmed();
    if (cleaned.endsWith(QLatin1Char('%'))) {
        cleaned.chop(1);
        cleaned = cleaned.trimmed();
    }
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto value = cleaned.isEmpty() ? std::nullopt : Decimal::fromString(cleaned);
    if (!value) {
        *error = tr("\"%1\" is not a percentage; type a number such as 30 or 30,5.").arg(text.trimmed());
    }
    return value;
}

const QuotaCeiling* QuotaCeiling::find(const QList<QuotaCeiling>& ceilings, const QString& unit)
{
    for (const QuotaCeiling& ceiling : ceilings) {
        if (ceiling.unit == unit) {
            return &ceiling;
        }
    }
    return nullptr;
}

} // namespace danhgia
