#include "councils/CouncilReader.h"

#include <QSet>

namespace danhgia {

CouncilSession CouncilReader::read(const QByteArray& json, ValidationIssues* issues)
{
    JsonFieldReader fields(issues);
    const auto object = fields.parseObject(json);
    if (!object) {
        return {};
    }
    return fromObject(*object, issues);
}

CouncilSession CouncilReader::fromObject(const QJsonObject& object, ValidationIssues* issues)
{
    CouncilReader reader(issues);
    const auto format = reader.m_fields.string(object, QStringLiteral("format"), QString(), true);
    if (!format) {
        return {};
    }
    if (*format != QLatin1String(CouncilSession::FormatName)) {
        reader.m_fields.error(QStringLiteral("format"),
                              tr("is \"%1\"; a council file must have \"%2\"")
                                  .arg(*format, QLatin1String(CouncilSession::FormatName)));
        return {};
    }
    reader.readHeader(object);
    reader.readMembers(object);
    reader.readDialogue(object);
    reader.readCandidates(object);
    return reader.m_session;
}

void CouncilReader::readHeader(const QJsonObject& object)
{
    m_session.title = m_fields.string(object, QStringLiteral("title"), QString(), false).value_or(QString());
    if (const auto max = m_fields.decimal(object, QStringLiteral("max"), QString(), false)) {
        if (*max <= Decimal() || *max > Decimal::fromInt(1000000)) {
            m_fields.error(QStringLiteral("max"),
                           tr("the maximum score must be greater than 0 (%1)").arg(max->toString()));
        } else {
            m_session.max = *max;
        }
    }
    if (const auto decimals = m_fields.integer(object, QStringLiteral("decimals"), QString(), false)) {
        if (*decimals < 0 || *decimals > Decimal::MaxPlaces) {
            m_fields.error(QStringLiteral("decimals"),
                           tr("must be a whole number from 0 to %1").arg(Decimal::MaxPlaces));
        } else {
            m_session.decimals = static_cast<int>(*decimals);
        }
    }
    if (const auto pass = m_fields.decimal(object, QStringLiteral("pass"), QString(), false)) {
        if (pass->isNegative() || *pass > m_session.max) {
            m_fields.error(QStringLiteral("pass"),
                           tr("the pass mark %1 is outside 0 to %2")
                               .arg(pass->toString(), m_session.max.toDisplayString()));
        }
        m_session.pass = *pass;
    }
}

void CouncilReader::readMembers(const QJsonObject& object)
{
    const auto members = m_fields.object(object, QStringLiteral("members"), QString(), false);
    if (!members) {
        return;
    }
    for (auto it = members->constBegin(); it != members->constEnd(); ++it) {
        const QString path = JsonFieldReader::keyed(QStringLiteral("members"), it.key());
        if (const auto member = m_fields.asObject(it.value(), path)) {
            CouncilMember m;
            m.id = it.key();
            m.name = m_fields.string(*member, QStringLiteral("name"), path, false).value_or(QString());
            m.role = m_fields.string(*member, QStringLiteral("role"), path, false).value_or(QString());
            m_session.members.append(m);
        }
    }
}

void CouncilReader::readDialogue(const QJsonObject& object)
{
    const auto rules = m_fields.array(object, QStringLiteral("dialogue"), QString(), false);
    if (!rules) {
        return;
    }
    m_session.dialogue.clear();
    for (int i = 0; i < rules->size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("dialogue"), i);
        const auto rule = m_fields.asObject(rules->at(i), path);
        if (!rule) {
            continue;
        }
        const auto over = m_fields.decimal(*rule, QStringLiteral("spread_over"), path, false);
        const auto atLeast = m_fields.decimal(*rule, QStringLiteral("spread_at_least"), path, false);
        const auto by = m_fields.string(*rule, QStringLiteral("by"), path, true);
        if (over.has_value() == atLeast.has_value()) {
            m_fields.error(
                path, tr("a spread rule must have exactly one of \"spread_over\" or \"spread_at_least\""));
            continue;
        }
        DialogueRule r;
        r.kind = over ? DialogueRule::Kind::SpreadOver : DialogueRule::Kind::SpreadAtLeast;
        r.threshold = over ? *over : *atLeast;
        r.by = by.value_or(QString());
        if (r.threshold.isNegative()) {
            m_fields.error(
                path,
                tr("the spread threshold must not be negative (%1)").arg(r.threshold.toDisplayString()));
        }
        if (!m_session.dialogue.isEmpty() && r.threshold < m_session.dialogue.last().threshold) {
            m_fields.error(path,
                           tr("spread rules must be listed in increasing order: %1 comes after %2")
                               .arg(r.threshold.toDisplayString(),
                                    m_session.dialogue.last().threshold.toDisplayString()));
        }
        m_session.dialogue.append(r);
    }
}

bool CouncilReader::withinRange(Decimal value, const QString& path)
{
    if (value.isNegative() || value > m_session.max) {
        m_fields.error(path,
                       tr("the score %1 is outside 0 to %2")
                           .arg(value.toDisplayString(), m_session.max.toDisplayString()));
        return false;
    }
    return true;
}

void CouncilReader::readCandidates(const QJsonObject& object)
{
    const auto candidates = m_fields.array(object, QStringLiteral("candidates"), QString(), true);
    if (!candidates) {
        return;
    }
    QSet<QString> ids;
    for (int i = 0; i < candidates->size(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("candidates"), i);
        const auto candidate = m_fields.asObject(candidates->at(i), path);
        if (!candidate) {
            continue;
        }
        CouncilCandidate c;
        c.id = m_fields.string(*candidate, QStringLiteral("id"), path, true).value_or(QString());
        if (candidate->contains(QStringLiteral("id")) && c.id.trimmed().isEmpty()) {
            m_fields.error(JsonFieldReader::member(path, QStringLiteral("id")), tr("must not be empty"));
        } else if (!c.id.isEmpty() && ids.contains(c.id)) {
            m_fields.error(JsonFieldReader::member(path, QStringLiteral("id")),
                           tr("the candidate %1 is listed twice").arg(c.id));
        }
        ids.insert(c.id);
        c.name = m_fields.string(*candidate, QStringLiteral("name"), path, false).value_or(QString());
        if (const auto scores = m_fields.object(*candidate, QStringLiteral("scores"), path, true)) {
            const QString scoresPath = JsonFieldReader::member(path, QStringLiteral("scores"));
            for (auto it = scores->constBegin(); it != scores->constEnd(); ++it) {
                const QString scorePath = JsonFieldReader::keyed(scoresPath, it.key());
                const auto score = JsonFieldReader::toDecimal(it.value());
                if (!score) {
                    m_fields.error(scorePath, tr("must be a number"));
                } else if (withinRange(*score, scorePath)) {
                    c.scores.append({it.key(), *score});
                }
            }
            if (scores->size() < 2) {
                m_fields.error(scoresPath,
                               tr("the candidate %1 has %2 member score(s); at least two members must "
                                  "score")
                                   .arg(c.id)
                                   .arg(scores->size()));
            }
        }
        if (const auto agreed = m_fields.decimal(*candidate, QStringLiteral("agreed"), path, false)) {
            if (withinRange(*agreed, JsonFieldReader::member(path, QStringLiteral("agreed")))) {
                c.agreed = *agreed;
            }
        }
        c.voided = readVoided(*candidate, path);
        m_session.candidates.append(c);
    }
}

QList<VoidedAgreement> CouncilReader::readVoided(const QJsonObject& candidate, const QString& path)
{
    QList<VoidedAgreement> all;
    const auto entries = m_fields.array(candidate, QStringLiteral("voided"), path, false);
    if (!entries) {
        return all;
    }
    const QString voidedPath = JsonFieldReader::member(path, QStringLiteral("voided"));
    for (int i = 0; i < entries->size(); ++i) {
        const QString entryPath = JsonFieldReader::element(voidedPath, i);
        const auto entry = m_fields.asObject(entries->at(i), entryPath);
        if (!entry) {
            continue;
        }
        const auto agreed = m_fields.decimal(*entry, QStringLiteral("agreed"), entryPath, true);
        const auto spread = m_fields.decimal(*entry, QStringLiteral("spread"), entryPath, true);
        const auto by = m_fields.string(*entry, QStringLiteral("by"), entryPath, false);
        const auto member = m_fields.string(*entry, QStringLiteral("member"), entryPath, true);
        const auto from = m_fields.decimal(*entry, QStringLiteral("from"), entryPath, false);
        const auto to = m_fields.decimal(*entry, QStringLiteral("to"), entryPath, true);
        if (agreed && spread && member && to) {
            all.append({*agreed, *spread, by.value_or(QString()), *member, from, *to});
        }
    }
    return all;
}

} // namespace danhgia
