#include "results/GradeOverride.h"

namespace danhgia {

bool GradeOverride::isOverride(const QString& computed, QuotaStatus quota, const QString& grade)
{
    return grade != computed || quota == QuotaStatus::Tie;
}

QString GradeOverride::refusal(const QString& subjectCode, const QString& computed, QuotaStatus quota,
                               const QString& grade, const QString& reason, const QString& approver)
{
    if (!isOverride(computed, quota, grade)
        || (!reason.trimmed().isEmpty() && !approver.trimmed().isEmpty())) {
        return {};
    }
    if (quota == QuotaStatus::Tie) {
        return tr("%1 is tied at the quota boundary; the decision needs a reason and the name of the "
                  "person who approves it")
            .arg(subjectCode);
    }
    return tr("%1 is graded %2 by the rules (quota included); giving %3 is an override and needs a "
              "reason and the name of the person who approves it")
        .arg(subjectCode, computed.isEmpty() ? tr("(no grade)") : computed, grade);
}

} // namespace danhgia
