#pragma once

#include "workflow/ApprovalPolicy.h"
#include "workflow/CampaignDeadlines.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace danhgia {

class Database;

struct CampaignRecord
{
    qint64 id = 0;
    QString code;
    QString title;
    QString kind;
    qint64 criteriaSetRowId = 0;
    QStringList periods;
    CampaignDeadlines deadlines; // one per stage, each invalid when none
    // Who approves its sheets: ApprovalPolicy::toText(), or empty for the default of its kind.
    QString approvers;
    QString closedAt; // when it was closed (ISO, UTC); empty while it is open

    bool isClosed() const { return !closedAt.isEmpty(); }

    // The approvers named, else the kind's default; the default of the kind when the stored
    // text names an unknown role (the store refuses to write one).
    ApprovalPolicy policy() const;
};

// A unit or a person taking part in a campaign (table campaign_participants).
struct CampaignParticipant
{
    enum class Kind
    {
        Unit,
        Person,
    };
    Kind kind = Kind::Unit;
    QString code;
    QString name;

    static QString kindName(Kind kind); // "unit", "person"
};

// Assessment campaigns (đợt đánh giá): which criteria set version, which periods, deadlines.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    static std::optional<CampaignRecord> find(QSqlDatabase& db, const QString& code, QString* error);
    // Creates the campaign, or adds periods to an existing one (keeping its deadlines); returns it.
    static std::optional<CampaignRecord> ensure(QSqlDatabase& db, const CampaignRecord& campaign,
                                                const QString& actor, QString* error);

    // The columns a campaign is read from, for a query naming the table `alias`, and the record
    // read from them, starting at the column `first` of the current row.
    static QString recordColumns(const QString& alias);
    static CampaignRecord recordAt(const QSqlQuery& query, int first);
    // A date as the campaigns table keeps it: ISO text, NULL when invalid.
    static QVariant dateValue(const QDate& date);
    // Names who approves the campaign's sheets (an empty list: the default of its kind). Only a
    // role that sets up campaigns may (RecordPermissions::CampaignSetup).
    static bool setApprovers(Database& db, const QString& campaignCode, const QList<Role>& approvers,
                             Role role, const QString& actor, QString* error);

    // Adds units or people, by code, to the campaign, all or none in one transaction: refuses
    // an unknown code, a code given twice and one already taking part. The participants table
    // has no UUID of its own: each change goes to the outbox and the audit trail as entity
    // "campaign_participant" under the campaign's UUID, with the participant's UUID in the payload.
    static bool addParticipants(Database& db, const QString& campaignCode, CampaignParticipant::Kind kind,
                                const QStringList& codes, const QString& actor, QString* error);
    // Adds units and people given by code alone (a pasted or imported list), all or none: each
    // code is looked up among the units, then the people; refused when it is neither or both.
    static bool addParticipantCodes(Database& db, const QString& campaignCode, const QStringList& codes,
                                    const QString& actor, QString* error);
    // Removes them, all or none: refuses a code that does not take part.
    static bool removeParticipants(Database& db, const QString& campaignCode, CampaignParticipant::Kind kind,
                                   const QStringList& codes, const QString& actor, QString* error);
    // Units, then people, each sorted by code.
    static std::optional<QList<CampaignParticipant>>
    participants(QSqlDatabase& db, const QString& campaignCode, QString* error);
};

} // namespace danhgia
