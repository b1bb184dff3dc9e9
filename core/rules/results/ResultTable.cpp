#include "results/ResultTable.h"

namespace danhgia {

namespace {

ResultTable::Cell text(const QString& value)
{
    return {value, std::nullopt, QString()};
}

ResultTable::Cell number(Decimal value, int decimals)
{
    const Decimal rounded = value.rounded(decimals);
    return {rounded.toString(decimals), rounded, QString()};
}

} // namespace

ResultTable ResultTable::build(const CriteriaSet& set, const ScoringResult& result)
{
    ResultTable table;
    table.decimals = set.decimals;
    table.columns = {{QStringLiteral("subject_id"), tr("Code"), false},
                     {QStringLiteral("subject_name"), tr("Name"), false},
                     {QStringLiteral("period"), tr("Period"), false},
                     {QStringLiteral("total"), tr("Total points"), true},
                     {QStringLiteral("max"), tr("Maximum"), true},
                     {QStringLiteral("index"), tr("Index (%)"), true},
                     {QStringLiteral("grade"), tr("Grade code"), false},
                     {QStringLiteral("rank"), tr("Rank"), true},
                     {QStringLiteral("quota"), tr("Quota"), false},
                     {QStringLiteral("grade_title"), tr("Grade"), false}};
    const bool perNode = !result.results.isEmpty() && !result.results.first().aggregated;
    if (perNode) {
        for (const Criterion& node : set.nodes()) {
            table.columns.append({node.code, node.code, true});
        }
    }
    for (const SubjectResult& r : result.results) {
        QStringList periods;
        if (r.aggregated) {
            for (const auto& p : r.periods) {
                periods.append(p.value_or(QString()));
            }
        } else {
            periods.append(r.period.value_or(QString()));
        }
        const int gradeIndex = set.gradeIndex(r.grade);
        QList<Cell> row{text(r.subjectId),
                        text(r.subjectName),
                        text(periods.join(QLatin1Char(';'))),
                        number(r.total, set.decimals),
                        number(r.max, set.decimals),
                        number(r.index, set.decimals),
                        text(r.grade),
                        {QString::number(r.rank), Decimal::fromInt(r.rank), QString()},
                        {QuotaRule::statusName(r.quota), std::nullopt, quotaTitle(r.quota)},
                        text(gradeIndex >= 0 ? set.grades[gradeIndex].title : QString())};
        if (perNode) {
            for (std::size_t i = 0; i < r.nodes.size(); ++i) {
                row.append(r.nodes[i].applicable ? number(r.nodes[i].points, set.decimals) : text(QString()));
            }
        }
        table.rows.append(row);
    }
    return table;
}

QString ResultTable::quotaTitle(QuotaStatus status)
{
    switch (status) {
        case QuotaStatus::Within:
            return tr("Within the quota");
        case QuotaStatus::Demoted:
            return tr("Above the quota, graded one grade lower");
        case QuotaStatus::Tie:
            return tr("Tied at the quota boundary, to be decided");
        case QuotaStatus::NotProposed:
            break;
    }
    return {};
}

} // namespace danhgia
