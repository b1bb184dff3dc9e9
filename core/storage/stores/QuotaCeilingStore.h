#pragma once

#include "results/QuotaCeiling.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The raised ceilings of the quota that the competent level allowed some units in a campaign
// (table quota_ceilings). Recording and withdrawing are for the roles RecordPermissions gives
// RecordKind::QuotaCeiling, under the rules of QuotaCeiling; each change goes to the outbox and the
// audit trail with its reason. A withdrawn ceiling stays as history and no longer applies.
class QuotaCeilingStore
{
    Q_DECLARE_TR_FUNCTIONS(QuotaCeilingStore)

public:
    // The ceilings in force in the campaign, by unit code.
    static std::optional<QList<QuotaCeiling>> list(QSqlDatabase& db, const QString& campaignCode,
                                                   QString* error);

    // Records (or replaces) the ceiling of `ceiling.unit`, a unit of the catalogue; `recordedBy`
    // is taken from `actor`. False with every problem named when it is refused.
    static bool record(Database& db, const QString& campaignCode, const QuotaCeiling& ceiling, Role role,
                       const QString& actor, QString* error);

    // Withdraws the ceiling of a unit: the quota of the unit is the set's again.
    static bool withdraw(Database& db, const QString& campaignCode, const QString& unitCode,
                         const QString& reason, Role role, const QString& actor, QString* error);
};

} // namespace danhgia
