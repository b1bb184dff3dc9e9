#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace danhgia {

struct CampaignRecord
{
    qint64 id = 0;
    QString code;
    QString title;
    QString kind;
    qint64 criteriaSetRowId = 0;
    QStringList periods;
    QString deadline; // ISO date, empty when none
};

// Assessment campaigns (đợt đánh giá): which criteria set version, which periods, deadlines.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    static std::optional<CampaignRecord> find(QSqlDatabase& db, const QString& code, QString* error);
    // Creates the campaign, or adds periods to an existing one; returns it.
    static std::optional<CampaignRecord> ensure(QSqlDatabase& db, const CampaignRecord& campaign,
                                                const QString& actor, QString* error);
};

} // namespace danhgia
