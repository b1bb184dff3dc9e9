#pragma once

#include "CriteriaSet.h"
#include "ScoringEngine.h"
#include "SubjectResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

// The results of a campaign, always computed by the scoring engine from the stored values
// (totals are never typed or stored by hand).
class CampaignResults
{
    Q_DECLARE_TR_FUNCTIONS(CampaignResults)

public:
    struct Computed
    {
        CriteriaSet set;
        ScoringResult result;
    };

    static std::optional<Computed> compute(QSqlDatabase& db, const QString& campaignCode, bool aggregate,
                                           QString* error);
};

} // namespace danhgia
