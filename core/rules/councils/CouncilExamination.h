#pragma once

#include "councils/CouncilSession.h"
#include "councils/RecruitmentParts.h"
#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// A part of the examination a council's candidates sit: its kind and its maximum.
struct ExaminationPart
{
    RecruitmentPart::Kind kind = RecruitmentPart::Kind::Written;
    Decimal max = Decimal::fromInt(100);
};

// What a candidate brings besides the council's interview: the priority points and the scores of
// the other parts (the written test, the practical test), by kind.
struct ExaminationEntry
{
    QString candidateId;
    Decimal priority; // 0 (none), 2,5, 5 or 7,5
    QMap<RecruitmentPart::Kind, Decimal> scores;
};

// A candidate's place in the examination: the outcome of Decree 170 (RecruitmentParts) once every
// part has its score, or what is still missing.
struct ExaminationResult
{
    QString candidateId;
    std::optional<RecruitmentOutcome> outcome; // empty: not every part is scored yet
    QStringList missing; // the parts without a score yet ("phỏng vấn")
};

// The examination of an interview council (Decree 170/2025; rules.md §5): the parts the
// candidates sit, each with its maximum, the interview scored by the council (its official score,
// out of the council's maximum), the other parts' scores and every candidate's priority points.
// Evaluated with RecruitmentParts: each part at 50% of its maximum, the total at the council's pass
// mark, ranking with priority points and tie-breaks. Kept apart from the council's
// "danhgia.council/1" document, which does not change.
class CouncilExamination
{
    Q_DECLARE_TR_FUNCTIONS(CouncilExamination)

public:
    QList<ExaminationPart> parts; // empty: the council's interview only, without parts
    QList<ExaminationEntry> entries; // one per candidate with priority points or other scores

    bool hasPart(RecruitmentPart::Kind kind) const;
    const ExaminationEntry* entry(const QString& candidateId) const;

    // What is wrong, one sentence per problem naming the part or the candidate; empty when it
    // holds: no part twice, each maximum above 0, the interview's maximum the council's, scores
    // within 0 to the part's maximum and only of parts the examination has, allowed priority
    // points, entries only of the council's candidates.
    QStringList problems(const CouncilSession& council) const;
    // Every candidate of the council in its order. With no parts, nothing; otherwise each
    // candidate whose parts are all scored has its outcome (the pass mark: the council's, or 0).
    // The interview counts once every member has scored (CouncilRanking::scoringComplete), with
    // the official score (the mean or the agreed score). No outcome at all when RecruitmentParts
    // refuses the data (a score above its part's maximum, priority points not allowed).
    QList<ExaminationResult> evaluate(const CouncilSession& council) const;

    QJsonObject toJson() const;
    // Empty with `error` (naming the field) when the object is not an examination.
    static std::optional<CouncilExamination> fromJson(const QJsonObject& object, QString* error);
    // The kind's code in the stored object ("written", "interview", "practical").
    static QString kindCode(RecruitmentPart::Kind kind);
    static std::optional<RecruitmentPart::Kind> kindFromCode(const QString& code);
};

} // namespace danhgia
