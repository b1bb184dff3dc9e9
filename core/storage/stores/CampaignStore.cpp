#include "stores/CampaignStore.h"

#include "database/ChangeLog.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "workflow/RecordPermissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// Adds (or removes) units or people to (from) a campaign, in the caller's transaction; see
// CampaignStore::addParticipants.
bool changeParticipantsIn(QSqlDatabase& connection, const QString& campaignCode,
                          CampaignParticipant::Kind kind, const QStringList& codes, const QString& actor,
                          bool adding, QString* e)
{
    const bool unit = kind == CampaignParticipant::Kind::Unit;
    const QString table = unit ? QStringLiteral("units") : QStringLiteral("people");
    const QString nameColumn = unit ? QStringLiteral("name") : QStringLiteral("full_name");
    const QString column = unit ? QStringLiteral("unit_id") : QStringLiteral("person_id");
    const auto campaign = CampaignStore::find(connection, campaignCode, e);
    if (!campaign) {
        return false;
    }
    if (campaign->isClosed()) {
        *e = CampaignStore::tr("the campaign %1 is closed: its participants can no longer change")
                 .arg(campaign->code);
        return false;
    }
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT uuid FROM campaigns WHERE id = ?"));
    query.addBindValue(campaign->id);
    if (!query.exec() || !query.next()) {
        *e = CampaignStore::tr("cannot read the campaigns: %1").arg(query.lastError().text());
        return false;
    }
    const QString campaignUuid = query.value(0).toString();
    QSet<QString> seen;
    for (const QString& given : codes) {
        const QString code = given.trimmed();
        if (code.isEmpty()) {
            *e = CampaignStore::tr("a code in the list is empty");
            return false;
        }
        if (seen.contains(code)) {
            *e = CampaignStore::tr("the code %1 is listed twice").arg(code);
            return false;
        }
        seen.insert(code);
        query.prepare(QStringLiteral("SELECT t.id, t.uuid, t.%1, EXISTS (SELECT 1 FROM "
                                     "campaign_participants p WHERE p.campaign_id = ? AND p.%2 = t.id) "
                                     "FROM %3 t WHERE t.code = ?")
                          .arg(nameColumn, column, table));
        query.addBindValue(campaign->id);
        query.addBindValue(code);
        if (!query.exec()) {
            *e = CampaignStore::tr("cannot read the participants of the campaign %1: %2")
                     .arg(campaign->code, query.lastError().text());
            return false;
        }
        if (!query.next()) {
            *e = unit ? CampaignStore::tr("there is no unit with the code %1").arg(code)
                      : CampaignStore::tr("there is no person with the code %1").arg(code);
            return false;
        }
        const qint64 id = query.value(0).toLongLong();
        const QString uuid = query.value(1).toString();
        const QString name = query.value(2).toString();
        const bool takesPart = query.value(3).toBool();
        if (adding && takesPart) {
            *e = unit ? CampaignStore::tr("the unit %1 (%2) already takes part in the campaign %3")
                            .arg(code, name, campaign->code)
                      : CampaignStore::tr("the person %1 (%2) already takes part in the campaign %3")
                            .arg(code, name, campaign->code);
            return false;
        }
        if (!adding && !takesPart) {
            *e = unit ? CampaignStore::tr("the unit %1 (%2) does not take part in the campaign %3")
                            .arg(code, name, campaign->code)
                      : CampaignStore::tr("the person %1 (%2) does not take part in the campaign %3")
                            .arg(code, name, campaign->code);
            return false;
        }
        QSqlQuery change(connection);
        change.prepare(
            (adding ? QStringLiteral("INSERT INTO campaign_participants (campaign_id, %1) VALUES (?, ?)")
                    : QStringLiteral("DELETE FROM campaign_participants WHERE campaign_id = ? AND %1 = ?"))
                .arg(column));
        change.addBindValue(campaign->id);
        change.addBindValue(id);
        if (!change.exec()) {
            *e = CampaignStore::tr("cannot change the participants of the campaign %1: %2")
                     .arg(campaign->code, change.lastError().text());
            return false;
        }
        const QJsonObject participant{{QStringLiteral("campaign"), campaign->code},
                                      {QStringLiteral("kind"), CampaignParticipant::kindName(kind)},
                                      {QStringLiteral("code"), code},
                                      {QStringLiteral("participant_uuid"), uuid}};
        // The table has no UUID of its own: the change is keyed by the campaign's UUID,
        // and the participant's UUID is in the payload, for the sync and the audit trail.
        RowChange recorded;
        recorded.entity = QStringLiteral("campaign_participant");
        recorded.uuid = campaignUuid;
        recorded.operation = adding ? QStringLiteral("insert") : QStringLiteral("delete");
        (adding ? recorded.after : recorded.before) = participant;
        recorded.actor = actor;
        if (!ChangeLog::record(connection, recorded, e)) {
            return false;
        }
    }
    return true;
}

bool changeParticipants(Database& db, const QString& campaignCode, CampaignParticipant::Kind kind,
                        const QStringList& codes, const QString& actor, bool adding, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            return changeParticipantsIn(db.connection(), campaignCode, kind, codes, actor, adding, e);
        },
        error);
}

} // namespace

QVariant CampaignStore::dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString CampaignParticipant::kindName(Kind kind)
{
    return kind == Kind::Unit ? QStringLiteral("unit") : QStringLiteral("person");
}

QString CampaignStore::recordColumns(const QString& alias)
{
    return QStringLiteral(
               "%1.id, %1.code, %1.title, %1.kind, %1.criteria_set_id, %1.periods, %1.self_deadline, "
               "%1.appraisal_deadline, %1.classification_deadline, %1.approvers, %1.closed_at")
        .arg(alias);
}

CampaignRecord CampaignStore::recordAt(const QSqlQuery& query, int first)
{
    CampaignRecord record;
    record.id = query.value(first).toLongLong();
    record.code = query.value(first + 1).toString();
    record.title = query.value(first + 2).toString();
    record.kind = query.value(first + 3).toString();
    record.criteriaSetRowId = query.value(first + 4).toLongLong();
    for (const QJsonValue& p : QJsonDocument::fromJson(query.value(first + 5).toString().toUtf8()).array()) {
        record.periods.append(p.toString());
    }
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        const int column = first + 6 + static_cast<int>(CampaignDeadlines::stages().indexOf(stage));
        record.deadlines.setDeadline(stage, QDate::fromString(query.value(column).toString(), Qt::ISODate));
    }
    record.approvers = query.value(first + 9).toString();
    record.closedAt = query.value(first + 10).toString();
    return record;
}

std::optional<CampaignRecord> CampaignStore::find(QSqlDatabase& db, const QString& code, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns c WHERE c.code = ?")
                      .arg(recordColumns(QStringLiteral("c"))));
    query.addBindValue(code);
    if (!query.exec()) {
        *error = tr("cannot read the campaigns: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no campaign with the code \"%1\"").arg(code);
        return std::nullopt;
    }
    return recordAt(query, 0);
}

ApprovalPolicy CampaignRecord::policy() const
{
    QString ignored;
    const auto named = ApprovalPolicy::fromText(approvers, kind, &ignored);
    return named ? *named : ApprovalPolicy::forKind(kind);
}

bool CampaignStore::setApprovers(Database& db, const QString& campaignCode, const QList<Role>& approvers,
                                 Role role, const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CampaignSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            const auto campaign = find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            const QString text = approvers.isEmpty() ? QString() : ApprovalPolicy(approvers).toText();
            return SyncedTable::upsert(db.connection(), QStringLiteral("campaigns"),
                                       {{QStringLiteral("code"), campaign->code}},
                                       {{QStringLiteral("approvers"), text}}, actor, QString(), e)
                .has_value();
        },
        error);
}

std::optional<CampaignRecord> CampaignStore::ensure(QSqlDatabase& db, const CampaignRecord& campaign,
                                                    const QString& actor, QString* error)
{
    QString ignored;
    CampaignRecord merged = campaign;
    if (const auto existing = find(db, campaign.code, &ignored)) {
        if (existing->criteriaSetRowId != campaign.criteriaSetRowId) {
            *error = tr("the campaign \"%1\" uses another criteria set").arg(campaign.code);
            return std::nullopt;
        }
        merged = *existing;
        if (!campaign.approvers.isEmpty()) {
            merged.approvers = campaign.approvers;
        }
        for (const QString& period : campaign.periods) {
            if (!merged.periods.contains(period)) {
                merged.periods.append(period);
            }
        }
        merged.periods.sort();
    }
    const QString periods = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(merged.periods)).toJson(QJsonDocument::Compact));
    const auto written = SyncedTable::upsert(
        db, QStringLiteral("campaigns"), {{QStringLiteral("code"), merged.code}},
        {{QStringLiteral("title"), merged.title},
         {QStringLiteral("kind"), merged.kind},
         {QStringLiteral("criteria_set_id"), merged.criteriaSetRowId},
         {QStringLiteral("periods"), periods},
         {QStringLiteral("self_deadline"), dateValue(merged.deadlines.selfAssessment)},
         {QStringLiteral("appraisal_deadline"), dateValue(merged.deadlines.appraisal)},
         {QStringLiteral("classification_deadline"), dateValue(merged.deadlines.classification)},
         {QStringLiteral("approvers"), merged.approvers}},
        actor, QString(), error);
    if (!written) {
        return std::nullopt;
    }
    merged.id = written->id;
    return merged;
}

bool CampaignStore::addParticipants(Database& db, const QString& campaignCode, CampaignParticipant::Kind kind,
                                    const QStringList& codes, const QString& actor, QString* error)
{
    return changeParticipants(db, campaignCode, kind, codes, actor, true, error);
}

bool CampaignStore::removeParticipants(Database& db, const QString& campaignCode,
                                       CampaignParticipant::Kind kind, const QStringList& codes,
                                       const QString& actor, QString* error)
{
    return changeParticipants(db, campaignCode, kind, codes, actor, false, error);
}

bool CampaignStore::addParticipantCodes(Database& db, const QString& campaignCode, const QStringList& codes,
                                        const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            QStringList units;
            QStringList people;
            QSqlQuery query(db.connection());
            for (const QString& given : codes) {
                const QString code = given.trimmed();
                query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM units WHERE code = ?), "
                                             "EXISTS (SELECT 1 FROM people WHERE code = ?)"));
                query.addBindValue(code);
                query.addBindValue(code);
                if (!query.exec() || !query.next()) {
                    *e = tr("cannot read the catalogue: %1").arg(query.lastError().text());
                    return false;
                }
                const bool unit = query.value(0).toBool();
                const bool person = query.value(1).toBool();
                if (unit && person) {
                    *e = tr("the code %1 is both a unit's and a person's: add it from the list of units or "
                            "of "
                            "people")
                             .arg(code);
                    return false;
                }
                if (!unit && !person) {
                    *e = tr("there is no unit or person with the code %1").arg(code);
                    return false;
                }
                (unit ? units : people).append(code);
            }
            return changeParticipantsIn(db.connection(), campaignCode, CampaignParticipant::Kind::Unit, units,
                                        actor, true, e)
                && changeParticipantsIn(db.connection(), campaignCode, CampaignParticipant::Kind::Person,
                                        people, actor, true, e);
        },
        error);
}

std::optional<QList<CampaignParticipant>>
CampaignStore::participants(QSqlDatabase& db, const QString& campaignCode, QString* error)
{
    const auto campaign = find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT 0, u.code, u.name FROM campaign_participants p JOIN units u "
                       "ON u.id = p.unit_id WHERE p.campaign_id = ? UNION ALL "
                       "SELECT 1, pe.code, pe.full_name FROM campaign_participants p JOIN people pe "
                       "ON pe.id = p.person_id WHERE p.campaign_id = ? ORDER BY 1, 2"));
    query.addBindValue(campaign->id);
    query.addBindValue(campaign->id);
    if (!query.exec()) {
        *error = tr("cannot read the participants of the campaign %1: %2")
                     .arg(campaign->code, query.lastError().text());
        return std::nullopt;
    }
    QList<CampaignParticipant> all;
    while (query.next()) {
        all.append({query.value(0).toInt() == 0 ? CampaignParticipant::Kind::Unit
                                                : CampaignParticipant::Kind::Person,
                    query.value(1).toString(), query.value(2).toString()});
    }
    return all;
}

} // namespace danhgia
