#pragma once

#include "ChartAdapter.h"
#include "criteria/CriteriaSet.h"
#include "results/ResultStatistics.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia::ui {

// The results of one campaign ready for the results screen: the statistics computed by the core
// from the stored sheets (CampaignResults, ResultStatistics), and the plain series each chart
// draws, with labels for people. Nothing here draws.
class ResultsChartData
{
    Q_DECLARE_TR_FUNCTIONS(ResultsChartData)

public:
    QString campaignCode;
    QString campaignTitle;
    CriteriaSet set;
    ResultStatistics statistics;

    // Ranks and grades the subjects over all their periods (aggregated), and takes the field
    // and period indexes from each sheet.
    static std::optional<ResultsChartData> load(QSqlDatabase& db, const QString& campaignCode,
                                                QString* error);

    bool isEmpty() const { return statistics.subjects.isEmpty(); }
    // The subject's name, or its code when it has none.
    QString subjectLabel(int subject) const;
    // "Nhóm A", or the code when the grade has no title; "No grade" for an empty code.
    QString gradeLabel(const QString& code) const;
    // "1. Công tác chỉ đạo, điều hành cải cách hành chính".
    QString fieldLabel(int field) const;
    QStringList fieldLabels() const;
    static QString periodLabel(const QString& period);
    QStringList periodLabels() const;

    // Every subject's index (in rank order).
    ChartSeries ranking() const;
    // The subject's field indexes, then the province average of each field.
    QList<ChartSeries> fields(int subject) const;
    // How many subjects have each grade, written "2 (33,33%)".
    ChartSeries grades() const;
    // The subject's index in each period, then the province average of each period.
    QList<ChartSeries> trend(int subject) const;
    // The highest value an index can take, for the value axes.
    static Decimal indexMaximum() { return Decimal::fromInt(100); }
};

} // namespace danhgia::ui
