#include "RecordRepository.h"

#include <QJsonDocument>

#include <mutex>

namespace danhgia::server {

namespace {

constexpr const char* RecordColumns = "entity, uuid, version, deleted, COALESCE(scope_unit::text, ''), "
                                      "COALESCE(parent_uuid::text, ''), data, approved_version, "
                                      "approved_by_client, writer_client, chain_base";

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A PostgreSQL array literal of UUIDs (only hex digits and dashes: nothing to escape).
QByteArray uuidArray(const QSet<QString>& uuids)
{
    QByteArray text("{");
    bool first = true;
    for (const QString& uuid : uuids) {
        if (!first) {
            text += ',';
        }
        first = false;
        text += uuid.toLatin1();
    }
    return text + '}';
}

} // namespace

SyncRecord RecordRepository::fromRow(const PgResult& result, int row)
{
    SyncRecord record;
    record.exists = true;
    record.entity = result.text(row, 0);
    record.uuid = result.text(row, 1);
    record.version = result.integer(row, 2);
    record.deleted = result.boolean(row, 3);
    record.scopeUnit = result.text(row, 4);
    record.parentUuid = result.text(row, 5);
    record.data = QJsonDocument::fromJson(result.bytes(row, 6)).object();
    record.approvedVersion = result.integer(row, 7);
    record.approvedByClient = result.text(row, 8);
    record.writerClient = result.text(row, 9);
    record.chainBase = result.integer(row, 10);
    return record;
}

std::optional<qint64> RecordRepository::lockCounter(QString* error)
{
    PgResult result = m_db.prepared("counter_lock", "SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE");
    if (!result.ok() || result.rows() != 1) {
        *error = result.errorText();
        return std::nullopt;
    }
    return result.integer(0, 0);
}

bool RecordRepository::setCounter(qint64 value, QString* error)
{
    PgResult result = m_db.prepared("counter_set", "UPDATE sync_counter SET value = $1 WHERE id = 1",
                                    {PgConnection::number(value)});
    if (!result.ok()) {
        *error = result.errorText();
        return false;
    }
    return true;
}

std::optional<qint64> RecordRepository::counter(QString* error)
{
    PgResult result = m_db.prepared("counter_read", "SELECT value FROM sync_counter WHERE id = 1");
    if (!result.ok() || result.rows() != 1) {
        *error = result.errorText();
        return std::nullopt;
    }
    return result.integer(0, 0);
}

std::optional<QHash<QString, QJsonObject>>
RecordRepository::outcomes(const QString& client, const QStringList& opIds, QString* error)
{
    QJsonArray ids;
    for (const QString& id : opIds) {
        ids.append(id);
    }
    PgResult result = m_db.prepared("outcomes_read",
                                    "SELECT op_id, outcome FROM operations WHERE client = $1 AND op_id IN "
                                    "(SELECT jsonb_array_elements_text($2::jsonb))",
                                    {PgConnection::text(client), compact(ids)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    QHash<QString, QJsonObject> stored;
    for (int row = 0; row < result.rows(); ++row) {
        stored.insert(result.text(row, 0), QJsonDocument::fromJson(result.bytes(row, 1)).object());
    }
    return stored;
}

std::optional<SyncRecord> RecordRepository::load(const QString& entity, const QString& uuid, QString* error)
{
    static const QByteArray sql
        = QByteArray("SELECT ") + RecordColumns + " FROM records WHERE entity = $1 AND uuid = $2::uuid";
    PgResult result = m_db.prepared("record_load", sql.constData(),
                                    {PgConnection::text(entity), PgConnection::text(uuid)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    if (result.rows() == 0) {
        SyncRecord missing;
        missing.entity = entity;
        missing.uuid = uuid;
        return missing;
    }
    return fromRow(result, 0);
}

std::optional<QList<SyncRecord>> RecordRepository::children(const QString& entity, const QString& parent,
                                                            QString* error)
{
    static const QByteArray sql = QByteArray("SELECT ") + RecordColumns
        + " FROM records WHERE parent_uuid = $2::uuid AND entity = $1 AND NOT deleted "
          "ORDER BY version";
    PgResult result = m_db.prepared("record_children", sql.constData(),
                                    {PgConnection::text(entity), PgConnection::text(parent)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    QList<SyncRecord> list;
    for (int row = 0; row < result.rows(); ++row) {
        list.append(fromRow(result, row));
    }
    return list;
}

std::optional<SyncRecord> RecordRepository::byCode(const QString& entity, const QString& code, QString* error)
{
    static const QByteArray sql = QByteArray("SELECT ") + RecordColumns
        + " FROM records WHERE entity = $1 AND data->>'code' = $2 AND NOT deleted "
          "LIMIT 1";
    PgResult result = m_db.prepared("record_by_code", sql.constData(),
                                    {PgConnection::text(entity), PgConnection::text(code)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    if (result.rows() == 0) {
        return SyncRecord();
    }
    return fromRow(result, 0);
}

std::optional<UnitDirectory> RecordRepository::units(QString* error)
{
    // Every request needs the tree (the account's scope); it changes rarely. A process keeps the
    // last one read with the version of the last change to a unit (server_meta.units_version), and
    // reads the tree again when that differs: one primary-key lookup per request instead of the tree.
    static std::mutex mutex;
    static qint64 cachedStamp = -1;
    static UnitDirectory cached;
    PgResult stamp
        = m_db.prepared("units_stamp", "SELECT value::bigint FROM server_meta WHERE key = 'units_version'");
    if (!stamp.ok() || stamp.rows() != 1) {
        *error = stamp.errorText();
        return std::nullopt;
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (cachedStamp == stamp.integer(0, 0)) {
            return cached; // implicitly shared: no copy of the tree
        }
    }
    PgResult result
        = m_db.prepared("units_all",
                        "SELECT uuid, data->>'code', data->>'name', data->>'kind', "
                        "COALESCE(parent_uuid::text, '') FROM records WHERE entity = 'units' AND NOT "
                        "deleted");
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    UnitDirectory directory;
    for (int row = 0; row < result.rows(); ++row) {
        directory.add({result.text(row, 0), result.text(row, 1), result.text(row, 2), result.text(row, 3),
                       result.text(row, 4)});
    }
    const std::lock_guard<std::mutex> lock(mutex);
    cachedStamp = stamp.integer(0, 0);
    cached = directory;
    return directory;
}

std::optional<QSet<QString>> RecordRepository::evidenceScopes(const QString& sha256, QString* error)
{
    PgResult result
        = m_db.prepared("evidence_scopes",
                        "SELECT DISTINCT COALESCE(scope_unit::text, '') FROM records WHERE entity = "
                        "'evidence_files' AND data->>'sha256' = $1 AND NOT deleted",
                        {PgConnection::text(sha256)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    QSet<QString> scopes;
    for (int row = 0; row < result.rows(); ++row) {
        scopes.insert(result.text(row, 0));
    }
    return scopes;
}

std::optional<QJsonObject> RecordRepository::history(const QString& entity, const QString& uuid,
                                                     qint64 version, QString* error)
{
    PgResult result = m_db.prepared(
        "history_read",
        "SELECT data FROM record_history WHERE entity = $1 AND uuid = $2::uuid AND version <= $3 "
        "ORDER BY version DESC LIMIT 1",
        {PgConnection::text(entity), PgConnection::text(uuid), PgConnection::number(version)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    return result.rows() ? QJsonDocument::fromJson(result.bytes(0, 0)).object() : QJsonObject();
}

bool RecordRepository::write(const QList<SyncRecord>& records, const QList<HistoryRow>& history,
                             const QList<QPair<QString, QJsonObject>>& outcomes,
                             const QList<ConflictRow>& conflicts, const QString& client, qint64 userId,
                             QString* error)
{
    // Each set of rows travels as one JSON parameter, unpacked by jsonb_to_recordset: a push of a
    // thousand operations is four statements.
    QJsonArray recordRows;
    for (const SyncRecord& r : records) {
        recordRows.append(QJsonObject{{QStringLiteral("entity"), r.entity},
                                      {QStringLiteral("uuid"), r.uuid},
                                      {QStringLiteral("version"), r.version},
                                      {QStringLiteral("scope_unit"), nullable(r.scopeUnit)},
                                      {QStringLiteral("parent_uuid"), nullable(r.parentUuid)},
                                      {QStringLiteral("deleted"), r.deleted},
                                      {QStringLiteral("data"), r.deleted ? QJsonValue() : QJsonValue(r.data)},
                                      {QStringLiteral("approved_version"), r.approvedVersion},
                                      {QStringLiteral("approved_by_client"), r.approvedByClient},
                                      {QStringLiteral("writer_client"), r.writerClient},
                                      {QStringLiteral("chain_base"), r.chainBase}});
    }
    QJsonArray historyRows;
    for (const HistoryRow& h : history) {
        historyRows.append(
            QJsonObject{{QStringLiteral("version"), h.version},
                        {QStringLiteral("entity"), h.entity},
                        {QStringLiteral("uuid"), h.uuid},
                        {QStringLiteral("op_id"), h.opId},
                        {QStringLiteral("deleted"), h.deleted},
                        {QStringLiteral("data"), h.deleted ? QJsonValue() : QJsonValue(h.data)}});
    }
    QJsonArray outcomeRows;
    for (const auto& [opId, outcome] : outcomes) {
        outcomeRows.append(
            QJsonObject{{QStringLiteral("op_id"), opId}, {QStringLiteral("outcome"), outcome}});
    }
    QJsonArray conflictRows;
    for (const ConflictRow& c : conflicts) {
        conflictRows.append(QJsonObject{{QStringLiteral("op_id"), c.opId},
                                        {QStringLiteral("entity"), c.entity},
                                        {QStringLiteral("uuid"), c.uuid},
                                        {QStringLiteral("base_version"), c.baseVersion},
                                        {QStringLiteral("server_version"), c.serverVersion},
                                        {QStringLiteral("base"), c.base},
                                        {QStringLiteral("server"), c.server},
                                        {QStringLiteral("client_row"), c.clientRow},
                                        {QStringLiteral("fields"), c.fields}});
    }
    const PgConnection::Param clientParam = PgConnection::text(client);
    const PgConnection::Param userParam = PgConnection::number(userId);
    if (!recordRows.isEmpty()) {
        PgResult result = m_db.prepared(
            "records_write",
            "INSERT INTO records (entity, uuid, version, scope_unit, parent_uuid, deleted, data, "
            "approved_version, "
            "approved_by_client, writer_client, chain_base, changed_at) "
            "SELECT entity, uuid, version, scope_unit, parent_uuid, deleted, data, approved_version, "
            "approved_by_client, writer_client, chain_base, now() FROM jsonb_to_recordset($1::jsonb) AS x("
            "entity text, uuid uuid, version bigint, scope_unit uuid, parent_uuid uuid, deleted boolean, "
            "data "
            "jsonb, approved_version bigint, approved_by_client text, writer_client text, chain_base bigint) "
            "ON CONFLICT (entity, uuid) DO UPDATE SET version = excluded.version, scope_unit = "
            "excluded.scope_unit, parent_uuid = excluded.parent_uuid, deleted = excluded.deleted, data = "
            "excluded.data, approved_version = excluded.approved_version, approved_by_client = "
            "excluded.approved_by_client, writer_client = excluded.writer_client, chain_base = "
            "excluded.chain_base, changed_at = now()",
            {compact(recordRows)});
        if (!result.ok()) {
            *error = result.errorText();
            return false;
        }
    }
    if (!historyRows.isEmpty()) {
        PgResult result = m_db.prepared(
            "history_write",
            "INSERT INTO record_history (version, entity, uuid, client, op_id, user_id, deleted, data) "
            "SELECT version, entity, uuid, $2, op_id, $3, deleted, data FROM jsonb_to_recordset($1::jsonb) "
            "AS "
            "x(version bigint, entity text, uuid uuid, op_id text, deleted boolean, data jsonb)",
            {compact(historyRows), clientParam, userParam});
        if (!result.ok()) {
            *error = result.errorText();
            return false;
        }
    }
    if (!outcomeRows.isEmpty()) {
        PgResult result = m_db.prepared("outcomes_write",
                                        "INSERT INTO operations (client, op_id, user_id, outcome) "
                                        "SELECT $2, op_id, $3, outcome FROM jsonb_to_recordset($1::jsonb) AS "
                                        "x(op_id text, outcome jsonb)",
                                        {compact(outcomeRows), clientParam, userParam});
        if (!result.ok()) {
            *error = result.errorText();
            return false;
        }
    }
    qint64 unitsVersion = 0;
    for (const SyncRecord& r : records) {
        if (r.entity == QLatin1String("units")) {
            unitsVersion = std::max(unitsVersion, r.version);
        }
    }
    if (unitsVersion > 0) {
        PgResult result = m_db.prepared("units_stamp_write",
                                        "UPDATE server_meta SET value = $1 WHERE key = 'units_version'",
                                        {PgConnection::number(unitsVersion)});
        if (!result.ok()) {
            *error = result.errorText();
            return false;
        }
    }
    if (!conflictRows.isEmpty()) {
        PgResult result = m_db.prepared(
            "conflicts_write",
            "INSERT INTO conflicts (client, op_id, user_id, entity, uuid, base_version, server_version, "
            "base, "
            "server, client_row, fields) SELECT $2, op_id, $3, entity, uuid, base_version, server_version, "
            "base, server, client_row, fields FROM jsonb_to_recordset($1::jsonb) AS x(op_id text, entity "
            "text, "
            "uuid uuid, base_version bigint, server_version bigint, base jsonb, server jsonb, client_row "
            "jsonb, "
            "fields jsonb)",
            {compact(conflictRows), clientParam, userParam});
        if (!result.ok()) {
            *error = result.errorText();
            return false;
        }
    }
    return true;
}

std::optional<QList<RecordRepository::Change>>
RecordRepository::changesSince(qint64 since, const QSet<QString>& units, int limit, QString* error)
{
    PgResult result = m_db.prepared(
        "changes_since",
        "SELECT entity, uuid, version, deleted, data FROM records WHERE version > $1 AND (scope_unit IS NULL "
        "OR scope_unit = ANY($2::uuid[])) ORDER BY version LIMIT $3",
        {PgConnection::number(since), uuidArray(units), PgConnection::number(limit)});
    if (!result.ok()) {
        *error = result.errorText();
        return std::nullopt;
    }
    QList<Change> changes;
    changes.reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row) {
        changes.append({result.text(row, 0), result.text(row, 1), result.integer(row, 2),
                        result.boolean(row, 3), result.bytes(row, 4)});
    }
    return changes;
}

std::optional<qint64> RecordRepository::tombstoneHorizon(QString* error)
{
    PgResult result = m_db.prepared("horizon_read",
                                    "SELECT value::bigint FROM server_meta WHERE key = 'tombstone_horizon'");
    if (!result.ok() || result.rows() != 1) {
        *error = result.errorText();
        return std::nullopt;
    }
    return result.integer(0, 0);
}

std::optional<qint64> RecordRepository::purgeTombstones(int days, QString* error)
{
    PgResult purged = m_db.exec(
        "WITH gone AS (DELETE FROM records WHERE deleted AND changed_at <= now() - make_interval(days => $1) "
        "RETURNING version) UPDATE server_meta SET value = GREATEST(value::bigint, (SELECT "
        "COALESCE(max(version), "
        "0) FROM gone))::text WHERE key = 'tombstone_horizon' RETURNING value::bigint",
        {PgConnection::number(days)});
    if (!purged.ok() || purged.rows() != 1) {
        *error = purged.errorText();
        return std::nullopt;
    }
    return purged.integer(0, 0);
}

} // namespace danhgia::server
