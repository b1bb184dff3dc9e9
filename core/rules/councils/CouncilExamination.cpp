#include "councils/CouncilExamination.h"

#include <QJsonArray>
#include <QSet>

namespace danhgia {

namespace {

const QList<RecruitmentPart::Kind> Kinds{RecruitmentPart::Kind::Written, RecruitmentPart::Kind::Interview,
                                         RecruitmentPart::Kind::Practical};

std::optional<Decimal> decimalField(const QJsonObject& object, const QString& key, const QString& path,
                                    QString* error)
{
    const QJsonValue value = object.value(key);
    const auto number = value.isString() ? Decimal::fromString(value.toString()) : std::nullopt;
    if (!number) {
        *error = CouncilExamination::tr("%1.%2 is not a number written as text").arg(path, key);
    }
    return number;
}

} // namespace

bool CouncilExamination::hasPart(RecruitmentPart::Kind kind) const
{
    for (const ExaminationPart& part : parts) {
        if (part.kind == kind) {
            return true;
        }
    }
    return false;
}

const ExaminationEntry* CouncilExamination::entry(const QString& candidateId) const
{
    for (const ExaminationEntry& e : entries) {
        if (e.candidateId == candidateId) {
            return &e;
        }
    }
    return nullptr;
}

QStringList CouncilExamination::problems(const CouncilSession& council) const
{
    QStringList found;
    QSet<int> kinds;
    for (const ExaminationPart& part : parts) {
        const QString name = RecruitmentParts::title(part.kind);
        if (kinds.contains(static_cast<int>(part.kind))) {
            found.append(tr("The %1 part is given twice").arg(name));
        }
        kinds.insert(static_cast<int>(part.kind));
        if (part.max.isNegative() || part.max.isZero()) {
            found.append(tr("The maximum of the %1 part must be above 0, not %2")
                             .arg(name, part.max.toDisplayString()));
        } else if (part.kind == RecruitmentPart::Kind::Interview && part.max != council.max) {
            found.append(tr("The maximum of the interview part is the council's maximum, %1, not %2")
                             .arg(council.max.toDisplayString(), part.max.toDisplayString()));
        }
    }
    if (!parts.isEmpty() && !hasPart(RecruitmentPart::Kind::Interview)) {
        found.append(tr("The examination has no interview part: the council scores the interview"));
    }
    QSet<QString> candidateIds;
    for (const CouncilCandidate& candidate : council.candidates) {
        candidateIds.insert(candidate.id);
    }
    QSet<QString> seen;
    for (const ExaminationEntry& e : entries) {
        if (!candidateIds.contains(e.candidateId)) {
            found.append(tr("Candidate %1 is not a candidate of the council").arg(e.candidateId));
            continue;
        }
        if (seen.contains(e.candidateId)) {
            found.append(tr("Candidate %1 is given twice").arg(e.candidateId));
        }
        seen.insert(e.candidateId);
        if (!e.priority.isZero() && !RecruitmentParts::allowedPriorityPoints().contains(e.priority)) {
            QStringList allowed;
            for (const Decimal points : RecruitmentParts::allowedPriorityPoints()) {
                allowed.append(points.toDisplayString());
            }
            found.append(
                tr("Candidate %1: the priority points are one of %2 (or none), not %3")
                    .arg(e.candidateId, allowed.join(QStringLiteral("; ")), e.priority.toDisplayString()));
        }
        for (auto it = e.scores.cbegin(); it != e.scores.cend(); ++it) {
            const QString name = RecruitmentParts::title(it.key());
            if (it.key() == RecruitmentPart::Kind::Interview) {
                found.append(
                    tr("Candidate %1: the interview score is the council's, not typed").arg(e.candidateId));
                continue;
            }
            const ExaminationPart* part = nullptr;
            for (const ExaminationPart& p : parts) {
                if (p.kind == it.key()) {
                    part = &p;
                }
            }
            if (!part) {
                found.append(
                    tr("Candidate %1 has a score of the %2 part, which the examination does not have")
                        .arg(e.candidateId, name));
            } else if (it.value().isNegative() || it.value() > part->max) {
                found.append(
                    tr("Candidate %1: the score %2 of the %3 part is outside 0 to %4")
                        .arg(e.candidateId, it.value().toDisplayString(), name, part->max.toDisplayString()));
            }
        }
    }
    return found;
}

QList<ExaminationResult> CouncilExamination::evaluate(const CouncilSession& council) const
{
    QList<ExaminationResult> results;
    if (parts.isEmpty()) {
        return results;
    }
    QList<RecruitmentCandidate> complete;
    QList<int> completeIndex;
    for (const CouncilCandidate& candidate : council.candidates) {
        ExaminationResult result;
        result.candidateId = candidate.id;
        const ExaminationEntry* typed = entry(candidate.id);
        RecruitmentCandidate recruit;
        recruit.id = candidate.id;
        recruit.priority = typed ? typed->priority : Decimal();
        for (const ExaminationPart& part : parts) {
            std::optional<Decimal> score;
            if (part.kind == RecruitmentPart::Kind::Interview) {
                // Provisional until every member has scored (CouncilRanking::scoringComplete).
                if (CouncilRanking::scoringComplete(council, candidate)) {
                    score = council.evaluate(candidate).official;
                }
            } else if (typed && typed->scores.contains(part.kind)) {
                score = typed->scores.value(part.kind);
            }
            if (!score) {
                result.missing.append(RecruitmentParts::title(part.kind));
                continue;
            }
            recruit.parts.append(RecruitmentPart{part.kind, part.max, *score});
        }
        if (result.missing.isEmpty()) {
            complete.append(recruit);
            completeIndex.append(static_cast<int>(results.size()));
        }
        results.append(result);
    }
    QString error;
    const auto outcomes = RecruitmentParts::evaluate(complete, council.pass.value_or(Decimal()), &error);
    if (outcomes) {
        for (int i = 0; i < outcomes->size(); ++i) {
            results[completeIndex.at(i)].outcome = outcomes->at(i);
        }
    }
    return results;
}

QString CouncilExamination::kindCode(RecruitmentPart::Kind kind)
{
    switch (kind) {
        case RecruitmentPart::Kind::Written:
            return QStringLiteral("written");
        case RecruitmentPart::Kind::Interview:
            return QStringLiteral("interview");
        case RecruitmentPart::Kind::Practical:
            return QStringLiteral("practical");
    }
    return {};
}

std::optional<RecruitmentPart::Kind> CouncilExamination::kindFromCode(const QString& code)
{
    for (const RecruitmentPart::Kind kind : Kinds) {
        if (kindCode(kind) == code) {
            return kind;
        }
    }
    return std::nullopt;
}

QJsonObject CouncilExamination::toJson() const
{
    QJsonArray partArray;
    for (const ExaminationPart& part : parts) {
        partArray.append(QJsonObject{{QStringLiteral("kind"), kindCode(part.kind)},
                                     {QStringLiteral("max"), part.max.toString()}});
    }
    QJsonArray entryArray;
    for (const ExaminationEntry& e : entries) {
        QJsonObject scores;
        for (auto it = e.scores.cbegin(); it != e.scores.cend(); ++it) {
            scores.insert(kindCode(it.key()), it.value().toString());
        }
        entryArray.append(QJsonObject{{QStringLiteral("candidate"), e.candidateId},
                                      {QStringLiteral("priority"), e.priority.toString()},
                                      {QStringLiteral("scores"), scores}});
    }
    return QJsonObject{{QStringLiteral("parts"), partArray}, {QStringLiteral("candidates"), entryArray}};
}

std::optional<CouncilExamination> CouncilExamination::fromJson(const QJsonObject& object, QString* error)
{
    CouncilExamination exam;
    const QJsonArray partArray = object.value(QStringLiteral("parts")).toArray();
    for (int i = 0; i < partArray.size(); ++i) {
        const QString path = QStringLiteral("parts[%1]").arg(i);
        const QJsonObject part = partArray.at(i).toObject();
        const auto kind = kindFromCode(part.value(QStringLiteral("kind")).toString());
        if (!kind) {
            *error = tr("%1.kind is not written, interview or practical").arg(path);
            return std::nullopt;
        }
        const auto max = decimalField(part, QStringLiteral("max"), path, error);
        if (!max) {
            return std::nullopt;
        }
        exam.parts.append(ExaminationPart{*kind, *max});
    }
    const QJsonArray entryArray = object.value(QStringLiteral("candidates")).toArray();
    for (int i = 0; i < entryArray.size(); ++i) {
        const QString path = QStringLiteral("candidates[%1]").arg(i);
        const QJsonObject item = entryArray.at(i).toObject();
        ExaminationEntry e;
        e.candidateId = item.value(QStringLiteral("candidate")).toString();
        const auto priority = decimalField(item, QStringLiteral("priority"), path, error);
        if (e.candidateId.isEmpty() || !priority) {
            if (error->isEmpty()) {
                *error = tr("%1.candidate is missing").arg(path);
            }
            return std::nullopt;
        }
        e.priority = *priority;
        const QJsonObject scores = item.value(QStringLiteral("scores")).toObject();
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            const auto kind = kindFromCode(it.key());
            const auto score
                = it.value().isString() ? Decimal::fromString(it.value().toString()) : std::nullopt;
            if (!kind || !score) {
                *error = tr("%1.scores.%2 is not the score of a part").arg(path, it.key());
                return std::nullopt;
            }
            e.scores.insert(*kind, *score);
        }
        exam.entries.append(e);
    }
    return exam;
}

} // namespace danhgia
