#include "results/ResultClassifier.h"

#include <algorithm>

namespace danhgia {

QString ResultClassifier::gradeForIndex(Decimal index) const
{
    for (const auto& grade : m_set.grades) {
        if (grade.min <= index) {
            return grade.code;
        }
    }
    return {};
}

QString ResultClassifier::applyFlags(const QString& computed, const QStringList& flags) const
{
    // A waiving flag (maternity leave) cancels the flags it names before the priority applies.
    QStringList waived;
    for (const QString& code : flags) {
        const GradeFlag* flag = m_set.flag(code);
        if (flag && flag->effect == GradeFlag::Effect::Waive) {
            waived += flag->waives;
        }
    }
    int lowestForced = -1;
    int lowestCap = -1;
    for (const QString& code : flags) {
        const GradeFlag* flag = m_set.flag(code);
        if (!flag || waived.contains(code)) {
            continue;
        }
        switch (flag->effect) {
            case GradeFlag::Effect::Waive:
                break;
            case GradeFlag::Effect::Unclassified:
                return {};
            case GradeFlag::Effect::Force:
                lowestForced = std::max(lowestForced, m_set.gradeIndex(flag->grade));
                break;
            case GradeFlag::Effect::Cap:
                lowestCap = std::max(lowestCap, m_set.gradeIndex(flag->grade));
                break;
        }
    }
    if (lowestForced >= 0) {
        return m_set.grades[lowestForced].code;
    }
    if (lowestCap >= 0 && !computed.isEmpty() && m_set.gradeIndex(computed) < lowestCap) {
        return m_set.grades[lowestCap].code;
    }
    return computed;
}

std::optional<int> ResultClassifier::classify(QList<SubjectResult>* results,
                                              QList<QuotaRule::Scope>* scopes) const
{
    if (scopes) {
        scopes->clear();
    }
    QList<Decimal> indexes;
    indexes.reserve(results->size());
    for (auto& result : *results) {
        result.grade = applyFlags(gradeForIndex(result.index), result.flags);
        result.quota = QuotaStatus::NotProposed;
        indexes.append(result.index);
    }
    const QList<int> rankList = ranks(indexes);
    for (int i = 0; i < results->size(); ++i) {
        (*results)[i].rank = rankList[i];
    }
    if (!m_set.quota) {
        return std::nullopt;
    }
    const QuotaRule& quota = *m_set.quota;
    const int gradeIndex = m_set.gradeIndex(quota.grade);
    const QString lower = gradeIndex >= 0 && gradeIndex + 1 < m_set.grades.size()
        ? m_set.grades[gradeIndex + 1].code
        : QString();
    QList<QuotaRule::Subject> subjects;
    subjects.reserve(results->size());
    for (const auto& result : *results) {
        subjects.append({result.index, result.grade, scopeOf(result)});
    }
    const QuotaRule::Outcome outcome = quota.apply(subjects, lower, m_ceilings);
    for (int i = 0; i < results->size(); ++i) {
        (*results)[i].quota = outcome.statuses[i];
        (*results)[i].grade = outcome.finalGrades[i];
    }
    if (scopes) {
        *scopes = outcome.scopes;
    }
    if (!quota.per.isEmpty()) {
        return std::nullopt;
    }
    return outcome.allowed;
}

QStringList ResultClassifier::scopeOf(const SubjectResult& result) const
{
    QStringList values;
    if (!m_set.quota) {
        return values;
    }
    for (const QString& field : m_set.quota->per) {
        values.append(scopeValue(result, field));
    }
    return values;
}

QString ResultClassifier::scopeValue(const SubjectResult& result, const QString& field)
{
    if (field == QLatin1String("unit")) {
        return result.unit;
    }
    if (field == QLatin1String("group")) {
        return result.group;
    }
    return {};
}

QList<int> ResultClassifier::ranks(const QList<Decimal>& indexes)
{
    QList<int> order(indexes.size());
    for (int i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&indexes](int a, int b) { return indexes[a] > indexes[b]; });
    QList<int> result(indexes.size());
    for (int position = 0; position < order.size(); ++position) {
        const int subject = order[position];
        if (position > 0 && indexes[order[position - 1]] == indexes[subject]) {
            result[subject] = result[order[position - 1]];
        } else {
            result[subject] = position + 1;
        }
    }
    return result;
}

} // namespace danhgia
