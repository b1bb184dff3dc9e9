#include "scoring/PeriodAggregator.h"

#include <QHash>

#include <algorithm>

namespace danhgia {

namespace {

Decimal roundedMean(const QList<Decimal>& values, int decimals)
{
    WideInt sum(0);
    for (const Decimal& v : values) {
        sum = sum + WideInt(v.units());
    }
    return Decimal::fromRatio(sum, WideInt(values.size()) * WideInt(Decimal::UnitsPerOne), decimals);
}

} // namespace

std::optional<QList<SubjectResult>> PeriodAggregator::aggregate(const QList<SubjectResult>& periods,
                                                                int decimals, Duplicate* duplicate)
{
    QHash<QString, int> bySubject;
    QList<QList<int>> members;
    for (int i = 0; i < periods.size(); ++i) {
        const auto it = bySubject.constFind(periods[i].subjectId);
        if (it == bySubject.constEnd()) {
            bySubject.insert(periods[i].subjectId, static_cast<int>(members.size()));
            members.append(QList<int>{i});
            continue;
        }
        for (const int other : members[*it]) {
            if (periods[other].period == periods[i].period) {
                if (duplicate) {
                    *duplicate = {periods[i].subjectId, periods[i].period, other, i};
                }
                return std::nullopt;
            }
        }
        members[*it].append(i);
    }

    QList<SubjectResult> results;
    results.reserve(members.size());
    for (const QList<int>& group : members) {
        SubjectResult combined;
        const SubjectResult& first = periods[group.first()];
        combined.subjectId = first.subjectId;
        combined.subjectName = first.subjectName;
        combined.group = first.group;
        combined.unit = first.unit;
        combined.aggregated = true;
        QList<Decimal> totals;
        QList<Decimal> maxima;
        QList<Decimal> indexes;
        for (const int i : group) {
            const SubjectResult& p = periods[i];
            combined.periods.append(p.period);
            totals.append(p.total.rounded(decimals));
            maxima.append(p.max.rounded(decimals));
            indexes.append(p.index);
            combined.complete = combined.complete && p.complete;
            for (const QString& flag : p.flags) {
                if (!combined.flags.contains(flag)) {
                    combined.flags.append(flag);
                }
            }
            for (const QString& code : p.missing) {
                if (!combined.missing.contains(code)) {
                    combined.missing.append(code);
                }
            }
        }
        std::sort(combined.periods.begin(), combined.periods.end());
        std::sort(combined.missing.begin(), combined.missing.end());
        combined.total = roundedMean(totals, decimals);
        combined.max = roundedMean(maxima, decimals);
        combined.index = roundedMean(indexes, decimals);
        results.append(combined);
    }
    return results;
}

} // namespace danhgia
