#pragma once

#include "criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace danhgia {

// A fact about a person that changes their grade in a campaign (Decree 335/2025 and Decree
// 90/2020 as amended: discipline in the year, a conclusion of degradation, legal absence, months
// worked, maternity leave; for leaders, their unit's results or a unit handled for corruption or
// waste), recorded once for the person and applied to every sheet of theirs in the campaign. The
// flag is one the campaign's criteria set defines; the reason is required, the document that
// establishes it (a disciplinary decision, say) optional. Who recorded it and when are kept.
struct PersonFlag
{
    Q_DECLARE_TR_FUNCTIONS(PersonFlag)

public:
    QString personCode;
    QString flagCode;
    QString reason;
    QString documentNumber; // "12/QĐ-UBND", optional
    QDate documentDate; // optional; only with a document number
    QString recordedBy;
    QDateTime recordedAt; // UTC

    // Empty when the flag may be recorded under `set`; otherwise one sentence per problem, each
    // naming the field at fault and the person.
    QStringList problems(const CriteriaSet& set) const;

    // Empty when the flag may be removed with this reason; otherwise why not.
    static QString removalProblem(const QString& personCode, const QString& flagCode, const QString& reason);

    // What the flag does to the grade, for people ("buộc xếp loại KHTNV", "tối đa HTNV", ...).
    static QString effectText(const GradeFlag& flag);
    // "ky_luat — Bị kỷ luật ... (buộc xếp loại KHTNV)".
    static QString describe(const GradeFlag& flag);
    // The flags of a sheet with `added` put in (each once, in the set's order of flags) or
    // `removed` taken out.
    static QStringList withFlag(const CriteriaSet& set, const QStringList& flags, const QString& added);
    static QStringList withoutFlag(const QStringList& flags, const QString& removed);
};

} // namespace danhgia
