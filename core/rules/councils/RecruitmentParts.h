#pragma once

#include "councils/CouncilRanking.h"
#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// A part of a recruitment examination (Decree 170/2025): what it is, its maximum and the score.
struct RecruitmentPart
{
    enum class Kind
    {
        Written, // thi viết
        Interview, // phỏng vấn: the professional score
        Practical, // thực hành: the professional score when there is no interview
    };
    Kind kind = Kind::Written;
    Decimal max = Decimal::fromInt(100);
    Decimal score;
};

struct RecruitmentCandidate
{
    QString id;
    QList<RecruitmentPart> parts;
    Decimal priority; // priority points: 0, 2,5, 5 or 7,5
};

struct RecruitmentOutcome
{
    QString candidateId;
    Decimal total; // the sum of the parts' scores, without priority points
    bool passed = false;
    QStringList failures; // why the candidate failed, one sentence each; empty when passed
    CouncilRank rank; // rank, total with priority points, and what decided the place
    // Still tied after every tie-break: the head of the agency decides (not broken here).
    bool tiedForHeadOfAgency() const { return rank.decidedBy == CouncilRank::DecidedBy::HeadOfAgency; }
};

// The pass rule and ranking of a recruitment examination of several parts (Decree 170/2025;
// rules.md §5):
// - a candidate passes when the total of the parts' scores reaches the pass mark AND every part
//   reaches 50% of its maximum ("Phần thi viết đạt 45/100, dưới 50%" otherwise);
// - priority points (7,5 / 5 / 2,5) are added to the total for ranking only, never to pass;
// - those who pass are ranked by that sum; equal sums go to the higher professional score (the
//   interview, or the practical part when there is no interview), then the higher written
//   score; still tied, the head of the agency decides: reported as a tie (CouncilRanking).
// Exact decimals only.
class RecruitmentParts
{
    Q_DECLARE_TR_FUNCTIONS(RecruitmentParts)

public:
    // The part's name for people ("thi viết").
    static QString title(RecruitmentPart::Kind kind);
    // The priority points the decree allows: 7,5, 5 and 2,5 (and none).
    static QList<Decimal> allowedPriorityPoints();
    // What is wrong with a candidate's data, naming the candidate and the part; empty when it
    // holds: at least one part, no kind twice, each maximum above 0, each score within 0..max,
    // allowed priority points.
    static QString problem(const RecruitmentCandidate& candidate);
    // Whether the part reaches half of its maximum.
    static bool reachesHalf(const RecruitmentPart& part);
    // Why the candidate fails at `passMark` (one sentence per reason); empty when passing.
    static QStringList failures(const RecruitmentCandidate& candidate, Decimal passMark);
    // Every candidate's outcome in their order, ranked; nothing and *error (every problem, one
    // per line) when a candidate's data is wrong or the pass mark is negative.
    static std::optional<QList<RecruitmentOutcome>> evaluate(const QList<RecruitmentCandidate>& candidates,
                                                             Decimal passMark, QString* error);

private:
    static Decimal total(const RecruitmentCandidate& candidate);
    static std::optional<Decimal> scoreOf(const RecruitmentCandidate& candidate, RecruitmentPart::Kind kind);
};

} // namespace danhgia
