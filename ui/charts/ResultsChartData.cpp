#include "ResultsChartData.h"

#include "queries/CampaignResults.h"
#include "stores/CampaignStore.h"

#include <QLocale>

namespace danhgia::ui {

std::optional<ResultsChartData> ResultsChartData::load(QSqlDatabase& db, const QString& campaignCode,
                                                       QString* error)
{
    const auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    const auto ranked = CampaignResults::compute(db, campaignCode, true, error);
    if (!ranked) {
        return std::nullopt;
    }
    const auto perPeriod = CampaignResults::compute(db, campaignCode, false, error);
    if (!perPeriod) {
        return std::nullopt;
    }
    ResultsChartData data;
    data.campaignCode = campaign->code;
    data.campaignTitle = campaign->title;
    data.set = ranked->set;
    data.statistics = ResultStatistics::compute(ranked->set, ranked->result.results,
                                                perPeriod->result.results, campaign->periods);
    return data;
}

QString ResultsChartData::subjectLabel(int subject) const
{
    const auto& s = statistics.subjects.at(subject);
    return s.name.isEmpty() ? s.id : s.name;
}

QString ResultsChartData::gradeLabel(const QString& code) const
{
    if (code.isEmpty()) {
        return tr("No grade");
    }
    const int index = set.gradeIndex(code);
    if (index >= 0 && !set.grades.at(index).title.isEmpty()) {
        return set.grades.at(index).title;
    }
    return code;
}

QString ResultsChartData::fieldLabel(int field) const
{
    const auto& f = statistics.fields.at(field);
    return f.title.isEmpty() ? f.code : tr("%1. %2").arg(f.code, f.title);
}

QStringList ResultsChartData::fieldLabels() const
{
    QStringList labels;
    for (int f = 0; f < statistics.fields.size(); ++f) {
        labels.append(fieldLabel(f));
    }
    return labels;
}

QString ResultsChartData::periodLabel(const QString& period)
{
    return period.isEmpty() ? tr("(no period)") : period;
}

QStringList ResultsChartData::periodLabels() const
{
    QStringList labels;
    for (const QString& period : statistics.periods) {
        labels.append(periodLabel(period));
    }
    return labels;
}

ChartSeries ResultsChartData::ranking() const
{
    ChartSeries series{tr("Index"), {}};
    for (int i = 0; i < statistics.subjects.size(); ++i) {
        series.points.append({subjectLabel(i), statistics.subjects.at(i).index, QString()});
    }
    return series;
}

QList<ChartSeries> ResultsChartData::fields(int subject) const
{
    QList<ChartSeries> series;
    if (subject >= 0 && subject < statistics.subjects.size()) {
        ChartSeries own{subjectLabel(subject), {}};
        const auto& indexes = statistics.subjects.at(subject).fieldIndexes;
        for (int f = 0; f < indexes.size(); ++f) {
            if (indexes.at(f)) {
                own.points.append({fieldLabel(f), *indexes.at(f), QString()});
            }
        }
        series.append(own);
    }
    ChartSeries average{tr("Province average"), {}};
    for (int f = 0; f < statistics.fieldAverages.size(); ++f) {
        if (statistics.fieldAverages.at(f)) {
            average.points.append({fieldLabel(f), *statistics.fieldAverages.at(f), QString()});
        }
    }
    series.append(average);
    return series;
}

ChartSeries ResultsChartData::grades() const
{
    ChartSeries series{tr("Grades"), {}};
    for (const auto& count : statistics.gradeCounts) {
        const QString text
            = tr("%1 (%2%)").arg(QLocale().toString(count.count), count.percent.toLocaleString(QLocale()));
        series.points.append({gradeLabel(count.code), Decimal::fromInt(count.count), text});
    }
    return series;
}

QList<ChartSeries> ResultsChartData::trend(int subject) const
{
    const QStringList labels = periodLabels();
    QList<ChartSeries> series;
    if (subject >= 0 && subject < statistics.subjects.size()) {
        ChartSeries own{subjectLabel(subject), {}};
        const auto& indexes = statistics.subjects.at(subject).periodIndexes;
        for (int p = 0; p < indexes.size(); ++p) {
            if (indexes.at(p)) {
                own.points.append({labels.at(p), *indexes.at(p), QString()});
            }
        }
        series.append(own);
    }
    ChartSeries average{tr("Province average"), {}};
    for (int p = 0; p < statistics.periodAverages.size(); ++p) {
        if (statistics.periodAverages.at(p)) {
            average.points.append({labels.at(p), *statistics.periodAverages.at(p), QString()});
        }
    }
    series.append(average);
    return series;
}

} // namespace danhgia::ui
