#pragma once

#include "criteria/CriteriaSet.h"
#include "results/SubjectResult.h"
#include "scoring/ScoringEngine.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

// The results of a campaign, always computed by the scoring engine from the stored values
// (totals are never typed or stored by hand), with the raised ceilings of the quota recorded for
// units (QuotaCeilingStore).
class CampaignResults
{
    Q_DECLARE_TR_FUNCTIONS(CampaignResults)

public:
    struct Computed
    {
        CriteriaSet set;
        ScoringResult result;
    };

    // What results are computed from: the campaign's criteria set and its sheets as stored
    // (each with the values of its most advanced stage).
    struct Inputs
    {
        CriteriaSet set;
        QList<ScoreSheet> sheets;
    };
    static std::optional<Inputs> load(QSqlDatabase& db, const QString& campaignCode, QString* error);

    // The first problem of a sheet that does not fit the set, as one message.
    static QString describe(const QList<ScoreSheet>& sheets, const QList<ScoringEngine::SheetIssue>& issues);

    static std::optional<Computed> compute(QSqlDatabase& db, const QString& campaignCode, bool aggregate,
                                           QString* error);
};

} // namespace danhgia
