#include "services/CampaignSetup.h"

#include "scoring/SheetScorer.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <algorithm>

namespace danhgia {

CampaignSetup::CampaignSetup(QSqlDatabase& db, qint64 setRowId, CriteriaSet set)
    : m_db(&db)
    , m_setRowId(setRowId)
    , m_set(std::move(set))
{ }

std::optional<CampaignSetup> CampaignSetup::forCriteriaSet(QSqlDatabase& db, qint64 setRowId, QString* error)
{
    auto set = CriteriaSetStore::load(db, setRowId, error);
    if (!set) {
        return std::nullopt;
    }
    return CampaignSetup(db, setRowId, std::move(*set));
}

ValidationIssues CampaignSetup::check(const ScoreSheet& sheet) const
{
    return SheetScorer(m_set).check(sheet);
}

QString CampaignSetup::misfit(const ScoreSheet& sheet) const
{
    const ValidationIssues issues = check(sheet);
    const auto issue
        = std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue& i) { return i.isError(); });
    if (issue == issues.cend()) {
        return {};
    }
    return tr("the sheet of %1 (%2) does not fit the criteria set: %3")
        .arg(sheet.subject.id, sheet.period.value_or(QString()), issue->toText());
}

std::optional<CampaignRecord> CampaignSetup::create(const CampaignRecord& campaign,
                                                    const QList<ScoreSheet>& sheets, const QString& actor,
                                                    QString* error)
{
    for (const ScoreSheet& sheet : sheets) {
        const QString refused = misfit(sheet);
        if (!refused.isEmpty()) {
            *error = refused;
            return std::nullopt;
        }
    }
    CampaignRecord record = campaign;
    record.id = 0;
    record.kind = m_set.kind;
    record.criteriaSetRowId = m_setRowId;
    if (record.title.isEmpty()) {
        record.title = m_set.title;
    }
    for (const ScoreSheet& sheet : sheets) {
        if (sheet.period && !record.periods.contains(*sheet.period)) {
            record.periods.append(*sheet.period);
        }
    }
    const auto stored = CampaignStore::ensure(*m_db, record, actor, error);
    if (!stored) {
        return std::nullopt;
    }
    m_campaignId = stored->id;
    for (const ScoreSheet& sheet : sheets) {
        if (!SheetStore::save(*m_db, m_campaignId, sheet, actor, QString(), error)) {
            return std::nullopt;
        }
    }
    return stored;
}

std::optional<qint64> CampaignSetup::addSheet(const ScoreSheet& sheet, const QString& actor,
                                              const QString& reason, QString* error)
{
    if (m_campaignId == 0) {
        *error = tr("no campaign has been created for the sheet of %1").arg(sheet.subject.id);
        return std::nullopt;
    }
    const QString refused = misfit(sheet);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    return SheetStore::save(*m_db, m_campaignId, sheet, actor, reason, error);
}

} // namespace danhgia
