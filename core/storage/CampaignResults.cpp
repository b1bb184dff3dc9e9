#include "CampaignResults.h"

#include "CampaignStore.h"
#include "CriteriaSetStore.h"
#include "SheetStore.h"

namespace danhgia {

std::optional<CampaignResults::Computed>
CampaignResults::compute(QSqlDatabase& db, const QString& campaignCode, bool aggregate, QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    auto set = CriteriaSetStore::load(db, campaign->criteriaSetRowId, error);
    if (!set) {
        return std::nullopt;
    }
    const auto sheets = SheetStore::loadEffective(db, campaign->id, set->id, error);
    if (!sheets) {
        return std::nullopt;
    }
    Computed computed{std::move(*set), {}};
    const ScoringEngine engine(computed.set);
    QList<ScoringEngine::SheetIssue> issues;
    const auto result = engine.score(*sheets, aggregate, &issues);
    if (!result) {
        const auto& first = issues.first();
        *error = tr("the sheet of %1 (%2) does not fit the criteria set: %3")
                     .arg(sheets->at(first.sheet).subject.id,
                          sheets->at(first.sheet).period.value_or(QString()), first.issue.toText());
        return std::nullopt;
    }
    computed.result = *result;
    return computed;
}

} // namespace danhgia
