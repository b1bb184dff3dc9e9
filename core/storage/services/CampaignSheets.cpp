#include "services/CampaignSheets.h"

#include "database/Database.h"
#include "scoring/ScoreSheet.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "workflow/RecordPermissions.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

std::optional<QList<PlannedSheet>> plan(QSqlDatabase& db, const CampaignRecord& campaign, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT 0, u.code, u.name, '', u.code FROM campaign_participants cp JOIN units u ON u.id = "
        "cp.unit_id "
        "WHERE cp.campaign_id = ? UNION ALL "
        "SELECT 1, pe.code, pe.full_name, pe.task_group, COALESCE(pu.code, '') FROM campaign_participants cp "
        "JOIN people pe ON pe.id = cp.person_id LEFT JOIN units pu ON pu.id = pe.unit_id "
        "WHERE cp.campaign_id = ? ORDER BY 2"));
    query.addBindValue(campaign.id);
    query.addBindValue(campaign.id);
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT subject_code, period FROM score_sheets WHERE campaign_id = ?"));
    existing.addBindValue(campaign.id);
    if (!query.exec() || !existing.exec()) {
        *error = CampaignSheets::tr("cannot read the participants of the campaign %1: %2")
                     .arg(campaign.code, query.lastError().text() + existing.lastError().text());
        return std::nullopt;
    }
    QSet<QString> have;
    while (existing.next()) {
        have.insert(existing.value(0).toString() + QLatin1Char('\n') + existing.value(1).toString());
    }
    const QStringList periods = campaign.periods.isEmpty() ? QStringList{QString()} : campaign.periods;
    QList<PlannedSheet> sheets;
    while (query.next()) {
        for (const QString& period : periods) {
            PlannedSheet sheet;
            sheet.subjectCode = query.value(1).toString();
            sheet.subjectName = query.value(2).toString();
            sheet.group = query.value(3).toString();
            sheet.unitCode = query.value(4).toString();
            sheet.period = period;
            sheet.exists = have.contains(sheet.subjectCode + QLatin1Char('\n') + period);
            sheets.append(sheet);
        }
    }
    return sheets;
}

} // namespace

std::optional<QList<PlannedSheet>> CampaignSheets::preview(QSqlDatabase& db, const QString& campaignCode,
                                                           QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    return plan(db, *campaign, error);
}

std::optional<int> CampaignSheets::create(Database& db, const QString& campaignCode, Role role,
                                          const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    int created = 0;
    const bool ok = db.transaction(
        [&](QString* e) {
            const auto campaign = CampaignStore::find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            if (campaign->isClosed()) {
                *e = tr("the campaign %1 is closed: it takes no new score sheets").arg(campaign->code);
                return false;
            }
            const auto set = CriteriaSetStore::load(db.connection(), campaign->criteriaSetRowId, e);
            const auto sheets = set ? plan(db.connection(), *campaign, e) : std::nullopt;
            if (!sheets) {
                return false;
            }
            for (const PlannedSheet& planned : *sheets) {
                if (planned.exists) {
                    continue;
                }
                ScoreSheet sheet;
                sheet.criteriaId = set->id;
                sheet.subject = {planned.subjectCode, planned.subjectName, planned.group, planned.unitCode};
                if (!planned.period.isEmpty()) {
                    sheet.period = planned.period;
                }
                if (!SheetStore::save(db.connection(), campaign->id, sheet, actor,
                                      tr("created for the participants of the campaign"), e)) {
                    return false;
                }
                ++created;
            }
            return true;
        },
        error);
    return ok ? std::optional<int>(created) : std::nullopt;
}

} // namespace danhgia
