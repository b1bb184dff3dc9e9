#pragma once

#include "stores/CampaignStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// A unit of the catalogue as lists show it.
struct UnitRecord
{
    QString code;
    QString name;
    QString kind; // province, department, commune, office, other
    QString parentCode; // empty for a unit at the top
};

// One stored version of a criteria set.
struct CriteriaSetRecord
{
    qint64 rowId = 0;
    QString setId;
    int version = 1;
    QString title;
    QString kind;
    QString status; // draft, published
};

// What the screens list from the database: the units, the stored criteria set versions, the
// campaigns. Read only; errors come back as text.
class Listings
{
    Q_DECLARE_TR_FUNCTIONS(Listings)

public:
    // Every unit, sorted by code.
    static std::optional<QList<UnitRecord>> units(QSqlDatabase& db, QString* error);
    // Every version, by set id, then newest version first.
    static std::optional<QList<CriteriaSetRecord>> criteriaSets(QSqlDatabase& db, QString* error);
    // Every campaign, sorted by code.
    static std::optional<QList<CampaignRecord>> campaigns(QSqlDatabase& db, QString* error);
};

} // namespace danhgia
