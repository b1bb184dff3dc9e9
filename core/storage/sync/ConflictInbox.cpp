#include "sync/ConflictInbox.h"

#include "conflicts/ConflictColumns.h"
#include "stores/SheetContextStore.h"
#include "stores/SheetValueStore.h"
#include "sync/AdoptedRows.h"
#include "sync/RowJson.h"
#include "sync/WireReferences.h"
#include "workflow/Stage.h"
#include "workflow/SyncedEntities.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

bool runInbox(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QJsonObject inboxObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime inboxTime(const QVariant& text)
{
    // Stored in UTC with a "Z".
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

// The unresolved conflicts, newest of each row first.
const char* const InboxRows
    = "SELECT c.id, c.entity, c.uuid, c.origin, c.server_version, c.created_at FROM sync_conflicts c "
      "WHERE c.resolved_at IS NULL AND c.id = (SELECT d.id FROM sync_conflicts d WHERE d.entity = c.entity "
      "AND d.uuid = c.uuid AND d.resolved_at IS NULL ORDER BY d.server_version DESC, d.id DESC LIMIT 1) "
      "ORDER BY c.id";

} // namespace

ConflictResolution::Context ConflictDetail::context() const
{
    ConflictResolution::Context context;
    context.isSheet = isSheet;
    context.approvedSinceBase = approvedSinceBase;
    context.set = isSheet ? &criteriaSet : nullptr;
    context.policy = policy;
    context.titles = titles;
    if (!isSheet) {
        context.entity = summary.entity;
        context.publishedOnServer = summary.entity == QLatin1String("criteria_sets")
            && server.value(QLatin1String("status")).toString() == QLatin1String("published");
    }
    if (isSheet) {
        context.serverState = SheetStates::fromName(server.value(QLatin1String("state")).toString());
        context.localState = SheetStates::fromName(local.value(QLatin1String("state")).toString());
    }
    return context;
}

std::optional<int> ConflictInbox::count(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT entity, uuid FROM sync_conflicts "
                                   "WHERE resolved_at IS NULL)"))
        || !query.next()) {
        *error = tr("cannot read the sync conflicts: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QList<ConflictSummary>> ConflictInbox::list(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QString::fromLatin1(InboxRows))) {
        *error = tr("cannot read the sync conflicts: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    QList<ConflictSummary> list;
    for (const qint64 id : ids) {
        const auto detail = load(db, id, error);
        if (!detail) {
            return std::nullopt;
        }
        list.append(detail->summary);
    }
    return list;
}

std::optional<QJsonObject> ConflictInbox::localRow(Database& db, const QString& entity, const QString& uuid,
                                                   qint64* localId, QString* error)
{
    *localId = 0;
    auto found = RowJson::byUuid(db.connection(), entity, uuid, error);
    if (!found || found->isEmpty()) {
        return found;
    }
    QJsonObject row = *found;
    *localId = row.value(QLatin1String("id")).toInteger();
    if (!RowJson::toWire(db.connection(), entity, &row, error)) {
        return std::nullopt;
    }
    if (entity != QLatin1String("score_sheets")) {
        return row;
    }
    const auto rows = SheetValueStore::readAll(db.connection(), *localId, error);
    if (!rows) {
        return std::nullopt;
    }
    QJsonObject values;
    QJsonObject reasons;
    for (const Stage stage : Stages::all()) {
        if (!rows->values.value(stage).isEmpty()) {
            values.insert(Stages::name(stage), rows->values.value(stage));
        }
        QJsonObject stageReasons;
        const QHash<QString, QString> byCode = rows->reasons.value(stage);
        for (auto it = byCode.constBegin(); it != byCode.constEnd(); ++it) {
            if (!it.value().isEmpty()) {
                stageReasons.insert(it.key(), it.value());
            }
        }
        if (!stageReasons.isEmpty()) {
            reasons.insert(Stages::name(stage), stageReasons);
        }
    }
    QJsonObject explanations;
    for (auto it = rows->explanations.constBegin(); it != rows->explanations.constEnd(); ++it) {
        if (!it.value().isEmpty()) {
            explanations.insert(it.key(), it.value());
        }
    }
    row.insert(QStringLiteral("values"), values);
    row.insert(QStringLiteral("reasons"), reasons);
    row.insert(QStringLiteral("explanations"), explanations);
    return row;
}

bool ConflictInbox::referenceTitles(Database& db, ConflictDetail* detail, QString* error)
{
    for (const SyncedEntities::Reference& ref : SyncedEntities::references(detail->summary.entity)) {
        for (const QJsonObject* row : {&detail->base, &detail->server, &detail->local}) {
            const QString named = row->value(ref.wireField).toString();
            if (named.isEmpty() || detail->titles.contains(named)) {
                continue;
            }
            const auto target = RowJson::byUuid(db.connection(), ref.entity, named, error);
            if (!target) {
                return false;
            }
            const QString title = ConflictColumns::rowTitle(ref.entity, *target);
            detail->titles.insert(named,
                                  target->isEmpty()     ? tr("%1 (not in this database)").arg(named)
                                      : title.isEmpty() ? named
                                                        : title);
        }
    }
    return true;
}

std::optional<ConflictDetail> ConflictInbox::load(Database& db, qint64 id, QString* error)
{
    QSqlDatabase& c = db.connection();
    QSqlQuery query(c);
    query.prepare(
        QStringLiteral("SELECT entity, uuid, origin, server_version, created_at, base, server, "
                       "approved_since_base, resolved_at, base_version FROM sync_conflicts WHERE id = ?"));
    query.addBindValue(id);
    QString detailError;
    if (!runInbox(query, &detailError)) {
        *error = tr("cannot read the sync conflicts: %1").arg(detailError);
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("there is no sync conflict %1 (\"conflicts list\" shows them)").arg(id);
        return std::nullopt;
    }
    if (!query.value(8).isNull()) {
        *error = tr("the sync conflict %1 was resolved already").arg(id);
        return std::nullopt;
    }
    ConflictDetail detail;
    detail.summary.id = id;
    detail.summary.entity = query.value(0).toString();
    detail.summary.uuid = query.value(1).toString();
    detail.summary.origin = query.value(2).toString();
    detail.summary.recordedAt = inboxTime(query.value(4));
    query.finish();
    // The row's other unresolved conflicts: the newest server row counts; a push conflict's base.
    QSqlQuery row(c);
    row.prepare(QStringLiteral("SELECT id, server_version, server, base, approved_since_base, base_version, "
                               "created_at FROM sync_conflicts WHERE entity = ? AND uuid = ? AND resolved_at "
                               "IS NULL ORDER BY server_version, id"));
    row.addBindValue(detail.summary.entity);
    row.addBindValue(detail.summary.uuid);
    if (!runInbox(row, &detailError)) {
        *error = tr("cannot read the sync conflicts: %1").arg(detailError);
        return std::nullopt;
    }
    while (row.next()) {
        detail.conflictIds.append(row.value(0).toLongLong());
        detail.summary.serverVersion = row.value(1).toLongLong();
        detail.summary.recordedAt = inboxTime(row.value(6));
        detail.server = inboxObject(row.value(2));
        if (!row.value(3).toString().isEmpty() && !detail.baseKnown) {
            detail.base = inboxObject(row.value(3));
            detail.baseKnown = true;
            detail.baseVersion = row.value(5).toLongLong();
        }
        detail.approvedSinceBase = detail.approvedSinceBase || row.value(4).toInt() == 1;
    }
    row.finish();
    const auto local
        = localRow(db, detail.summary.entity, detail.summary.uuid, &detail.localId, &detailError);
    if (!local) {
        *error = tr("cannot read the row of the sync conflict %1: %2").arg(id).arg(detailError);
        return std::nullopt;
    }
    detail.local = *local;
    QSqlQuery audit(c);
    audit.prepare(QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = ? AND entity_uuid IN %1 "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(AdoptedRows::auditUuids(detail.summary.entity, QStringLiteral("?"))));
    audit.addBindValue(detail.summary.entity);
    audit.addBindValue(detail.summary.uuid);
    audit.addBindValue(detail.summary.uuid);
    if (!runInbox(audit, &detailError)) {
        *error = tr("cannot read the sync conflicts: %1").arg(detailError);
        return std::nullopt;
    }
    if (audit.next()) {
        detail.localActor = audit.value(0).toString();
        detail.localChangedAt = inboxTime(audit.value(1));
    }
    audit.finish();
    const QString rowTitle = ConflictColumns::rowTitle(detail.summary.entity,
                                                       detail.local.isEmpty() ? detail.server : detail.local);
    detail.summary.title = tr("%1: %2").arg(SyncedEntities::title(detail.summary.entity),
                                            rowTitle.isEmpty() ? detail.summary.uuid : rowTitle);
    if (!referenceTitles(db, &detail, &detailError)) {
        *error = tr("cannot read the rows the sync conflict %1 names: %2").arg(id).arg(detailError);
        return std::nullopt;
    }
    if (detail.summary.entity == QLatin1String("score_sheets") && detail.localId != 0) {
        const auto context = SheetContextStore::load(c, detail.localId, &detailError);
        if (!context) {
            *error = tr("cannot read the sheet of the sync conflict %1: %2").arg(id).arg(detailError);
            return std::nullopt;
        }
        detail.isSheet = true;
        detail.campaignCode = context->campaign.code;
        detail.criteriaSet = context->criteriaSet;
        detail.policy = context->campaign.policy();
        detail.summary.title = tr("%1 — %2").arg(context->subject.name, context->campaign.code);
    }
    detail.fields = ConflictComparison::compare(detail.base, detail.baseKnown, detail.server, detail.local,
                                                detail.summary.entity);
    detail.summary.differing = static_cast<int>(ConflictComparison::differing(detail.fields).size());
    return detail;
}

} // namespace danhgia
