#pragma once

#include "results/PersonFlag.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;
struct CampaignRecord;

// One change of a person's flags, read back from the audit trail: who, when, which flag, recorded
// or removed, and why.
struct PersonFlagChange
{
    QDateTime at; // UTC
    QString actor;
    QString flagCode;
    bool removed = false;
    QString reason;
};

// The facts that change a person's grade in a campaign (table person_flags; results/PersonFlag).
// A flag recorded for a person goes onto every score sheet of theirs in the campaign (their
// `flags`, which the classification, the results and the CLI read), and comes off them when it is
// removed; both with a reason, for the roles RecordPermissions gives RecordKind::PersonFlag under
// the campaign's policy, each change in the outbox and the audit trail in one transaction. A
// removed flag stays as a row (removed = 1) so that its history keeps its UUID.
class PersonFlagStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonFlagStore)

public:
    // The flags in force in the campaign, of one person (or of everyone when `personCode` is
    // empty), by person and then in the order they were recorded.
    static std::optional<QList<PersonFlag>> list(QSqlDatabase& db, const QString& campaignCode,
                                                 const QString& personCode, QString* error);

    // The codes of the person's flags in force in the campaign (by its row id), in the order they
    // were recorded: SheetStore keeps them on every sheet it saves for the person (a new period, a
    // sheet imported again).
    static std::optional<QStringList> codesInForce(QSqlDatabase& db, qint64 campaignId,
                                                   const QString& personCode, QString* error);

    // Every recording and removal of the person's flags in the campaign, oldest first.
    static std::optional<QList<PersonFlagChange>> history(QSqlDatabase& db, const QString& campaignCode,
                                                          const QString& personCode, QString* error);

    // Records `flag` (a flag of the campaign's criteria set, with its reason) for a person who has
    // sheets in the campaign; `recordedBy` and `recordedAt` are the actor and now. False with
    // every problem named when it is refused; nothing is written then.
    static bool record(Database& db, const QString& campaignCode, const PersonFlag& flag, Role role,
                       const QString& actor, QString* error);

    // Removes a flag in force, with a reason.
    static bool remove(Database& db, const QString& campaignCode, const QString& personCode,
                       const QString& flagCode, const QString& reason, Role role, const QString& actor,
                       QString* error);

private:
    // Adds `flagCode` to (or removes it from) the flags of each of the person's sheets in the
    // campaign; false when the person has none.
    static bool applyToSheets(QSqlDatabase& db, const CampaignRecord& campaign, const CriteriaSet& set,
                              const QString& personCode, const QString& flagCode, bool add,
                              const QString& actor, const QString& reason, QString* error);
};

} // namespace danhgia
