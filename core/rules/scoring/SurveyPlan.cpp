#include "scoring/SurveyPlan.h"

namespace danhgia {

namespace {

const QString PlannedKey = QStringLiteral("planned");
const QString PopulationKey = QStringLiteral("population");

} // namespace

int SurveyPlan::plannedFor(const QString& unitCode) const
{
    const auto found = units.constFind(unitCode);
    return found == units.cend() ? defaultPlanned : found->planned;
}

QJsonObject SurveyPlan::unitsToJson() const
{
    QJsonObject json;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        QJsonObject unit{{PlannedKey, it->planned}};
        if (it->population > 0) {
            unit.insert(PopulationKey, it->population);
        }
        json.insert(it.key(), unit);
    }
    return json;
}

QMap<QString, SurveyUnitPlan> SurveyPlan::unitsFromJson(const QJsonObject& json)
{
    QMap<QString, SurveyUnitPlan> units;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!it.value().isObject()) {
            continue;
        }
        const QJsonObject unit = it.value().toObject();
        units.insert(it.key(),
                     SurveyUnitPlan{unit.value(PlannedKey).toInt(),
                                    static_cast<qint64>(unit.value(PopulationKey).toDouble())});
    }
    return units;
}

} // namespace danhgia
