#pragma once

#include "councils/CouncilSession.h"
#include "numbers/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// What the ranking of one candidate needs (rules.md §5, Decree 170/2025 on recruitment).
struct CouncilRankingEntry
{
    QString candidateId;
    std::optional<Decimal> official; // empty: no official score yet (scoring or dialogue pending)
    std::optional<bool> passed; // false: below the pass mark; empty: the council has no pass mark
    Decimal priority; // priority points (7,5 / 5 / 2,5), 0 when none
    // The tie-breaks of Decree 170/2025, in order; empty when the data does not hold them.
    std::optional<Decimal> professional; // the professional (round 2) score
    std::optional<Decimal> written; // the written score
};

struct CouncilRank
{
    // What placed the candidate: a total no other candidate has, a tie-break, or nothing (the
    // candidate is still tied after every tie-break the data allows: the head of the agency
    // decides).
    enum class DecidedBy
    {
        NotRanked, // no official score, or failed
        Score,
        ProfessionalScore,
        WrittenScore,
        HeadOfAgency,
    };
    QString candidateId;
    int rank = 0; // 1 = first; 0 = not ranked. Tied candidates share a rank (1, 2, 2, 4).
    std::optional<Decimal> total; // official score + priority points, for ranked candidates
    DecidedBy decidedBy = DecidedBy::NotRanked;
};

// The ranking of an interview council's candidates, as Decree 170/2025 orders those who pass:
// - only candidates with an official score who did not fail are ranked (those below the pass
//   mark compete for no post);
// - by total = official score + priority points, highest first;
// - equal totals: the higher professional score first, then the higher written score; a
//   tie-break is used only when every candidate of the tie has that score (a council document
//   holds neither, so its ties stay ties). Candidates still tied share the rank and the head of
//   the agency decides between them.
// Exact decimals only.
class CouncilRanking
{
public:
    // Whether the candidate's scoring is finished: every member of the council scored (at least
    // two scores when the council lists no members). Until then the mean is provisional: the
    // candidate has no official score, passes nothing and is not ranked.
    static bool scoringComplete(const CouncilSession& session, const CouncilCandidate& candidate);

    // The entries of a council session, in the order of its candidates: the official score and
    // pass of CouncilSession::evaluate() for candidates whose scoring is complete, no priority
    // points and no tie-break scores (the document holds none).
    static QList<CouncilRankingEntry> entries(const CouncilSession& session);

    // The ranks, one per entry and in the order of the entries.
    static QList<CouncilRank> rank(const QList<CouncilRankingEntry>& entries);
    static QList<CouncilRank> rank(const CouncilSession& session) { return rank(entries(session)); }
};

} // namespace danhgia
