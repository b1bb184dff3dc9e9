#include "sync/SyncOutbox.h"

#include "sync/RefusedCreation.h"
#include "sync/WireReferences.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

QString outboxField(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString();
}

QString outboxJson(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

bool runOutbox(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool recordOutboxOutcome(QSqlDatabase& db, qint64 outboxId, const QString& status, const QVariant& version,
                         const QJsonObject& error, QString* detail)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO outbox_outcomes (outbox_id, status, server_version, "
                                 "error_code, error_message, error_field) VALUES (?,?,?,?,?,?)"));
    query.addBindValue(outboxId);
    query.addBindValue(status);
    query.addBindValue(version);
    query.addBindValue(outboxField(error, "code"));
    query.addBindValue(outboxField(error, "message"));
    query.addBindValue(outboxField(error, "field"));
    return runOutbox(query, detail);
}

// The local row's server version: the base of a change made on it (0: never seen by the server).
// A row deleted here is gone: its version is the one it had when deleted (sync_deleted_rows).
std::optional<qint64> outboxBaseVersion(QSqlDatabase& db, const QString& entity, const QString& uuid,
                                        QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT server_version FROM %1 WHERE uuid = ? UNION ALL SELECT "
                                 "server_version FROM sync_deleted_rows WHERE entity = ? AND uuid = ? AND "
                                 "NOT EXISTS (SELECT 1 FROM %1 WHERE uuid = ?)")
                      .arg(entity));
    query.addBindValue(uuid);
    query.addBindValue(entity);
    query.addBindValue(uuid);
    query.addBindValue(uuid);
    if (!runOutbox(query, error)) {
        return std::nullopt;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

// A state change's workflow action and its reason (a return, a reopen) are the operation's, not
// the row's: moved from the payload onto the operation (docs/sync.md, "Push").
void liftWorkflowAction(QJsonObject* wire)
{
    QJsonObject payload = wire->value(QLatin1String("payload")).toObject();
    if (!payload.contains(QLatin1String("state"))) {
        return;
    }
    for (const QString& field : {QStringLiteral("action"), QStringLiteral("reason")}) {
        const QJsonValue value = payload.take(field);
        if (value.isString() && !value.toString().isEmpty()) {
            wire->insert(field, value);
        }
    }
    wire->insert(QStringLiteral("payload"), payload);
}

} // namespace

QString SyncOutbox::opId(const QString& clientId, qint64 outboxId)
{
    return clientId + QLatin1Char('-') + QString::number(outboxId);
}

std::optional<int> SyncOutbox::pendingCount(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE id NOT IN (SELECT outbox_id FROM "
                                   "outbox_outcomes)"))
        || !query.next()) {
        *error = tr("cannot read the outbox: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QList<SyncOutbox::Operation>>
SyncOutbox::pending(Database& db, const QString& clientId, int limit, Tally* localRefusals, QString* error)
{
    QSqlDatabase& c = db.connection();
    QSqlQuery query(c);
    query.prepare(QStringLiteral("SELECT id, entity, uuid, operation, payload FROM outbox WHERE id NOT IN "
                                 "(SELECT outbox_id FROM outbox_outcomes) ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    QString detail;
    if (!runOutbox(query, &detail)) {
        *error = tr("cannot read the outbox: %1").arg(detail);
        return std::nullopt;
    }
    QList<Operation> operations;
    // Changes refused here, never sent: their outbox id, code and message.
    struct LocalRefusal
    {
        qint64 id;
        QString code;
        QString message;
    };
    QList<LocalRefusal> untranslatable;
    const QString unsendable = QStringLiteral("local_reference");
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString entity = query.value(1).toString();
        const QString uuid = query.value(2).toString();
        if (!WireReferences::entities().contains(entity)) {
            untranslatable.append(
                {id, unsendable, tr("the outbox names an unknown table \"%1\"").arg(entity)});
            continue;
        }
        // The server does not hold a row whose creation it refused: a later change of it would be
        // answered "not found".
        const auto refusedRow = RefusedCreation::reasonFor(c, entity, uuid, &detail);
        if (!refusedRow) {
            *error = tr("cannot read the outbox: %1").arg(detail);
            return std::nullopt;
        }
        if (!refusedRow->isEmpty()) {
            untranslatable.append(
                {id, QStringLiteral("refused_earlier"), RefusedCreation::ownMessage(*refusedRow)});
            continue;
        }
        QJsonObject payload = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        QString missing;
        QString missingCode = unsendable;
        for (const WireReferences::Reference& ref : WireReferences::of(entity)) {
            if (!payload.contains(ref.localField)) {
                continue;
            }
            const QJsonValue local = payload.take(ref.localField);
            // No row has id 0: a reference recorded as 0 (a null number, before SyncedTable wrote
            // null) names no row, as null does.
            if (local.isNull() || local.toInteger() == 0) {
                payload.insert(ref.wireField, QJsonValue());
                continue;
            }
            QSqlQuery named(c);
            named.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(ref.entity));
            named.addBindValue(local.toInteger());
            if (!runOutbox(named, &detail)) {
                *error = tr("cannot read the outbox: %1").arg(detail);
                return std::nullopt;
            }
            if (!named.next()) {
                missing = tr("the row %1 of %2 that this change names no longer exists")
                              .arg(local.toInteger())
                              .arg(ref.entity);
                break;
            }
            const QString namedUuid = named.value(0).toString();
            const auto refusedNamed = RefusedCreation::reasonFor(c, ref.entity, namedUuid, &detail);
            if (!refusedNamed) {
                *error = tr("cannot read the outbox: %1").arg(detail);
                return std::nullopt;
            }
            if (!refusedNamed->isEmpty()) {
                missingCode = QStringLiteral("refused_reference");
                missing = RefusedCreation::referenceMessage(ref.entity, *refusedNamed);
                break;
            }
            payload.insert(ref.wireField, namedUuid);
        }
        if (!missing.isEmpty()) {
            untranslatable.append({id, missingCode, missing});
            continue;
        }
        const auto base = outboxBaseVersion(c, entity, uuid, &detail);
        if (!base) {
            *error = tr("cannot read the outbox: %1").arg(detail);
            return std::nullopt;
        }
        QJsonObject wire{{QStringLiteral("op_id"), opId(clientId, id)},
                         {QStringLiteral("entity"), entity},
                         {QStringLiteral("uuid"), uuid},
                         {QStringLiteral("operation"), query.value(3).toString()},
                         {QStringLiteral("base_version"), *base},
                         {QStringLiteral("payload"), payload}};
        if (payload.value(QLatin1String("role")).isString()) {
            wire.insert(QStringLiteral("role"), payload.value(QLatin1String("role")));
        }
        liftWorkflowAction(&wire);
        operations.append({id, wire});
    }
    query.finish();
    if (!untranslatable.isEmpty()) {
        const bool ok = db.transaction(
            [&](QString* e) {
                for (const LocalRefusal& refusal : untranslatable) {
                    const QJsonObject local{{QStringLiteral("code"), refusal.code},
                                            {QStringLiteral("message"), refusal.message}};
                    if (!recordOutboxOutcome(c, refusal.id, QStringLiteral("refused"), QVariant(), local,
                                             e)) {
                        return false;
                    }
                    ++localRefusals->refused;
                    localRefusals->refusals.append(refusal.message);
                }
                return true;
            },
            &detail);
        if (!ok) {
            *error = tr("cannot record the outcome of a change: %1").arg(detail);
            return std::nullopt;
        }
    }
    return operations;
}

bool SyncOutbox::record(Database& db, const QList<Operation>& sent, const QJsonArray& outcomes, Tally* tally,
                        QString* error)
{
    QHash<QString, const Operation*> byOpId;
    for (const Operation& operation : sent) {
        byOpId.insert(outboxField(operation.wire, "op_id"), &operation);
    }
    QSqlDatabase& c = db.connection();
    Tally counted;
    QString detail;
    const bool ok = db.transaction(
        [&](QString* e) {
            for (const QJsonValue& value : outcomes) {
                const QJsonObject outcome = value.toObject();
                const Operation* operation = byOpId.value(outboxField(outcome, "op_id"));
                if (!operation) {
                    continue; // not one of ours: nothing to record
                }
                const QString status = outboxField(outcome, "status");
                const QString entity = outboxField(operation->wire, "entity");
                const QString uuid = outboxField(operation->wire, "uuid");
                if (status == QLatin1String("applied")) {
                    const qint64 version = outcome.value(QLatin1String("version")).toInteger();
                    if (!recordOutboxOutcome(c, operation->outboxId, status, version, {}, e)) {
                        return false;
                    }
                    QSqlQuery row(c);
                    row.prepare(QStringLiteral("UPDATE %1 SET server_version = ? WHERE uuid = ? AND "
                                               "(server_version IS NULL OR server_version < ?)")
                                    .arg(entity));
                    row.addBindValue(version);
                    row.addBindValue(uuid);
                    row.addBindValue(version);
                    if (!runOutbox(row, e)) {
                        return false;
                    }
                    ++counted.applied;
                } else if (status == QLatin1String("refused")) {
                    const QJsonObject refusal = outcome.value(QLatin1String("error")).toObject();
                    if (!recordOutboxOutcome(c, operation->outboxId, status, QVariant(), refusal, e)) {
                        return false;
                    }
                    ++counted.refused;
                    counted.refusals.append(outboxField(refusal, "message"));
                } else if (status == QLatin1String("conflict")) {
                    const QJsonObject conflict = outcome.value(QLatin1String("conflict")).toObject();
                    if (!recordOutboxOutcome(c, operation->outboxId, status, QVariant(), {}, e)) {
                        return false;
                    }
                    QSqlQuery row(c);
                    row.prepare(QStringLiteral(
                        "INSERT INTO sync_conflicts (entity, uuid, origin, outbox_id, base_version, "
                        "server_version, base, server, local, fields, approved_since_base) "
                        "VALUES (?,?,'push',?,?,?,?,?,?,?,?)"));
                    row.addBindValue(entity);
                    row.addBindValue(uuid);
                    row.addBindValue(operation->outboxId);
                    row.addBindValue(conflict.value(QLatin1String("base_version")).toInteger());
                    row.addBindValue(conflict.value(QLatin1String("server_version")).toInteger());
                    row.addBindValue(outboxJson(conflict.value(QLatin1String("base"))));
                    row.addBindValue(outboxJson(conflict.value(QLatin1String("server"))));
                    row.addBindValue(outboxJson(conflict.value(QLatin1String("client"))));
                    row.addBindValue(outboxJson(conflict.value(QLatin1String("fields"))));
                    row.addBindValue(conflict.value(QLatin1String("approved_since_base")).toBool() ? 1 : 0);
                    if (!runOutbox(row, e)) {
                        return false;
                    }
                    ++counted.conflicts;
                }
            }
            return true;
        },
        &detail);
    if (!ok) {
        *error = tr("cannot record the server's outcomes: %1").arg(detail);
        return false;
    }
    tally->applied += counted.applied;
    tally->refused += counted.refused;
    tally->conflicts += counted.conflicts;
    tally->refusals += counted.refusals;
    return true;
}

} // namespace danhgia
