#include "results/QuotaRule.h"

#include <algorithm>

namespace danhgia {

QuotaRule::Outcome QuotaRule::apply(const QList<Subject>& subjects, const QString& lowerGrade) const
{
    Outcome outcome;
    outcome.statuses.fill(QuotaStatus::NotProposed, subjects.size());
    outcome.finalGrades.reserve(subjects.size());
    for (const auto& subject : subjects) {
        outcome.finalGrades.append(subject.grade);
    }

    QList<int> proposed;
    int otherInOf = 0;
    for (int i = 0; i < subjects.size(); ++i) {
        if (!subjects[i].grade.isEmpty() && subjects[i].grade == grade) {
            proposed.append(i);
        } else if (!subjects[i].grade.isEmpty() && of.contains(subjects[i].grade)) {
            ++otherInOf;
        }
    }
    std::stable_sort(proposed.begin(), proposed.end(),
                     [&subjects](int a, int b) { return subjects[a].index > subjects[b].index; });

    // The largest k for which keeping the first k proposed subjects satisfies the rule, with
    // the demoted ones counted at their new grade.
    const int n = static_cast<int>(proposed.size());
    const bool quotaGradeInOf = of.contains(grade);
    const bool lowerGradeInOf = !lowerGrade.isEmpty() && of.contains(lowerGrade);
    int allowed = 0;
    for (int k = n; k >= 0; --k) {
        const qint64 ofCount = otherInOf + (quotaGradeInOf ? k : 0) + (lowerGradeInOf ? n - k : 0);
        if (k <= ratio.floorTimes(ofCount)) {
            allowed = k;
            break;
        }
    }
    outcome.allowed = allowed;

    for (int position = 0; position < n; ++position) {
        const int subject = proposed[position];
        outcome.statuses[subject] = position < allowed ? QuotaStatus::Within : QuotaStatus::Demoted;
    }
    if (allowed > 0 && allowed < n) {
        const Decimal boundary = subjects[proposed[allowed - 1]].index;
        if (subjects[proposed[allowed]].index == boundary) {
            for (const int subject : proposed) {
                if (subjects[subject].index == boundary) {
                    outcome.statuses[subject] = QuotaStatus::Tie;
                }
            }
        }
    }
    for (const int subject : proposed) {
        if (outcome.statuses[subject] == QuotaStatus::Demoted) {
            outcome.finalGrades[subject] = lowerGrade;
        }
    }
    return outcome;
}

QString QuotaRule::statusName(QuotaStatus status)
{
    switch (status) {
        case QuotaStatus::Within:
            return QStringLiteral("within");
        case QuotaStatus::Demoted:
            return QStringLiteral("demoted");
        case QuotaStatus::Tie:
            return QStringLiteral("tie");
        case QuotaStatus::NotProposed:
            break;
    }
    return {};
}

} // namespace danhgia
