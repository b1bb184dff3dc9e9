#include "CampaignStore.h"

#include "SyncedTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<CampaignRecord> CampaignStore::find(QSqlDatabase& db, const QString& code, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, code, title, kind, criteria_set_id, periods, deadline FROM campaigns "
                       "WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        *error = tr("cannot read the campaigns: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no campaign with the code \"%1\"").arg(code);
        return std::nullopt;
    }
    CampaignRecord record;
    record.id = query.value(0).toLongLong();
    record.code = query.value(1).toString();
    record.title = query.value(2).toString();
    record.kind = query.value(3).toString();
    record.criteriaSetRowId = query.value(4).toLongLong();
    for (const QJsonValue& p : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array()) {
        record.periods.append(p.toString());
    }
    record.deadline = query.value(6).toString();
    return record;
}

std::optional<CampaignRecord> CampaignStore::ensure(QSqlDatabase& db, const CampaignRecord& campaign,
                                                    const QString& actor, QString* error)
{
    QString ignored;
    CampaignRecord merged = campaign;
    if (const auto existing = find(db, campaign.code, &ignored)) {
        if (existing->criteriaSetRowId != campaign.criteriaSetRowId) {
            *error = tr("the campaign \"%1\" uses another criteria set").arg(campaign.code);
            return std::nullopt;
        }
        merged = *existing;
        for (const QString& period : campaign.periods) {
            if (!merged.periods.contains(period)) {
                merged.periods.append(period);
            }
        }
        merged.periods.sort();
    }
    const QString periods = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(merged.periods)).toJson(QJsonDocument::Compact));
    const auto written = SyncedTable::upsert(
        db, QStringLiteral("campaigns"), {{QStringLiteral("code"), merged.code}},
        {{QStringLiteral("title"), merged.title},
         {QStringLiteral("kind"), merged.kind},
         {QStringLiteral("criteria_set_id"), merged.criteriaSetRowId},
         {QStringLiteral("periods"), periods},
         {QStringLiteral("deadline"), merged.deadline.isEmpty() ? QVariant() : QVariant(merged.deadline)}},
        actor, QString(), error);
    if (!written) {
        return std::nullopt;
    }
    merged.id = written->id;
    return merged;
}

} // namespace danhgia
