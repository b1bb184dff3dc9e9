#include "stores/QuotaCeilingStore.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"
#include "workflow/RecordPermissions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

const QString CeilingsTable = QStringLiteral("quota_ceilings");

} // namespace

std::optional<QList<QuotaCeiling>> QuotaCeilingStore::list(QSqlDatabase& db, const QString& campaignCode,
                                                           QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT q.unit_code, q.percent, q.decision_number, q.decision_date, q.reason, q.recorded_by "
        "FROM quota_ceilings q JOIN campaigns c ON c.id = q.campaign_id "
        "WHERE c.code = ? AND q.withdrawn = 0 ORDER BY q.unit_code"));
    query.addBindValue(campaignCode);
    if (!query.exec()) {
        *error = tr("cannot read the raised ceilings of the quota: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<QuotaCeiling> ceilings;
    while (query.next()) {
        const auto percent = Decimal::fromString(query.value(1).toString());
        if (!percent) {
            *error = tr("the raised ceiling of %1 has a damaged percentage \"%2\"")
                         .arg(query.value(0).toString(), query.value(1).toString());
            return std::nullopt;
        }
        ceilings.append({query.value(0).toString(), *percent, query.value(2).toString(),
                         QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString(),
                         query.value(5).toString()});
    }
    return ceilings;
}

bool QuotaCeilingStore::record(Database& db, const QString& campaignCode, const QuotaCeiling& ceiling,
                               Role role, const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const QString refused = RecordPermissions::refusal(RecordKind::QuotaCeiling, role);
            if (!refused.isEmpty()) {
                *e = refused;
                return false;
            }
            const QStringList problems = ceiling.problems();
            if (!problems.isEmpty()) {
                *e = problems.join(QLatin1Char(' '));
                return false;
            }
            const auto campaign = CampaignStore::find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            const QString unit = ceiling.unit.trimmed();
            const auto unitRow = SyncedTable::findId(db.connection(), QStringLiteral("units"),
                                                     {{QStringLiteral("code"), unit}}, e);
            if (!unitRow) {
                return false;
            }
            if (*unitRow == 0) {
                *e = tr("The unit %1 is not in the catalogue; a raised ceiling is recorded for a unit of it.")
                         .arg(unit);
                return false;
            }
            return SyncedTable::upsert(
                       db.connection(), CeilingsTable,
                       {{QStringLiteral("campaign_id"), campaign->id}, {QStringLiteral("unit_code"), unit}},
                       {{QStringLiteral("percent"), ceiling.percent.toString()},
                        {QStringLiteral("decision_number"), ceiling.decisionNumber.trimmed()},
                        {QStringLiteral("decision_date"), ceiling.decisionDate.toString(Qt::ISODate)},
                        {QStringLiteral("reason"), ceiling.reason.trimmed()},
                        {QStringLiteral("recorded_by"), actor},
                        {QStringLiteral("withdrawn"), 0}},
                       actor, ceiling.reason.trimmed(), e)
                .has_value();
        },
        error);
}

bool QuotaCeilingStore::withdraw(Database& db, const QString& campaignCode, const QString& unitCode,
                                 const QString& reason, Role role, const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const QString refused = RecordPermissions::refusal(RecordKind::QuotaCeiling, role);
            if (!refused.isEmpty()) {
                *e = refused;
                return false;
            }
            if (reason.trimmed().isEmpty()) {
                *e = tr("Withdrawing the raised ceiling of %1 needs a reason.").arg(unitCode);
                return false;
            }
            const auto campaign = CampaignStore::find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            const QVariantMap keys{{QStringLiteral("campaign_id"), campaign->id},
                                   {QStringLiteral("unit_code"), unitCode}};
            const auto row = SyncedTable::findId(db.connection(), CeilingsTable, keys, e);
            if (!row) {
                return false;
            }
            if (*row == 0) {
                *e = tr("The unit %1 has no raised ceiling in the campaign %2.").arg(unitCode, campaignCode);
                return false;
            }
            return SyncedTable::upsert(db.connection(), CeilingsTable, keys,
                                       {{QStringLiteral("withdrawn"), 1}}, actor, reason.trimmed(), e)
                .has_value();
        },
        error);
}

} // namespace danhgia
