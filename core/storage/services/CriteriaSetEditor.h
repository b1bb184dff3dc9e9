#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// Criteria set versions made and changed from the Criteria sets screen, under the rules of
// CriteriaSetVersions: a set imported or made from a template is stored as a draft (refused while
// it has errors), a draft is saved as often as needed (errors and all) and published once (refused
// while it has errors), a published version
// never changes and is copied to a new version instead. Only a role that sets up campaigns may
// (RecordPermissions::CampaignSetup). Each change is one transaction with its outbox and
// audit-trail entries.
class CriteriaSetEditor
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetEditor)

public:
    // Stores `set` as a new draft version; refuses an (id, version) already stored. The set's
    // problems go to `issues`; with errors among them nothing is stored.
    static std::optional<qint64> createDraft(Database& db, const CriteriaSet& set, Role role,
                                             const QString& actor, ValidationIssues* issues, QString* error);
    // Replaces the content of the draft `rowId` with `set` (same id and version); refuses a
    // published version. A draft may be saved with errors (listed in `issues`): they stop its
    // publication, not the work on it.
    static bool saveDraft(Database& db, qint64 rowId, const CriteriaSet& set, Role role, const QString& actor,
                          ValidationIssues* issues, QString* error);
    // A new draft version of the set stored at `rowId`, with the next version number and
    // `title`; the original stays as it is. Returns the new row id.
    static std::optional<qint64> copyToNewVersion(Database& db, qint64 rowId, const QString& title, Role role,
                                                  const QString& actor, QString* error);
    // Publishes the draft `rowId`; refused while the set has errors or is published already.
    static bool publish(Database& db, qint64 rowId, Role role, const QString& actor, QString* error);
};

} // namespace danhgia
