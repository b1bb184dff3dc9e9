#pragma once

#include "numbers/Decimal.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace danhgia {

// A spread rule of an interview council: when the members' scores of a candidate are this far
// apart, the person named by `by` holds a dialogue and an agreed score replaces the mean.
struct DialogueRule
{
    enum class Kind
    {
        SpreadOver, // spread > threshold
        SpreadAtLeast, // spread ≥ threshold
    };
    Kind kind = Kind::SpreadAtLeast;
    Decimal threshold;
    QString by; // "chu_tich" (council chair), "truong_ban" (board head), ...

    bool applies(Decimal spread) const
    {
        return kind == Kind::SpreadOver ? spread > threshold : spread >= threshold;
    }
};

struct CouncilMember
{
    QString id;
    QString name;
    QString role;
};

// An agreed score that no longer stands: the dialogue settled the members' scores as they were,
// and then a member's score changed (or a member scored for the first time). Kept with the
// candidate, so that the council file, the outbox and the audit trail say what was voided and why.
struct VoidedAgreement
{
    Decimal agreed; // the agreed score voided
    Decimal spread; // the spread of the scores it settled
    QString by; // who held that dialogue ("chu_tich")
    QString memberId; // whose score changed
    std::optional<Decimal> from; // that member's score before (empty: none yet)
    Decimal to; // and after
};

struct CouncilCandidate
{
    QString id;
    QString name;
    QList<QPair<QString, Decimal>> scores; // member id → score, in the order of the file
    std::optional<Decimal> agreed;
    QList<VoidedAgreement> voided{}; // oldest first
};

struct CandidateResult
{
    enum class Status
    {
        Official,
        NeedsDialogue,
        Agreed,
    };
    QString candidateId;
    Decimal mean;
    Decimal spread;
    Status status = Status::Official;
    QString by;
    std::optional<Decimal> official;
    std::optional<bool> passed; // empty when the council has no pass mark or no official score

    static QString statusName(Status status);
};

// An interview council session ("danhgia.council/1"): members score each candidate, spread
// rules decide when a dialogue is needed, the official score is the mean or the agreed score.
class CouncilSession
{
    Q_DECLARE_TR_FUNCTIONS(CouncilSession)

public:
    static constexpr const char* FormatName = "danhgia.council/1";

    QString title;
    Decimal max = Decimal::fromInt(100);
    int decimals = 1;
    std::optional<Decimal> pass;
    QList<CouncilMember> members;
    QList<DialogueRule> dialogue = decision612Rules();
    QList<CouncilCandidate> candidates;

    // Decision 612/QĐ-UBND (Lạng Sơn, 2023): the council chair when the spread is 10 or more.
    static QList<DialogueRule> decision612Rules();
    // Circular 06/2020/TT-BNV: the board head above 5, the council chair from 10.
    static QList<DialogueRule> circular06Rules();

    const CouncilMember* member(const QString& id) const;
    // The decimals a score is printed with: the council's ("80,0" with one), more for a score
    // that has more (a council file may give 85.75 to a council of one decimal).
    int printedPlaces(Decimal score) const;
    // The rule that decides who holds the dialogue (the last one that applies), if any.
    const DialogueRule* dialogueRuleFor(Decimal spread) const;

    CandidateResult evaluate(const CouncilCandidate& candidate) const;
    // Why the agreed score of `candidate` may not be recorded by `holder` (a council role code,
    // "chu_tich"); empty when it may: two members at least have scored, their spread calls for a
    // dialogue, and `holder` is the one the spread rule names. The score's range is the caller's.
    QString agreedScoreRefusal(const CouncilCandidate& candidate, const QString& holder) const;
    // Whether a user acting in the app's `role` may record the agreed score of `candidate` now: the
    // role records agreed scores (RecordPermissions), every member has scored
    // (CouncilRanking::scoringComplete), and the dialogue is held by the role's council role.
    bool mayRecordAgreedScore(const CouncilCandidate& candidate, Role role) const;
    // Records `memberId`'s score of `candidate` (a candidate of this session), replacing an
    // earlier one. The agreed score settled the scores as they were: a different score voids it
    // (it is moved to candidate.voided and returned), and evaluate() applies the spread rules
    // afresh: a new dialogue, or the mean when the scores are close. The same score again
    // changes nothing. The caller checks the member and the score's range.
    std::optional<VoidedAgreement> setMemberScore(CouncilCandidate& candidate, const QString& memberId,
                                                  Decimal score) const;
    QList<CandidateResult> evaluateAll() const;
    // The contract's output: { "TS01": {"mean", "spread", "status", "by", "official", "passed"}, ... }
    QJsonObject resultsJson() const;
};

} // namespace danhgia
