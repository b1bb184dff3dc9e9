#pragma once

#include "numbers/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// A raised ceiling of the quota for one unit (Decree 335, art. 20(5)): the competent level may
// allow an outstanding agency a higher share of the quota grade than the set's ratio (e.g. 30%
// instead of 20%) for one campaign. It is a recorded, justified decision: a percentage, the number
// and date of the decision that allows it, the reason, and who recorded it.
struct QuotaCeiling
{
    Q_DECLARE_TR_FUNCTIONS(QuotaCeiling)

public:
    QString unit; // the agency's code, as the subjects' `unit`
    Decimal percent; // of those counted in QuotaRule::of, in (0, 100], at most two decimals
    QString decisionNumber; // "15/QĐ-UBND"
    QDate decisionDate;
    QString reason;
    QString recordedBy;

    // percent / 100: the ratio that replaces QuotaRule::ratio in the unit's scopes.
    Decimal ratio() const;

    // Empty when the ceiling may be recorded; otherwise one sentence per problem, each naming the
    // field at fault and the unit (Vietnamese through the translations).
    QStringList problems() const;

    // A percentage as typed ("30", "30,5", "30.5"): empty with `error` set when it is not a number.
    static std::optional<Decimal> parsePercent(const QString& text, QString* error);

    // The ceiling of `unit` among `ceilings`, or nullptr.
    static const QuotaCeiling* find(const QList<QuotaCeiling>& ceilings, const QString& unit);
};

} // namespace danhgia
