#pragma once

#include "numbers/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

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
// subjects whose grade is in `of`).
struct QuotaRule
{
    QString grade;
    Decimal ratio;
    QStringList of;

    struct Subject
    {
        Decimal index;
        QString grade; // before the quota; empty when unclassified
    };

    struct Outcome
    {
        int allowed = 0; // k: how many proposed subjects may keep the grade
        QList<QuotaStatus> statuses; // one per subject, in the order given
        QStringList finalGrades; // one per subject: demoted subjects have the next lower grade
    };

    // `lowerGrade` is the grade a demoted subject drops to (the next lower grade of the set).
    Outcome apply(const QList<Subject>& subjects, const QString& lowerGrade) const;

    static QString statusName(QuotaStatus status);
};

} // namespace danhgia
