#pragma once

#include "numbers/Decimal.h"
#include "results/QuotaCeiling.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// What the quota did to one subject proposed for the quota grade.
enum class QuotaStatus
{
    NotProposed,
    Within,
    Demoted,
    Tie,
};

// The quota of a grade (e.g. "xuất sắc" at most 20% of those rated "tốt"): among the subjects
// scored together, the final count of `grade` must not exceed floor(ratio × final count of the
// subjects whose grade is in `of`). With `per` (Decree 335: within each agency and each group with
// similar tasks), the rule applies separately among the subjects that share the values of the
// named subject fields, each scope with its own k, ties and demotions.
struct QuotaRule
{
    QString grade;
    Decimal ratio;
    QStringList of;
    QStringList per; // subject fields ("unit", "group") that divide the subjects into scopes

    struct Subject
    {
        Decimal index;
        QString grade; // before the quota; empty when unclassified
        QStringList scope; // the subject's values of the fields in `per`, in that order
    };

    // One scope of the quota: the values of the fields in `per` (in that order), its k and what
    // the quota did in it.
    struct Scope
    {
        QStringList values;
        int allowed = 0;
        Decimal ratio; // the ratio in force: the rule's, or the unit's raised ceiling
        std::optional<QuotaCeiling> ceiling; // the raised ceiling in force, when there is one
        int counted = 0; // subjects graded in `of` once the quota is applied (what k is taken of)
        int proposed = 0; // subjects the index proposes for `grade`
        int kept = 0; // proposed subjects within the quota
        int tied = 0; // proposed subjects tied at the boundary (a decision settles them)
        int demoted = 0; // proposed subjects above the quota, given the lower grade
    };

    struct Outcome
    {
        int allowed = 0; // k: how many proposed subjects may keep the grade (without `per`)
        QList<QuotaStatus> statuses; // one per subject, in the order given
        QStringList finalGrades; // one per subject: demoted subjects have the next lower grade
        QList<Scope> scopes; // with `per`: every scope that has a subject, in ascending order
    };

    // `lowerGrade` is the grade a demoted subject drops to (the next lower grade of the set).
    // Without `per` every subject is in one scope and `scopes` stays empty. `ceilings` raise the
    // ratio in the scopes of their unit when `per` names "unit" (they are ignored otherwise).
    Outcome apply(const QList<Subject>& subjects, const QString& lowerGrade,
                  const QList<QuotaCeiling>& ceilings = {}) const;

    static QString statusName(QuotaStatus status);

    // The subject fields a quota may be counted per.
    static QStringList scopeFields();
    // Ascending order of scopes: the values in the order of `per`, compared as Unicode code points.
    static bool scopeLess(const QStringList& a, const QStringList& b);

private:
    Outcome applyToAll(const QList<Subject>& subjects, const QString& lowerGrade, Decimal scopeRatio,
                       Scope* scope) const;
};

} // namespace danhgia
