#include "stores/PersonFlagStore.h"

#include "database/Database.h"
#include "database/StatementCache.h"
#include "database/SyncedTable.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "sync/AdoptedRows.h"
#include "workflow/RecordPermissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace danhgia {

namespace {

const QString PersonFlagsTable = QStringLiteral("person_flags");

QDateTime personFlagTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// The campaign, when `role` may record a person's flags in it; nothing (with why) otherwise.
std::optional<CampaignRecord> campaignWhereRoleRecordsFlags(QSqlDatabase& db, const QString& campaignCode,
                                                            Role role, QString* error)
{
    auto campaign = CampaignStore::find(db, campaignCode, error);
    if (!campaign) {
        return std::nullopt;
    }
    const QString refused = RecordPermissions::refusal(RecordKind::PersonFlag, role, campaign->policy());
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    return campaign;
}

} // namespace

std::optional<QList<PersonFlag>> PersonFlagStore::list(QSqlDatabase& db, const QString& campaignCode,
                                                       const QString& personCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT f.person_code, f.flag_code, f.reason, f.document_number, f.document_date, f.recorded_by, "
        "f.recorded_at FROM person_flags f JOIN campaigns c ON c.id = f.campaign_id "
        "WHERE c.code = ? AND f.removed = 0 AND (? = '' OR f.person_code = ?) ORDER BY f.person_code, f.id"));
    query.addBindValue(campaignCode);
    const QString person = personCode.isEmpty() ? QStringLiteral("") : personCode; // not NULL
    query.addBindValue(person);
    query.addBindValue(person);
    if (!query.exec()) {
        *error
            = tr("cannot read the flags of the campaign %1: %2").arg(campaignCode, query.lastError().text());
        return std::nullopt;
    }
    QList<PersonFlag> flags;
    while (query.next()) {
        flags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), QDate::fromString(query.value(4).toString(), Qt::ISODate),
                      query.value(5).toString(), personFlagTime(query.value(6).toString())});
    }
    return flags;
}

std::optional<QStringList> PersonFlagStore::codesInForce(QSqlDatabase& db, qint64 campaignId,
                                                         const QString& personCode, QString* error)
{
    // Asked for every sheet saved (imports of thousands): the statement is prepared once.
    QString detail;
    QSqlQuery* query
        = StatementCache::exec(db,
                               QStringLiteral("SELECT flag_code FROM person_flags WHERE campaign_id = ? "
                                              "AND person_code = ? AND removed = 0 ORDER BY id"),
                               {campaignId, personCode}, &detail);
    if (!query) {
        *error = tr("cannot read the flags of %1: %2").arg(personCode, detail);
        return std::nullopt;
    }
    QStringList codes;
    while (query->next()) {
        codes.append(query->value(0).toString());
    }
    query->finish();
    return codes;
}

std::optional<QList<PersonFlagChange>> PersonFlagStore::history(QSqlDatabase& db, const QString& campaignCode,
                                                                const QString& personCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT a.at, a.actor, f.flag_code, a.new_value, a.reason FROM person_flags f "
                       "JOIN campaigns c ON c.id = f.campaign_id JOIN audit_log a ON a.entity_uuid IN "
                       "%1 WHERE a.entity = 'person_flags' AND c.code = ? AND f.person_code = ? "
                       "ORDER BY a.id")
            .arg(AdoptedRows::auditUuids(QStringLiteral("person_flags"), QStringLiteral("f.uuid"))));
    query.addBindValue(campaignCode);
    query.addBindValue(personCode);
    if (!query.exec()) {
        *error
            = tr("cannot read the history of the flags of %1: %2").arg(personCode, query.lastError().text());
        return std::nullopt;
    }
    QList<PersonFlagChange> changes;
    while (query.next()) {
        const QJsonObject after = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        changes.append({personFlagTime(query.value(0).toString()), query.value(1).toString(),
                        query.value(2).toString(), after.value(QStringLiteral("removed")).toInt() == 1,
                        query.value(4).toString()});
    }
    return changes;
}

bool PersonFlagStore::record(Database& db, const QString& campaignCode, const PersonFlag& flag, Role role,
                             const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const auto campaign = campaignWhereRoleRecordsFlags(db.connection(), campaignCode, role, e);
            if (!campaign) {
                return false;
            }
            const auto set = CriteriaSetStore::load(db.connection(), campaign->criteriaSetRowId, e);
            if (!set) {
                return false;
            }
            const QStringList problems = flag.problems(*set);
            if (!problems.isEmpty()) {
                *e = problems.join(QLatin1Char(' '));
                return false;
            }
            const QString person = flag.personCode.trimmed();
            const QString code = flag.flagCode.trimmed();
            const auto present = list(db.connection(), campaignCode, person, e);
            if (!present) {
                return false;
            }
            for (const PersonFlag& existing : *present) {
                if (existing.flagCode == code) {
                    *e = tr("The flag %1 is already recorded for %2 in the campaign %3 (by %4).")
                             .arg(code, person, campaignCode, existing.recordedBy);
                    return false;
                }
            }
            const QString reason = flag.reason.trimmed();
            if (!applyToSheets(db.connection(), *campaign, *set, person, code, true, actor, reason, e)) {
                return false;
            }
            return SyncedTable::upsert(
                       db.connection(), PersonFlagsTable,
                       {{QStringLiteral("campaign_id"), campaign->id},
                        {QStringLiteral("person_code"), person},
                        {QStringLiteral("flag_code"), code}},
                       {{QStringLiteral("reason"), reason},
                        {QStringLiteral("document_number"), flag.documentNumber.trimmed()},
                        {QStringLiteral("document_date"),
                         flag.documentDate.isValid() ? flag.documentDate.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("recorded_by"), actor},
                        {QStringLiteral("recorded_at"), Database::nowUtc()},
                        {QStringLiteral("removed"), 0}},
                       actor, reason, e)
                .has_value();
        },
        error);
}

bool PersonFlagStore::remove(Database& db, const QString& campaignCode, const QString& personCode,
                             const QString& flagCode, const QString& reason, Role role, const QString& actor,
                             QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const auto campaign = campaignWhereRoleRecordsFlags(db.connection(), campaignCode, role, e);
            if (!campaign) {
                return false;
            }
            const QString problem = PersonFlag::removalProblem(personCode, flagCode, reason);
            if (!problem.isEmpty()) {
                *e = problem;
                return false;
            }
            const auto present = list(db.connection(), campaignCode, personCode, e);
            if (!present) {
                return false;
            }
            const bool inForce = std::any_of(present->begin(), present->end(),
                                             [&](const PersonFlag& f) { return f.flagCode == flagCode; });
            if (!inForce) {
                *e = tr("%1 has no flag %2 in force in the campaign %3.")
                         .arg(personCode, flagCode, campaignCode);
                return false;
            }
            const auto set = CriteriaSetStore::load(db.connection(), campaign->criteriaSetRowId, e);
            if (!set
                || !applyToSheets(db.connection(), *campaign, *set, personCode, flagCode, false, actor,
                                  reason.trimmed(), e)) {
                return false;
            }
            return SyncedTable::upsert(db.connection(), PersonFlagsTable,
                                       {{QStringLiteral("campaign_id"), campaign->id},
                                        {QStringLiteral("person_code"), personCode},
                                        {QStringLiteral("flag_code"), flagCode}},
                                       {{QStringLiteral("removed"), 1}}, actor, reason.trimmed(), e)
                .has_value();
        },
        error);
}

bool PersonFlagStore::applyToSheets(QSqlDatabase& db, const CampaignRecord& campaign, const CriteriaSet& set,
                                    const QString& personCode, const QString& flagCode, bool add,
                                    const QString& actor, const QString& reason, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, flags FROM score_sheets WHERE campaign_id = ? AND subject_code = ? "
                       "ORDER BY id"));
    query.addBindValue(campaign.id);
    query.addBindValue(personCode);
    if (!query.exec()) {
        *error = tr("cannot read the score sheets of %1: %2").arg(personCode, query.lastError().text());
        return false;
    }
    QList<QPair<qint64, QStringList>> sheets;
    while (query.next()) {
        sheets.append(
            {query.value(0).toLongLong(),
             QJsonDocument::fromJson(query.value(1).toString().toUtf8()).toVariant().toStringList()});
    }
    query.finish();
    if (sheets.isEmpty()) {
        *error
            = tr("%1 has no score sheet in the campaign %2; a flag is recorded for a person who takes part.")
                  .arg(personCode, campaign.code);
        return false;
    }
    for (const auto& [id, flags] : std::as_const(sheets)) {
        const QStringList changed
            = add ? PersonFlag::withFlag(set, flags, flagCode) : PersonFlag::withoutFlag(flags, flagCode);
        const QByteArray json
            = QJsonDocument(QJsonArray::fromStringList(changed)).toJson(QJsonDocument::Compact);
        if (!SyncedTable::upsert(db, QStringLiteral("score_sheets"), {{QStringLiteral("id"), id}},
                                 {{QStringLiteral("flags"), QString::fromUtf8(json)}}, actor, reason,
                                 error)) {
            return false;
        }
    }
    return true;
}

} // namespace danhgia
