#include "queries/Listings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<QList<UnitRecord>> Listings::units(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT u.code, u.name, u.kind, p.code FROM units u "
                                   "LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code"))) {
        *error = tr("cannot read the list of units: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<UnitRecord> units;
    while (query.next()) {
        units.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()});
    }
    return units;
}

std::optional<QList<CriteriaSetRecord>> Listings::criteriaSets(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, set_id, version, title, kind, status FROM criteria_sets "
                                   "ORDER BY set_id, version DESC"))) {
        *error = tr("cannot read the list of criteria sets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<CriteriaSetRecord> sets;
    while (query.next()) {
        sets.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return sets;
}

std::optional<QList<CampaignRecord>> Listings::campaigns(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code FROM campaigns ORDER BY code"))) {
        *error = tr("cannot read the list of campaigns: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList codes;
    while (query.next()) {
        codes.append(query.value(0).toString());
    }
    QList<CampaignRecord> campaigns;
    for (const QString& code : codes) {
        const auto campaign = CampaignStore::find(db, code, error);
        if (!campaign) {
            return std::nullopt;
        }
        campaigns.append(*campaign);
    }
    return campaigns;
}

} // namespace danhgia
