#include "queries/CampaignResults.h"

#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/QuotaCeilingStore.h"
#include "stores/SheetStore.h"

namespace danhgia {

std::optional<CampaignResults::Inputs> CampaignResults::load(QSqlDatabase& db, const QString& campaignCode,
                                                             QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    auto set = CriteriaSetStore::load(db, campaign->criteriaSetRowId, error);
    if (!set) {
        return std::nullopt;
    }
    auto sheets = SheetStore::loadEffective(db, campaign->id, set->id, error);
    if (!sheets) {
        return std::nullopt;
    }
    return Inputs{std::move(*set), std::move(*sheets)};
}

QString CampaignResults::describe(const QList<ScoreSheet>& sheets,
                                  const QList<ScoringEngine::SheetIssue>& issues)
{
    const auto& first = issues.first();
    return tr("the sheet of %1 (%2) does not fit the criteria set: %3")
        .arg(sheets.at(first.sheet).subject.id, sheets.at(first.sheet).period.value_or(QString()),
             first.issue.toText());
}

std::optional<CampaignResults::Computed>
CampaignResults::compute(QSqlDatabase& db, const QString& campaignCode, bool aggregate, QString* error)
{
    auto inputs = load(db, campaignCode, error);
    if (!inputs) {
        return std::nullopt;
    }
    // The raised ceilings of units apply here as in the classification.
    const auto ceilings = QuotaCeilingStore::list(db, campaignCode, error);
    if (!ceilings) {
        return std::nullopt;
    }
    Computed computed{std::move(inputs->set), {}};
    ScoringEngine engine(computed.set);
    engine.setQuotaCeilings(*ceilings);
    QList<ScoringEngine::SheetIssue> issues;
    const auto result = engine.score(inputs->sheets, aggregate, &issues);
    if (!result) {
        *error = describe(inputs->sheets, issues);
        return std::nullopt;
    }
    computed.result = *result;
    return computed;
}

} // namespace danhgia
