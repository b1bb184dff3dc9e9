#pragma once

#include "Decimal.h"

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

struct CouncilCandidate
{
    QString id;
    QString name;
    QList<QPair<QString, Decimal>> scores; // member id → score, in the order of the file
    std::optional<Decimal> agreed;
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
    // The rule that decides who holds the dialogue (the last one that applies), if any.
    const DialogueRule* dialogueRuleFor(Decimal spread) const;

    CandidateResult evaluate(const CouncilCandidate& candidate) const;
    QList<CandidateResult> evaluateAll() const;
    // The contract's output: { "TS01": {"mean", "spread", "status", "by", "official", "passed"}, ... }
    QJsonObject resultsJson() const;
};

} // namespace danhgia
