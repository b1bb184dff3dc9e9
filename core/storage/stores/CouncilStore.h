#pragma once

#include "councils/CouncilSession.h"
#include "numbers/Decimal.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

struct CouncilRecord
{
    qint64 id = 0; // 0: a new council session
    QString campaignCode; // empty: not tied to a campaign
    CouncilSession session;
};

struct CouncilSummary
{
    qint64 id = 0;
    QString campaignCode;
    QString title;
    int candidateCount = 0;
};

// Interview council sessions (hội đồng sát hạch) in `council_sessions`: the council is kept as
// its "danhgia.council/1" document (CouncilWriter, read back with CouncilReader). A session in
// progress may have candidates scored by fewer than two members; everything else the reader
// checks must hold. Every write goes through SyncedTable (outbox and audit trail, with the old
// and new document) in one transaction.
// Every write checks first that the user's role may record it (RecordPermissions: the council's
// setup, the members' scores, the agreed score) and writes nothing otherwise.
class CouncilStore
{
    Q_DECLARE_TR_FUNCTIONS(CouncilStore)

public:
    // Creates the session (id 0) or replaces the one with that id. Needs a title, unique member
    // and candidate ids, scores only by members of the council (when it lists members) and at
    // most one score per member and candidate. Returns the row id.
    static std::optional<qint64> save(Database& db, const CouncilRecord& council, Role role,
                                      const QString& actor, QString* error);
    static std::optional<CouncilRecord> load(QSqlDatabase& db, qint64 councilId, QString* error);
    // The sessions of one campaign, or all of them when campaignCode is empty, by id.
    static std::optional<QList<CouncilSummary>> list(QSqlDatabase& db, const QString& campaignCode,
                                                     QString* error);

    static bool addMember(Database& db, qint64 councilId, const CouncilMember& member, Role role,
                          const QString& actor, QString* error);
    static bool addCandidate(Database& db, qint64 councilId, const QString& candidateId, const QString& name,
                             Role role, const QString& actor, QString* error);
    // Records (or corrects) one member's score of a candidate: within 0..max and with no more
    // decimals than the council's.
    static bool setMemberScore(Database& db, qint64 councilId, const QString& candidateId,
                               const QString& memberId, Decimal score, Role role, const QString& actor,
                               QString* error);
    // Records the score agreed after a dialogue: only when the candidate's scores need one, by
    // the role the spread rule names (`role`, "chu_tich" say), within 0..max.
    static bool setAgreedScore(Database& db, qint64 councilId, const QString& candidateId, Decimal score,
                               Role role, const QString& actor, const QString& councilRole, QString* error);
};

} // namespace danhgia
