#include "stores/AppraisalCouncilStore.h"

#include "database/Database.h"
#include "database/JsonWriter.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<QJsonObject> AppraisalCouncilStore::load(QSqlDatabase& db, const QString& campaignCode,
                                                       QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT settings FROM appraisal_councils WHERE campaign_id = ?"));
    query.addBindValue(campaign->id);
    if (!query.exec()) {
        *error = tr("cannot read the appraisal councils: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!json.isObject()) {
        *error = tr("the appraisal council of the campaign %1 is damaged (%2)")
                     .arg(campaignCode, parseError.errorString());
        return std::nullopt;
    }
    return json.object();
}

bool AppraisalCouncilStore::save(Database& db, const QString& campaignCode, const QJsonObject& council,
                                 const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const auto campaign = CampaignStore::find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            // The server knows campaigns by code, not by this database's row ids.
            JsonWriter code;
            code.string(campaignCode);
            const QString text = QString::fromUtf8(QJsonDocument(council).toJson(QJsonDocument::Compact));
            return SyncedTable::upsert(db.connection(), QStringLiteral("appraisal_councils"),
                                       {{QStringLiteral("campaign_id"), campaign->id}},
                                       {{QStringLiteral("settings"), text}}, actor, QString(), e,
                                       {{QStringLiteral("campaign_code"), code.take()}})
                .has_value();
        },
        error);
}

} // namespace danhgia
