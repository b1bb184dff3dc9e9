#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace danhgia {

// The plan of one unit: the questionnaires planned (phiếu theo kế hoạch) and, when it was given,
// the population the plan was drawn from (0: not given).
struct SurveyUnitPlan
{
    int planned = 0;
    qint64 population = 0;

    bool operator==(const SurveyUnitPlan& other) const
    {
        return planned == other.planned && population == other.population;
    }
};

// The planned sample of a survey: a default for every unit, and a plan of its own for the units
// that have one (e.g. 20 questionnaires per provincial department, 30 per commune; rules.md §3).
// Stored as JSON in the `unit_plans` column of `surveys`:
// {"SNV": {"planned": 20, "population": 350}, ...}
struct SurveyPlan
{
    int defaultPlanned = 0;
    QMap<QString, SurveyUnitPlan> units; // by unit code

    // The unit's own plan, or the default.
    int plannedFor(const QString& unitCode) const;
    QJsonObject unitsToJson() const;
    // Reads what unitsToJson() wrote; entries that are not objects are left out.
    static QMap<QString, SurveyUnitPlan> unitsFromJson(const QJsonObject& json);

    bool operator==(const SurveyPlan& other) const
    {
        return defaultPlanned == other.defaultPlanned && units == other.units;
    }
};

} // namespace danhgia
