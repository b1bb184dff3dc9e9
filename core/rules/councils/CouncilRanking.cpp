#include "councils/CouncilRanking.h"

#include <algorithm>

namespace danhgia {

namespace {

using DecidedBy = CouncilRank::DecidedBy;

// The tie-breaks of Decree 170/2025, in order.
constexpr int TieBreakCount = 2;

std::optional<Decimal> tieBreakValue(const CouncilRankingEntry& entry, int level)
{
    return level == 0 ? entry.professional : entry.written;
}

DecidedBy decidedByLevel(int level)
{
    return level == 0 ? DecidedBy::ProfessionalScore : DecidedBy::WrittenScore;
}

// Ranks `group` (indices of entries with the same total, and the same tie-break values up to
// `level`) from `first` on. `decided` is what separated the group from the others.
void settle(const QList<CouncilRankingEntry>& entries, QList<int> group, int level, int first,
            DecidedBy decided, QList<CouncilRank>& ranks)
{
    if (group.size() == 1) {
        ranks[group.first()].rank = first;
        ranks[group.first()].decidedBy = decided;
        return;
    }
    const bool dataAllows = level < TieBreakCount && std::all_of(group.cbegin(), group.cend(), [&](int i) {
                                return tieBreakValue(entries.at(i), level).has_value();
                            });
    if (!dataAllows) {
        for (const int i : group) {
            ranks[i].rank = first;
            ranks[i].decidedBy = DecidedBy::HeadOfAgency;
        }
        return;
    }
    std::stable_sort(group.begin(), group.end(), [&](int a, int b) {
        return *tieBreakValue(entries.at(a), level) > *tieBreakValue(entries.at(b), level);
    });
    int start = 0;
    while (start < group.size()) {
        const Decimal value = *tieBreakValue(entries.at(group.at(start)), level);
        int end = start + 1;
        while (end < group.size() && *tieBreakValue(entries.at(group.at(end)), level) == value) {
            ++end;
        }
        settle(entries, group.mid(start, end - start), level + 1, first + start, decidedByLevel(level),
               ranks);
        start = end;
    }
}

} // namespace

bool CouncilRanking::scoringComplete(const CouncilSession& session, const CouncilCandidate& candidate)
{
    if (session.members.isEmpty()) {
        return candidate.scores.size() >= 2;
    }
    for (const CouncilMember& member : session.members) {
        const bool scored = std::any_of(candidate.scores.cbegin(), candidate.scores.cend(),
                                        [&member](const auto& score) { return score.first == member.id; });
        if (!scored) {
            return false;
        }
    }
    return true;
}

QList<CouncilRankingEntry> CouncilRanking::entries(const CouncilSession& session)
{
    QList<CouncilRankingEntry> all;
    all.reserve(session.candidates.size());
    for (const CouncilCandidate& candidate : session.candidates) {
        CouncilRankingEntry entry;
        entry.candidateId = candidate.id;
        if (scoringComplete(session, candidate)) {
            const CandidateResult result = session.evaluate(candidate);
            entry.official = result.official;
            entry.passed = result.passed;
        }
        all.append(entry);
    }
    return all;
}

QList<CouncilRank> CouncilRanking::rank(const QList<CouncilRankingEntry>& entries)
{
    QList<CouncilRank> ranks;
    ranks.reserve(entries.size());
    QList<int> ranked;
    for (int i = 0; i < entries.size(); ++i) {
        const CouncilRankingEntry& entry = entries.at(i);
        CouncilRank rank;
        rank.candidateId = entry.candidateId;
        if (entry.official && entry.passed.value_or(true)) {
            rank.total = *entry.official + entry.priority;
            ranked.append(i);
        }
        ranks.append(rank);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&ranks](int a, int b) { return *ranks.at(a).total > *ranks.at(b).total; });
    int start = 0;
    while (start < ranked.size()) {
        const Decimal total = *ranks.at(ranked.at(start)).total;
        int end = start + 1;
        while (end < ranked.size() && *ranks.at(ranked.at(end)).total == total) {
            ++end;
        }
        settle(entries, ranked.mid(start, end - start), 0, start + 1, DecidedBy::Score, ranks);
        start = end;
    }
    return ranks;
}

} // namespace danhgia
