#pragma once

#include "results/QuotaRule.h"

#include <QCoreApplication>
#include <QString>

namespace danhgia {

// When the grade decided for a subject is an override (rules.md §2: the quota is kept, or
// exceeded for an outstanding unit, only by a recorded, justified decision): a grade other than
// the one the rules give, the quota included, or any grade for a subject tied at the quota
// boundary. An override needs a reason and the name of who approves it; confirming the grade the
// rules give needs neither. ClassificationStore::decide refuses what this refuses, and the
// Classification screen asks it before its dialogs.
class GradeOverride
{
    Q_DECLARE_TR_FUNCTIONS(GradeOverride)

public:
    // `computed`: the grade the rules give (empty: none); `quota`: what the quota did to the subject.
    static bool isOverride(const QString& computed, QuotaStatus quota, const QString& grade);
    // Empty when `grade` may be recorded for `subjectCode` with this reason and approver;
    // otherwise a sentence naming the subject, the grade the rules give and the grade asked for.
    static QString refusal(const QString& subjectCode, const QString& computed, QuotaStatus quota,
                           const QString& grade, const QString& reason, const QString& approver);
};

} // namespace danhgia
