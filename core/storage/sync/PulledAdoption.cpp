#include "sync/PulledAdoption.h"

#include "sync/AdoptedRows.h"
#include "workflow/SyncedEntities.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

bool runAdoption(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QStringList PulledAdoption::naturalKey(const QString& entity)
{
    if (entity == QLatin1String("units") || entity == QLatin1String("people")
        || entity == QLatin1String("campaigns")) {
        return {QStringLiteral("code")};
    }
    if (entity == QLatin1String("criteria_sets")) {
        return {QStringLiteral("set_id"), QStringLiteral("version")};
    }
    if (entity == QLatin1String("score_sheets")) {
        return {QStringLiteral("campaign_id"), QStringLiteral("subject_code"), QStringLiteral("period")};
    }
    // The UNIQUE keys of the tables of schemas 4, 6 and 7 (a row recorded here before the link).
    if (entity == QLatin1String("person_flags")) {
        return {QStringLiteral("campaign_id"), QStringLiteral("person_code"), QStringLiteral("flag_code")};
    }
    if (entity == QLatin1String("quota_ceilings")) {
        return {QStringLiteral("campaign_id"), QStringLiteral("unit_code")};
    }
    if (entity == QLatin1String("council_examinations")) {
        return {QStringLiteral("council_id")};
    }
    // A survey is kept by its campaign and title (SurveyStore), a grade decision by its campaign and
    // subject, the document settings by their unit, the appraisal council by its campaign.
    if (entity == QLatin1String("surveys")) {
        return {QStringLiteral("campaign_id"), QStringLiteral("title")};
    }
    if (entity == QLatin1String("grade_decisions")) {
        return {QStringLiteral("campaign_id"), QStringLiteral("subject_code")};
    }
    if (entity == QLatin1String("document_settings")) {
        return {QStringLiteral("unit_id")};
    }
    if (entity == QLatin1String("appraisal_councils")) {
        return {QStringLiteral("campaign_id")};
    }
    return {};
}

std::optional<PulledAdoption::Found> PulledAdoption::find(QSqlDatabase& db, const QString& entity,
                                                          const QString& uuid, const QVariantMap& row,
                                                          QString* error)
{
    const QStringList key = naturalKey(entity);
    if (key.isEmpty()) {
        return Found{};
    }
    QStringList where;
    QStringList values;
    for (const QString& column : key) {
        if (!row.contains(column)) {
            return Found{};
        }
        where.append(column + QStringLiteral(" IS ?"));
        values.append(row.value(column).toString());
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, uuid, server_version FROM %1 WHERE uuid <> ? AND %2")
                      .arg(entity, where.join(QLatin1String(" AND "))));
    query.addBindValue(uuid);
    for (const QString& column : key) {
        query.addBindValue(row.value(column));
    }
    if (!runAdoption(query, error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        return Found{};
    }
    const qint64 id = query.value(0).toLongLong();
    const QString old = query.value(1).toString();
    const bool acknowledged = !query.value(2).isNull();
    query.finish();
    Found found;
    found.id = id;
    found.uuid = old;
    if (acknowledged) {
        found.clashRow = tr("%1 %2").arg(SyncedEntities::title(entity), values.join(QLatin1String(" / ")));
        found.clash = tr("The server's row %1 (%2 = %3) was not applied: the row %4 here holds the same "
                         "%2 and the server already has it under its own UUID. Ask the administrator of "
                         "the province which of the two rows stays.")
                          .arg(uuid, key.join(QLatin1String(", ")), values.join(QLatin1String(", ")), old);
    }
    return found;
}

bool PulledAdoption::adopt(QSqlDatabase& db, const QString& entity, const Found& found, const QString& uuid,
                           QString* error)
{
    QSqlQuery relink(db);
    relink.prepare(QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(entity));
    relink.addBindValue(uuid);
    relink.addBindValue(found.id);
    // The changes not yet answered follow the row, and are superseded: the row is compared with the
    // server's now, a difference becomes a conflict whose resolution sends what is kept.
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral("UPDATE outbox SET uuid = ? WHERE entity = ? AND uuid = ?"));
    outbox.addBindValue(uuid);
    outbox.addBindValue(entity);
    outbox.addBindValue(found.uuid);
    QSqlQuery superseded(db);
    superseded.prepare(QStringLiteral(
        "INSERT INTO outbox_outcomes (outbox_id, status, error_code, error_message) SELECT id, "
        "'conflict', 'superseded', ? FROM outbox WHERE entity = ? AND uuid = ? AND id NOT IN "
        "(SELECT outbox_id FROM outbox_outcomes)"));
    superseded.addBindValue(tr("the row was linked to the server's row %1 of the same %2")
                                .arg(uuid, naturalKey(entity).join(QLatin1String(", "))));
    superseded.addBindValue(entity);
    superseded.addBindValue(uuid);
    return runAdoption(relink, error) && runAdoption(outbox, error) && runAdoption(superseded, error)
        && AdoptedRows::record(db, entity, found.uuid, uuid, error);
}

} // namespace danhgia
