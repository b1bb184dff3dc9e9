#include "PushService.h"

#include "EntityCatalog.h"
#include "RecordRules.h"
#include "SheetRules.h"

#include <QRegularExpression>
#include <QUuid>

namespace danhgia::server {

namespace {

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QJsonObject refusedOutcome(const QString& opId, const ApiError& error)
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("status"), QStringLiteral("refused")},
            {QStringLiteral("error"), error.toJson()}};
}

QJsonArray plainChangedFields(const QJsonObject& payload, const QJsonObject& server)
{
    QJsonArray fields;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() != QLatin1String("uuid") && server.value(it.key()) != it.value()) {
            fields.append(it.key());
        }
    }
    return fields;
}

} // namespace

std::variant<QList<PushOperation>, ApiError> PushService::parse(const QJsonObject& body,
                                                                QString* client) const
{
    *client = body.value(QStringLiteral("client")).toString().trimmed();
    if (client->isEmpty() || client->size() > 100) {
        return ApiErrors::missingField(QStringLiteral("client"));
    }
    if (!body.value(QStringLiteral("operations")).isArray()) {
        return ApiErrors::missingField(QStringLiteral("operations"));
    }
    const QJsonArray array = body.value(QStringLiteral("operations")).toArray();
    if (array.size() > m_limit) {
        return ApiErrors::invalidField(QStringLiteral("operations"),
                                       tr("a push holds at most %1 operations").arg(m_limit));
    }
    QList<PushOperation> ops;
    ops.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString at = QStringLiteral("operations[%1].").arg(i);
        PushOperation op;
        op.index = i;
        op.opId = o.value(QStringLiteral("op_id")).toString();
        op.entity = o.value(QStringLiteral("entity")).toString();
        op.uuid = o.value(QStringLiteral("uuid")).toString().toLower();
        op.operation = o.value(QStringLiteral("operation")).toString();
        op.baseVersion = o.value(QStringLiteral("base_version")).toInteger(0);
        op.role = o.value(QStringLiteral("role")).toString();
        op.action = o.value(QStringLiteral("action")).toString();
        op.reason = o.value(QStringLiteral("reason")).toString();
        op.payload = o.value(QStringLiteral("payload")).toObject();
        if (op.opId.isEmpty() || op.opId.size() > 100) {
            return ApiErrors::missingField(at + QStringLiteral("op_id"));
        }
        if (!EntityCatalog::knows(op.entity)) {
            return ApiErrors::invalidField(at + QStringLiteral("entity"),
                                           tr("the server does not synchronise \"%1\"").arg(op.entity));
        }
        if (!isUuid(op.uuid)) {
            return ApiErrors::invalidField(at + QStringLiteral("uuid"), tr("a row is named by its UUID"));
        }
        if (op.operation != QLatin1String("insert") && op.operation != QLatin1String("update")
            && op.operation != QLatin1String("delete")) {
            return ApiErrors::invalidField(at + QStringLiteral("operation"), tr("insert, update or delete"));
        }
        if (op.baseVersion < 0) {
            return ApiErrors::invalidField(at + QStringLiteral("base_version"), tr("a version is 0 or more"));
        }
        ops.append(op);
    }
    return ops;
}

std::optional<ApiError> PushService::translateReferences(PushContext& context, const PushOperation& op)
{
    // A local integer id never leaves a machine: the client translates them to UUIDs at its edge.
    for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_id")) && it.value().isDouble()) {
            return ApiError{
                422, QStringLiteral("local_id"),
                tr("The field %1 holds a local id; rows refer to each other by UUID (%2).")
                    .arg(it.key(), QString(it.key()).replace(QLatin1String("_id"), QLatin1String("_uuid"))),
                QStringLiteral("payload.") + it.key()};
        }
    }
    if (op.payload.contains(QStringLiteral("uuid"))
        && op.payload.value(QStringLiteral("uuid")).toString() != op.uuid) {
        return ApiErrors::invalidField(QStringLiteral("payload.uuid"),
                                       tr("it differs from the operation's uuid"));
    }
    for (const EntityCatalog::Reference& ref : EntityCatalog::references(op.entity)) {
        if (!op.payload.contains(ref.wireField)) {
            continue;
        }
        const QJsonValue value = op.payload.value(ref.wireField);
        if (value.isNull() || value.toString().isEmpty()) {
            continue;
        }
        const QString uuid = value.toString();
        const QString field = QStringLiteral("payload.") + ref.wireField;
        if (!isUuid(uuid)) {
            return ApiErrors::invalidField(field, tr("a row is named by its UUID"));
        }
        const SyncRecord* target = context.record(ref.entity, uuid);
        if (!target) {
            return ApiErrors::internal();
        }
        const bool visible = target->scopeUnit.isEmpty() || context.user().sees(target->scopeUnit)
            || (ref.entity == QLatin1String("units") && context.units().contains(uuid)
                && context.user().provincial);
        if (!target->exists) {
            if (const auto earlier = m_refusedNew.constFind(uuid); earlier != m_refusedNew.cend()) {
                m_rootReason = *earlier;
                return ApiError{409, QStringLiteral("refused_reference"),
                                tr("Not applied: the row that %1 refers to was refused earlier in this "
                                   "synchronisation (%2).")
                                    .arg(ref.wireField, *earlier),
                                field};
            }
        }
        if (!target->exists || target->deleted || !visible) {
            return ApiError{404, QStringLiteral("unknown_reference"),
                            tr("The row that %1 refers to is not known to this account; send it first.")
                                .arg(ref.wireField),
                            field};
        }
    }
    return std::nullopt;
}

std::optional<ApiError> PushService::duplicateCode(PushContext& context, const PushOperation& op,
                                                   const SyncRecord& current)
{
    // A unit made on a database that worked alone, with the code of the province's: a copy here would
    // be a second unit of the same code, outside the account's units (the rows under it were then
    // answered "not found"). The client's next pull links its unit to the province's.
    if (op.entity != QLatin1String("units") || op.operation != QLatin1String("insert") || current.exists) {
        return std::nullopt;
    }
    const QString code = op.payload.value(QStringLiteral("code")).toString().trimmed();
    const UnitDirectory::Unit* held = code.isEmpty() ? nullptr : context.units().findByCode(code);
    if (!held || held->uuid == op.uuid) {
        return std::nullopt;
    }
    const QString holder = context.user().sees(held->uuid) ? held->name : tr("another unit");
    return ApiError{409, QStringLiteral("duplicate_code"),
                    tr("The unit code %1 is already held on the server by %2: this unit was not created "
                       "again; the next synchronisation links the unit here to it.")
                        .arg(code, holder),
                    QStringLiteral("payload.code")};
}

QJsonObject PushService::applyOne(PushContext& context, const PushOperation& op, qint64* counter)
{
    SyncRecord* stored = context.record(op.entity, op.uuid);
    if (!stored) {
        return {};
    }
    const SyncRecord current = *stored;
    m_rootReason.clear();
    if (!current.exists) {
        if (const auto earlier = m_refusedNew.constFind(op.uuid); earlier != m_refusedNew.cend()) {
            m_rootReason = *earlier;
            return refusedOutcome(
                op.opId,
                {409, QStringLiteral("refused_earlier"),
                 tr("Not applied: the change that creates this row was refused earlier in this "
                    "synchronisation (%1).")
                     .arg(*earlier),
                 QString()});
        }
    }
    const UserAccount& user = context.user();
    const bool insert = op.operation == QLatin1String("insert");
    // A row outside the account's units does not exist for it.
    const bool visible = !current.exists || current.scopeUnit.isEmpty() || user.sees(current.scopeUnit);
    if (!visible || (!insert && !current.exists)) {
        return refusedOutcome(op.opId, ApiErrors::notFound());
    }
    if (const auto error = duplicateCode(context, op, current)) {
        return refusedOutcome(op.opId, *error);
    }
    if (const auto error = translateReferences(context, op)) {
        return refusedOutcome(op.opId, *error);
    }
    // Stale: the row changed since the base, by another client (a client's own run of changes
    // made on one base is in order). Changed to approved since the base: always a conflict.
    const bool ownRun = current.writerClient == context.client() && current.chainBase == op.baseVersion;
    const bool stale
        = current.exists && (insert || current.deleted || (current.version != op.baseVersion && !ownRun));
    const bool approvedSince = current.exists && current.approvedVersion > op.baseVersion
        && current.approvedByClient != context.client();
    if (stale || approvedSince) {
        QString error;
        const auto base = op.baseVersion > 0
            ? m_repository->history(op.entity, op.uuid, op.baseVersion, &error)
            : std::optional<QJsonObject>(QJsonObject());
        if (!base) {
            return {};
        }
        QJsonObject clientRow = *base;
        for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
            clientRow.insert(it.key(), it.value());
        }
        const QJsonArray fields = op.entity == QLatin1String("score_sheets")
            ? SheetRules::changedFields(op.payload, current.data)
            : plainChangedFields(op.payload, current.data);
        const QJsonValue server = current.deleted ? QJsonValue() : QJsonValue(current.data);
        m_conflicts.append({op.opId, op.entity, op.uuid, op.baseVersion, current.version,
                            base->isEmpty() ? QJsonValue() : QJsonValue(*base), server, clientRow, fields});
        QJsonObject conflict{{QStringLiteral("entity"), op.entity},
                             {QStringLiteral("uuid"), op.uuid},
                             {QStringLiteral("base_version"), op.baseVersion},
                             {QStringLiteral("server_version"), current.version},
                             {QStringLiteral("base"), base->isEmpty() ? QJsonValue() : QJsonValue(*base)},
                             {QStringLiteral("server"), server},
                             {QStringLiteral("client"), clientRow},
                             {QStringLiteral("fields"), fields},
                             {QStringLiteral("approved_since_base"), approvedSince}};
        return {{QStringLiteral("op_id"), op.opId},
                {QStringLiteral("status"), QStringLiteral("conflict")},
                {QStringLiteral("conflict"), conflict}};
    }
    const RuleOutcome outcome = op.entity == QLatin1String("score_sheets")
        ? SheetRules::apply(context, op, current)
        : RecordRules::apply(context, op, current);
    if (context.failed()) {
        return {};
    }
    if (!outcome.ok) {
        return refusedOutcome(op.opId, outcome.error);
    }
    SyncRecord next = outcome.next;
    next.entity = op.entity;
    next.uuid = op.uuid;
    next.exists = true;
    next.version = ++*counter;
    next.chainBase
        = (!current.exists || current.version == op.baseVersion) ? op.baseVersion : current.chainBase;
    next.writerClient = context.client();
    if (outcome.approves) {
        next.approvedVersion = next.version;
        next.approvedByClient = context.client();
    }
    context.put(next);
    m_history.append({next.version, next.entity, next.uuid, op.opId, next.deleted, next.data});
    return {{QStringLiteral("op_id"), op.opId},
            {QStringLiteral("status"), QStringLiteral("applied")},
            {QStringLiteral("version"), next.version}};
}

void PushService::rememberRefusedNew(const PushOperation& op, bool existed, const QJsonObject& outcome)
{
    if (existed || outcome.value(QLatin1String("status")).toString() != QLatin1String("refused")) {
        return;
    }
    // The first cause, not the refusals it caused: "refused earlier (refused earlier (...))" says
    // nothing more.
    m_refusedNew.insert(
        op.uuid,
        m_rootReason.isEmpty()
            ? outcome.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()
            : m_rootReason);
}

std::variant<QJsonObject, ApiError> PushService::push(const UserAccount& user, const QJsonObject& body)
{
    QString client;
    auto parsed = parse(body, &client);
    if (auto* error = std::get_if<ApiError>(&parsed)) {
        return *error;
    }
    const QList<PushOperation>& ops = std::get<QList<PushOperation>>(parsed);
    QJsonArray answers;
    qint64 serverVersion = 0;
    QString failure;
    const bool ok = m_db.transaction(
        [&](QString* e) {
            m_history.clear();
            m_conflicts.clear();
            m_refusedNew.clear();
            answers = QJsonArray();
            RecordRepository repository(m_db);
            m_repository = &repository;
            auto counter = repository.lockCounter(e);
            if (!counter) {
                return false;
            }
            QStringList ids;
            for (const PushOperation& op : ops) {
                ids.append(op.opId);
            }
            const auto stored = repository.outcomes(client, ids, e);
            if (!stored) {
                return false;
            }
            PushContext context(repository, user, client);
            QList<QPair<QString, QJsonObject>> fresh;
            QHash<QString, QJsonObject> answered;
            for (const PushOperation& op : ops) {
                if (stored->contains(op.opId)) {
                    answers.append(stored->value(op.opId));
                    continue;
                }
                if (answered.contains(op.opId)) {
                    answers.append(answered.value(op.opId));
                    continue;
                }
                const SyncRecord* before = context.record(op.entity, op.uuid);
                const bool existed = before && before->exists;
                const QJsonObject outcome = applyOne(context, op, &*counter);
                if (outcome.isEmpty() || context.failed()) {
                    *e = context.failed() ? context.error() : QStringLiteral("push failed");
                    return false;
                }
                rememberRefusedNew(op, existed, outcome);
                answered.insert(op.opId, outcome);
                fresh.append({op.opId, outcome});
                answers.append(outcome);
            }
            serverVersion = *counter;
            return repository.write(context.touched(), m_history, fresh, m_conflicts, client, user.id, e)
                && repository.setCounter(*counter, e);
        },
        &failure);
    m_repository = nullptr;
    if (!ok) {
        qWarning("push failed: %s", qUtf8Printable(failure));
        return ApiErrors::internal();
    }
    return QJsonObject{{QStringLiteral("outcomes"), answers},
                       {QStringLiteral("server_version"), serverVersion}};
}

} // namespace danhgia::server
