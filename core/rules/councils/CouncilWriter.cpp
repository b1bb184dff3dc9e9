#include "councils/CouncilWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace danhgia {

namespace {

// A JSON string literal with its quotes, escaped the way QJsonDocument escapes.
QByteArray quoted(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the surrounding [ ]
}

// A JSON number with the exact decimal text of the value.
QByteArray number(Decimal value)
{
    return value.toString().toLatin1();
}

QByteArray pair(const char* key, const QByteArray& value)
{
    return quoted(QString::fromLatin1(key)) + ':' + value;
}

QByteArray object(const QByteArrayList& members)
{
    return '{' + members.join(',') + '}';
}

QByteArray dialogueRule(const DialogueRule& rule)
{
    const char* key = rule.kind == DialogueRule::Kind::SpreadOver ? "spread_over" : "spread_at_least";
    return object({pair(key, number(rule.threshold)), pair("by", quoted(rule.by))});
}

QByteArray candidate(const CouncilCandidate& c)
{
    QByteArrayList scores;
    for (const auto& score : c.scores) {
        scores.append(quoted(score.first) + ':' + number(score.second));
    }
    QByteArrayList members{pair("id", quoted(c.id)), pair("name", quoted(c.name)),
                           pair("scores", object(scores))};
    if (c.agreed) {
        members.append(pair("agreed", number(*c.agreed)));
    }
    if (!c.voided.isEmpty()) {
        QByteArrayList voided;
        for (const VoidedAgreement& v : c.voided) {
            QByteArrayList entry{pair("agreed", number(v.agreed)), pair("spread", number(v.spread)),
                                 pair("by", quoted(v.by)), pair("member", quoted(v.memberId))};
            if (v.from) {
                entry.append(pair("from", number(*v.from)));
            }
            entry.append(pair("to", number(v.to)));
            voided.append(object(entry));
        }
        members.append(pair("voided", '[' + voided.join(',') + ']'));
    }
    return object(members);
}

} // namespace

QByteArray CouncilWriter::write(const CouncilSession& session)
{
    QByteArrayList header{pair("format", quoted(QString::fromLatin1(CouncilSession::FormatName))),
                          pair("title", quoted(session.title)), pair("max", number(session.max)),
                          pair("decimals", QByteArray::number(session.decimals))};
    if (session.pass) {
        header.append(pair("pass", number(*session.pass)));
    }
    QByteArrayList rules;
    for (const DialogueRule& rule : session.dialogue) {
        rules.append(dialogueRule(rule));
    }
    header.append(pair("dialogue", '[' + rules.join(',') + ']'));
    QByteArrayList members;
    for (const CouncilMember& m : session.members) {
        members.append(quoted(m.id) + ':'
                       + object({pair("name", quoted(m.name)), pair("role", quoted(m.role))}));
    }
    header.append(pair("members", object(members)));
    QByteArrayList candidates;
    for (const CouncilCandidate& c : session.candidates) {
        candidates.append(candidate(c));
    }
    header.append(pair("candidates", '[' + candidates.join(',') + ']'));
    return object(header);
}

} // namespace danhgia
