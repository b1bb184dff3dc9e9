#include "results/QuotaRule.h"

#include <algorithm>

namespace danhgia {

QuotaRule::Outcome QuotaRule::apply(const QList<Subject>& subjects, const QString& lowerGrade,
                                    const QList<QuotaCeiling>& ceilings) const
{
    if (per.isEmpty()) {
        return applyToAll(subjects, lowerGrade, ratio, nullptr);
    }
    const auto unitField = per.indexOf(QStringLiteral("unit"));
    // The scopes in ascending order, each with the positions of its subjects.
    QList<QStringList> keys;
    QList<QList<int>> members;
    for (int i = 0; i < subjects.size(); ++i) {
        const QStringList& key = subjects[i].scope;
        const auto at = std::lower_bound(keys.begin(), keys.end(), key, &QuotaRule::scopeLess);
        const auto position = static_cast<int>(at - keys.begin());
        if (at == keys.end() || *at != key) {
            keys.insert(position, key);
            members.insert(position, QList<int>());
        }
        members[position].append(i);
    }

    Outcome outcome;
    outcome.statuses.fill(QuotaStatus::NotProposed, subjects.size());
    outcome.finalGrades.fill(QString(), subjects.size());
    for (int s = 0; s < keys.size(); ++s) {
        QList<Subject> scoped;
        scoped.reserve(members[s].size());
        for (const int i : members[s]) {
            scoped.append(subjects[i]);
        }
        Scope scope;
        scope.values = keys[s];
        scope.ratio = ratio;
        const QuotaCeiling* raised = unitField >= 0 && unitField < keys[s].size()
            ? QuotaCeiling::find(ceilings, keys[s][unitField])
            : nullptr;
        if (raised) {
            scope.ceiling = *raised;
            scope.ratio = raised->ratio();
        }
        const Outcome part = applyToAll(scoped, lowerGrade, scope.ratio, &scope);
        for (int j = 0; j < members[s].size(); ++j) {
            outcome.statuses[members[s][j]] = part.statuses[j];
            outcome.finalGrades[members[s][j]] = part.finalGrades[j];
        }
        outcome.scopes.append(scope);
    }
    return outcome;
}

QStringList QuotaRule::scopeFields()
{
    return {QStringLiteral("unit"), QStringLiteral("group")};
}

bool QuotaRule::scopeLess(const QStringList& a, const QStringList& b)
{
    const auto count = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QList<uint> left = a[i].toUcs4();
        const QList<uint> right = b[i].toUcs4();
        if (left != right) {
            return std::lexicographical_compare(left.begin(), left.end(), right.begin(), right.end());
        }
    }
    return a.size() < b.size();
}

QuotaRule::Outcome QuotaRule::applyToAll(const QList<Subject>& subjects, const QString& lowerGrade,
                                         Decimal scopeRatio, Scope* scope) const
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
    qint64 counted = otherInOf;
    for (int k = n; k >= 0; --k) {
        const qint64 ofCount = otherInOf + (quotaGradeInOf ? k : 0) + (lowerGradeInOf ? n - k : 0);
        if (k <= scopeRatio.floorTimes(ofCount)) {
            allowed = k;
            counted = ofCount;
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
    if (scope) {
        scope->allowed = allowed;
        scope->counted = static_cast<int>(counted);
        scope->proposed = n;
        for (const int subject : proposed) {
            const QuotaStatus status = outcome.statuses[subject];
            scope->kept += status == QuotaStatus::Within ? 1 : 0;
            scope->tied += status == QuotaStatus::Tie ? 1 : 0;
            scope->demoted += status == QuotaStatus::Demoted ? 1 : 0;
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
