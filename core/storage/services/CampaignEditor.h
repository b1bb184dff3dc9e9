#pragma once

#include "stores/CampaignStore.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// Campaigns set up from the Campaigns screen and the CLI: created, edited and closed under the
// rules, each change in one transaction with its outbox and audit-trail entries. Only a role that
// sets up campaigns may (RecordPermissions::CampaignSetup). A campaign names its code, title, kind,
// a stored criteria set version of that kind, one or more periods, and a deadline per stage in the
// order of the stages (CampaignDeadlines). A closed campaign is kept as it is: it is neither
// edited nor given new sheets or participants.
class CampaignEditor
{
    Q_DECLARE_TR_FUNCTIONS(CampaignEditor)

public:
    // What is wrong with `campaign` (code, title, kind, criteria set, periods, deadlines), in
    // words naming the field; empty when nothing is. Reads the criteria set from `db`.
    static QString problem(QSqlDatabase& db, const CampaignRecord& campaign);

    // Creates `campaign` (its id and closedAt are ignored); refuses a code in use.
    static std::optional<CampaignRecord> create(Database& db, const CampaignRecord& campaign, Role role,
                                                const QString& actor, QString* error);
    // Changes the campaign of the code `campaign.code`: title, periods, deadlines; its kind and
    // criteria set only while it has no sheet; refuses removing a period that has sheets.
    static std::optional<CampaignRecord> edit(Database& db, const CampaignRecord& campaign, Role role,
                                              const QString& actor, QString* error);
    // Closes the campaign `code`, with `reason` in the audit trail; refuses one closed already.
    static bool close(Database& db, const QString& code, Role role, const QString& actor,
                      const QString& reason, QString* error);

    // The kinds of campaign, as criteria sets name them.
    static QStringList kinds();
};

} // namespace danhgia
