#pragma once

// Header-only helpers of the council storage tests: a session as comparable text, a council read
// without issues, a candidate and a member's score looked up by id.

#include "ScoringFixtures.h"
#include "councils/CouncilReader.h"
#include "councils/CouncilSession.h"

#include <QStringList>

#include <optional>

namespace danhgia::test {

// Everything a session holds, one line per item; members and scores sorted by id (JSON objects
// have no order).
inline QString canonical(const CouncilSession& s)
{
    QStringList lines{s.title, s.max.toString(), QString::number(s.decimals),
                      s.pass ? s.pass->toString() : QStringLiteral("-")};
    for (const DialogueRule& rule : s.dialogue) {
        lines.append(
            QStringLiteral("rule %1 %2 %3")
                .arg(rule.kind == DialogueRule::Kind::SpreadOver ? QStringLiteral(">") : QStringLiteral(">="),
                     rule.threshold.toString(), rule.by));
    }
    QStringList members;
    for (const CouncilMember& m : s.members) {
        members.append(m.id + QLatin1Char('|') + m.name + QLatin1Char('|') + m.role);
    }
    members.sort();
    lines += members;
    for (const CouncilCandidate& c : s.candidates) {
        QStringList scores;
        for (const auto& score : c.scores) {
            scores.append(score.first + QLatin1Char('=') + score.second.toString());
        }
        scores.sort();
        lines.append(c.id + QLatin1Char('|') + c.name + QLatin1Char('|') + scores.join(QLatin1Char(','))
                     + QLatin1Char('|') + (c.agreed ? c.agreed->toString() : QStringLiteral("-")));
    }
    return lines.join(QLatin1Char('\n'));
}

inline CouncilSession readCouncil(const QByteArray& json)
{
    ValidationIssues issues;
    CouncilSession session = CouncilReader::read(json, &issues);
    if (!issues.isEmpty()) {
        qWarning("unexpected council issues: %s", qPrintable(errorsText(issues)));
    }
    return issues.isEmpty() ? session : CouncilSession();
}

inline const CouncilCandidate* candidateOf(const CouncilSession& session, const char* id)
{
    for (const CouncilCandidate& c : session.candidates) {
        if (c.id == QLatin1String(id)) {
            return &c;
        }
    }
    return nullptr;
}

inline std::optional<Decimal> scoreOf(const CouncilSession& session, const char* candidate,
                                      const char* member)
{
    if (const CouncilCandidate* c = candidateOf(session, candidate)) {
        for (const auto& score : c->scores) {
            if (score.first == QLatin1String(member)) {
                return score.second;
            }
        }
    }
    return std::nullopt;
}

} // namespace danhgia::test
