#pragma once

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// One score sheet a campaign has or will have: one per participant and period.
struct PlannedSheet
{
    QString subjectCode;
    QString subjectName;
    QString group; // a person's task group; empty for a unit
    QString unitCode; // a person's unit, or the unit itself
    QString period; // empty when the campaign names no period
    bool exists = false; // the campaign has it already
};

// The score sheets of a campaign's participants, created in one step: a preview says what will
// be created and what exists already; creating writes the missing ones (empty, in draft) in one
// transaction, each with its outbox and audit-trail entry. A unit taking part is assessed itself
// (a PAR index); a person with their task group and unit. Creating twice creates nothing more.
class CampaignSheets
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSheets)

public:
    // Every sheet the participants need, by subject then period, each marked when it exists.
    static std::optional<QList<PlannedSheet>> preview(QSqlDatabase& db, const QString& campaignCode,
                                                      QString* error);
    // Creates the missing sheets; returns how many. Refuses a closed campaign, and a role that
    // does not set up campaigns (RecordPermissions::CampaignSetup).
    static std::optional<int> create(Database& db, const QString& campaignCode, Role role,
                                     const QString& actor, QString* error);
};

} // namespace danhgia
