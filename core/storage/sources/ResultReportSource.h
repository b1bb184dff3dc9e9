#pragma once

#include "documentdata/ResultReportData.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// Reads what the result report and the recognition decision print: the campaign's results as
// the scoring engine computes them from the stored values (CampaignResults; over several periods
// the mean of the periods), the grades with the quota of each task group and the decisions
// recorded for them (UnitClassification), and the people's positions and units (the catalogue).
class ResultReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ResultReportSource)

public:
    // `unitCode` empty: every subject of the campaign; else the subjects of that unit and of the
    // units under it. Empty with `error` for an unknown campaign or unit, or results that cannot
    // be computed.
    static std::optional<ResultReportData> load(QSqlDatabase& db, const QString& campaignCode,
                                                const QString& unitCode, QString* error);
};

} // namespace danhgia
