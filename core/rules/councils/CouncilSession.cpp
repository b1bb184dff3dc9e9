#include "councils/CouncilSession.h"

#include "councils/CouncilRanking.h"
#include "councils/CouncilRoles.h"
#include "workflow/RecordPermissions.h"

namespace danhgia {

QString CandidateResult::statusName(Status status)
{
    switch (status) {
        case Status::Official:
            return QStringLiteral("official");
        case Status::NeedsDialogue:
            return QStringLiteral("needs_dialogue");
        case Status::Agreed:
            return QStringLiteral("agreed");
    }
    return {};
}

QList<DialogueRule> CouncilSession::decision612Rules()
{
    return {{DialogueRule::Kind::SpreadAtLeast, Decimal::fromInt(10), QStringLiteral("chu_tich")}};
}

QList<DialogueRule> CouncilSession::circular06Rules()
{
    return {{DialogueRule::Kind::SpreadOver, Decimal::fromInt(5), QStringLiteral("truong_ban")},
            {DialogueRule::Kind::SpreadAtLeast, Decimal::fromInt(10), QStringLiteral("chu_tich")}};
}

const CouncilMember* CouncilSession::member(const QString& id) const
{
    for (const auto& m : members) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

int CouncilSession::printedPlaces(Decimal score) const
{
    int places = decimals;
    while (places < Decimal::MaxPlaces && !score.hasAtMostPlaces(places)) {
        ++places;
    }
    return places;
}

const DialogueRule* CouncilSession::dialogueRuleFor(Decimal spread) const
{
    const DialogueRule* decisive = nullptr;
    for (const auto& rule : dialogue) {
        if (rule.applies(spread)) {
            decisive = &rule;
        }
    }
    return decisive;
}

CandidateResult CouncilSession::evaluate(const CouncilCandidate& candidate) const
{
    CandidateResult result;
    result.candidateId = candidate.id;
    if (candidate.scores.isEmpty()) {
        result.status = CandidateResult::Status::NeedsDialogue;
        return result;
    }
    WideInt sum(0);
    Decimal lowest = candidate.scores.first().second;
    Decimal highest = lowest;
    for (const auto& score : candidate.scores) {
        sum = sum + WideInt(score.second.units());
        lowest = Decimal::min(lowest, score.second);
        highest = Decimal::max(highest, score.second);
    }
    result.mean
        = Decimal::fromRatio(sum, WideInt(candidate.scores.size()) * WideInt(Decimal::UnitsPerOne), decimals);
    result.spread = highest - lowest;
    if (const DialogueRule* rule = dialogueRuleFor(result.spread)) {
        result.by = rule->by;
        if (candidate.agreed) {
            result.status = CandidateResult::Status::Agreed;
            result.official = candidate.agreed->rounded(decimals);
        } else {
            result.status = CandidateResult::Status::NeedsDialogue;
        }
    } else {
        result.status = CandidateResult::Status::Official;
        result.official = result.mean;
    }
    if (pass && result.official) {
        result.passed = *result.official >= *pass;
    }
    return result;
}

QString CouncilSession::agreedScoreRefusal(const CouncilCandidate& candidate, const QString& holder) const
{
    if (candidate.scores.size() < 2) {
        return tr("Candidate %1: at least two members must score before a dialogue").arg(candidate.id);
    }
    const CandidateResult result = evaluate(candidate);
    if (result.status == CandidateResult::Status::Official) {
        return tr("Candidate %1 needs no dialogue: the spread of the scores is %2, so the mean %3 is the "
                  "official score")
            .arg(candidate.id, result.spread.toDisplayString(), result.mean.toDisplayString());
    }
    if (holder.trimmed() != result.by) {
        return tr("Candidate %1: the dialogue is held by %2; the agreed score cannot be recorded as “%3”")
            .arg(candidate.id, CouncilRoles::titleWithCode(result.by),
                 CouncilRoles::titleWithCode(holder.trimmed()));
    }
    return {};
}

bool CouncilSession::mayRecordAgreedScore(const CouncilCandidate& candidate, Role role) const
{
    return RecordPermissions::allows(RecordKind::AgreedScore, role)
        && CouncilRanking::scoringComplete(*this, candidate)
        && agreedScoreRefusal(candidate, CouncilRoles::ofAppRole(role)).isEmpty();
}

std::optional<VoidedAgreement> CouncilSession::setMemberScore(CouncilCandidate& candidate,
                                                              const QString& memberId, Decimal score) const
{
    std::optional<Decimal> previous;
    for (const auto& entry : candidate.scores) {
        if (entry.first == memberId) {
            previous = entry.second;
        }
    }
    if (previous == score) {
        return std::nullopt;
    }
    std::optional<VoidedAgreement> voided;
    if (candidate.agreed) {
        const CandidateResult settled = evaluate(candidate);
        voided = VoidedAgreement{*candidate.agreed, settled.spread, settled.by, memberId, previous, score};
        candidate.voided.append(*voided);
        candidate.agreed.reset();
    }
    if (previous) {
        for (auto& entry : candidate.scores) {
            if (entry.first == memberId) {
                entry.second = score;
            }
        }
    } else {
        candidate.scores.append({memberId, score});
    }
    return voided;
}

QList<CandidateResult> CouncilSession::evaluateAll() const
{
    QList<CandidateResult> results;
    results.reserve(candidates.size());
    for (const auto& candidate : candidates) {
        results.append(evaluate(candidate));
    }
    return results;
}

QJsonObject CouncilSession::resultsJson() const
{
    QJsonObject json;
    for (const CandidateResult& r : evaluateAll()) {
        QJsonObject entry{
            {QStringLiteral("mean"), r.mean.toDouble()},
            {QStringLiteral("spread"), r.spread.toDouble()},
            {QStringLiteral("status"), CandidateResult::statusName(r.status)},
            {QStringLiteral("official"), r.official ? QJsonValue(r.official->toDouble()) : QJsonValue()}};
        if (!r.by.isEmpty()) {
            entry.insert(QStringLiteral("by"), r.by);
        }
        if (pass) {
            entry.insert(QStringLiteral("passed"), r.passed ? QJsonValue(*r.passed) : QJsonValue());
        }
        json.insert(r.candidateId, entry);
    }
    return json;
}

} // namespace danhgia
