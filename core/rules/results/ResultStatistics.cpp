#include "results/ResultStatistics.h"

#include <QHash>

#include <algorithm>

namespace danhgia {

QList<ResultStatistics::Field> ResultStatistics::fieldsOf(const CriteriaSet& set)
{
    QList<Field> fields;
    for (const int top : set.topLevel()) {
        const Criterion& node = set.node(top);
        const Decimal max = node.isGroup ? node.max : node.leafMax();
        if (max > Decimal()) {
            fields.append({top, node.code, node.title});
        }
    }
    return fields;
}

std::optional<Decimal> ResultStatistics::nodeIndex(const SubjectResult& result, int node, int decimals)
{
    if (node < 0 || static_cast<std::size_t>(node) >= result.nodes.size()) {
        return std::nullopt;
    }
    const NodeScore& score = result.nodes[static_cast<std::size_t>(node)];
    if (!score.applicable || score.max <= Decimal()) {
        return std::nullopt;
    }
    return Decimal::fromRatio(WideInt(score.points.units()) * WideInt(100), WideInt(score.max.units()),
                              decimals);
}

std::optional<Decimal> ResultStatistics::mean(const QList<std::optional<Decimal>>& values, int decimals)
{
    WideInt sum(0);
    qint64 count = 0;
    for (const auto& value : values) {
        if (value) {
            sum = sum + WideInt(value->units());
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return Decimal::fromRatio(sum, WideInt(count) * WideInt(Decimal::UnitsPerOne), decimals);
}

ResultStatistics ResultStatistics::compute(const CriteriaSet& set, const QList<SubjectResult>& ranked,
                                           const QList<SubjectResult>& perPeriod,
                                           const QStringList& periodOrder)
{
    ResultStatistics stats;
    stats.decimals = set.decimals;
    stats.fields = fieldsOf(set);

    // Periods: the campaign's order, then the others found in the sheets, sorted.
    QStringList others;
    for (const SubjectResult& result : perPeriod) {
        const QString key = periodKey(result.period);
        if (!periodOrder.contains(key) && !others.contains(key)) {
            others.append(key);
        }
    }
    std::sort(others.begin(), others.end());
    for (const QString& period : periodOrder) {
        const bool used = std::any_of(perPeriod.cbegin(), perPeriod.cend(),
                                      [&](const SubjectResult& r) { return periodKey(r.period) == period; });
        if (used && !stats.periods.contains(period)) {
            stats.periods.append(period);
        }
    }
    stats.periods.append(others);

    QHash<QString, QList<int>> sheetsOf; // subject id -> positions in perPeriod
    for (int i = 0; i < perPeriod.size(); ++i) {
        sheetsOf[perPeriod[i].subjectId].append(i);
    }

    for (const SubjectResult& result : ranked) {
        Subject subject;
        subject.id = result.subjectId;
        subject.name = result.subjectName;
        subject.total = result.total;
        subject.max = result.max;
        subject.index = result.index;
        subject.grade = result.grade;
        subject.rank = result.rank;
        subject.complete = result.complete;
        const QList<int> sheets = sheetsOf.value(result.subjectId);
        for (const Field& field : stats.fields) {
            if (!result.nodes.empty()) {
                subject.fieldIndexes.append(nodeIndex(result, field.node, set.decimals));
                continue;
            }
            QList<std::optional<Decimal>> periods;
            for (const int sheet : sheets) {
                periods.append(nodeIndex(perPeriod[sheet], field.node, set.decimals));
            }
            subject.fieldIndexes.append(mean(periods, set.decimals));
        }
        for (const QString& period : stats.periods) {
            std::optional<Decimal> index;
            for (const int sheet : sheets) {
                if (periodKey(perPeriod[sheet].period) == period) {
                    index = perPeriod[sheet].index;
                    break;
                }
            }
            subject.periodIndexes.append(index);
        }
        stats.subjects.append(subject);
    }
    std::stable_sort(stats.subjects.begin(), stats.subjects.end(), [](const Subject& a, const Subject& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
    });

    for (int f = 0; f < stats.fields.size(); ++f) {
        QList<std::optional<Decimal>> values;
        for (const Subject& subject : stats.subjects) {
            values.append(subject.fieldIndexes.at(f));
        }
        stats.fieldAverages.append(mean(values, set.decimals));
    }
    for (int p = 0; p < stats.periods.size(); ++p) {
        QList<std::optional<Decimal>> values;
        for (const Subject& subject : stats.subjects) {
            values.append(subject.periodIndexes.at(p));
        }
        stats.periodAverages.append(mean(values, set.decimals));
    }
    QList<std::optional<Decimal>> indexes;
    for (const Subject& subject : stats.subjects) {
        indexes.append(subject.index);
    }
    stats.averageIndex = mean(indexes, set.decimals);

    const auto share = [&](int count) {
        return Decimal::fromRatio(WideInt(count) * WideInt(100), WideInt(stats.subjects.size()),
                                  set.decimals);
    };
    int graded = 0;
    for (const Grade& grade : set.grades) {
        const auto count
            = static_cast<int>(std::count_if(stats.subjects.cbegin(), stats.subjects.cend(),
                                             [&](const Subject& s) { return s.grade == grade.code; }));
        graded += count;
        stats.gradeCounts.append({grade.code, grade.title, count, count > 0 ? share(count) : Decimal()});
    }
    const int ungraded = static_cast<int>(stats.subjects.size()) - graded;
    if (ungraded > 0) {
        stats.gradeCounts.append({QString(), QString(), ungraded, share(ungraded)});
    }
    return stats;
}

} // namespace danhgia
