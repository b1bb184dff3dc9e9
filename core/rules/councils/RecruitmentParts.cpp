#include "councils/RecruitmentParts.h"

#include <QSet>

namespace danhgia {

QString RecruitmentParts::title(RecruitmentPart::Kind kind)
{
    switch (kind) {
        case RecruitmentPart::Kind::Written:
            return tr("written test");
        case RecruitmentPart::Kind::Interview:
            return tr("interview");
        case RecruitmentPart::Kind::Practical:
            return tr("practical test");
    }
    return {};
}

QList<Decimal> RecruitmentParts::allowedPriorityPoints()
{
    return {*Decimal::fromString(QStringLiteral("7.5")), Decimal::fromInt(5),
            *Decimal::fromString(QStringLiteral("2.5"))};
}

QString RecruitmentParts::problem(const RecruitmentCandidate& candidate)
{
    if (candidate.parts.isEmpty()) {
        return tr("Candidate %1 has no part of the examination").arg(candidate.id);
    }
    QSet<int> kinds;
    for (const RecruitmentPart& part : candidate.parts) {
        const QString name = title(part.kind);
        if (kinds.contains(static_cast<int>(part.kind))) {
            return tr("Candidate %1: the %2 part is given twice").arg(candidate.id, name);
        }
        kinds.insert(static_cast<int>(part.kind));
        if (part.max.isNegative() || part.max.isZero()) {
            return tr("Candidate %1: the maximum of the %2 part must be above 0, not %3")
                .arg(candidate.id, name, part.max.toDisplayString());
        }
        if (part.score.isNegative() || part.score > part.max) {
            return tr("Candidate %1: the score %2 of the %3 part is outside 0 to %4")
                .arg(candidate.id, part.score.toDisplayString(), name, part.max.toDisplayString());
        }
    }
    if (!candidate.priority.isZero() && !allowedPriorityPoints().contains(candidate.priority)) {
        QStringList allowed;
        for (const Decimal points : allowedPriorityPoints()) {
            allowed.append(points.toDisplayString());
        }
        return tr("Candidate %1: the priority points are one of %2 (or none), not %3")
            .arg(candidate.id, allowed.join(QStringLiteral("; ")), candidate.priority.toDisplayString());
    }
    return {};
}

bool RecruitmentParts::reachesHalf(const RecruitmentPart& part)
{
    return part.score + part.score >= part.max;
}

Decimal RecruitmentParts::total(const RecruitmentCandidate& candidate)
{
    Decimal sum;
    for (const RecruitmentPart& part : candidate.parts) {
        sum = sum + part.score;
    }
    return sum;
}

std::optional<Decimal> RecruitmentParts::scoreOf(const RecruitmentCandidate& candidate,
                                                 RecruitmentPart::Kind kind)
{
    for (const RecruitmentPart& part : candidate.parts) {
        if (part.kind == kind) {
            return part.score;
        }
    }
    return std::nullopt;
}

QStringList RecruitmentParts::failures(const RecruitmentCandidate& candidate, Decimal passMark)
{
    QStringList reasons;
    const Decimal sum = total(candidate);
    if (sum < passMark) {
        reasons.append(tr("The total %1 is below the pass mark %2")
                           .arg(sum.toDisplayString(), passMark.toDisplayString()));
    }
    for (const RecruitmentPart& part : candidate.parts) {
        if (!reachesHalf(part)) {
            reasons.append(
                tr("The %1 part scored %2/%3, below 50%")
                    .arg(title(part.kind), part.score.toDisplayString(), part.max.toDisplayString()));
        }
    }
    return reasons;
}

std::optional<QList<RecruitmentOutcome>>
RecruitmentParts::evaluate(const QList<RecruitmentCandidate>& candidates, Decimal passMark, QString* error)
{
    QStringList problems;
    if (passMark.isNegative()) {
        problems.append(tr("The pass mark %1 is negative").arg(passMark.toDisplayString()));
    }
    for (const RecruitmentCandidate& candidate : candidates) {
        const QString wrong = problem(candidate);
        if (!wrong.isEmpty()) {
            problems.append(wrong);
        }
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    QList<RecruitmentOutcome> outcomes;
    QList<CouncilRankingEntry> entries;
    for (const RecruitmentCandidate& candidate : candidates) {
        RecruitmentOutcome outcome;
        outcome.candidateId = candidate.id;
        outcome.total = total(candidate);
        outcome.failures = failures(candidate, passMark);
        outcome.passed = outcome.failures.isEmpty();
        outcomes.append(outcome);

        CouncilRankingEntry entry;
        entry.candidateId = candidate.id;
        entry.official = outcome.total;
        entry.passed = outcome.passed;
        entry.priority = candidate.priority;
        entry.professional = scoreOf(candidate, RecruitmentPart::Kind::Interview);
        if (!entry.professional) {
            entry.professional = scoreOf(candidate, RecruitmentPart::Kind::Practical);
        }
        entry.written = scoreOf(candidate, RecruitmentPart::Kind::Written);
        entries.append(entry);
    }
    const QList<CouncilRank> ranks = CouncilRanking::rank(entries);
    for (int i = 0; i < outcomes.size(); ++i) {
        outcomes[i].rank = ranks.at(i);
    }
    return outcomes;
}

} // namespace danhgia
