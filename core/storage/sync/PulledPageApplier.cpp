#include "sync/PulledPageApplier.h"

#include "sync/PulledAdoption.h"
#include "sync/PulledConflict.h"
#include "sync/SyncStateStore.h"
#include "sync/WireReferences.h"
#include "text/VietnameseText.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cmath>

namespace danhgia {

namespace {

bool runPulled(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString pulledJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A JSON value as a column holds it: integers as integers, objects and arrays as JSON text.
QVariant pulledColumnValue(const QJsonValue& value)
{
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Bool:
            return value.toBool() ? 1 : 0;
        case QJsonValue::Double: {
            const double d = value.toDouble();
            return std::floor(d) == d ? QVariant(value.toInteger()) : QVariant(d);
        }
        case QJsonValue::Object:
            return pulledJson(value.toObject());
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        default:
            return QVariant();
    }
}

int pulledOrder(const QJsonObject& change)
{
    return static_cast<int>(
        WireReferences::appliedEntities().indexOf(change.value(QLatin1String("entity")).toString()));
}

} // namespace

bool PulledPageApplier::apply(const QJsonArray& changes, qint64 nextCursor, Result* result, QString* error)
{
    // Rows after the rows they name; deletions after, the other way round.
    QList<QJsonObject> upserts;
    QList<QJsonObject> deletions;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        (change.value(QLatin1String("deleted")).toBool() ? deletions : upserts).append(change);
    }
    std::stable_sort(upserts.begin(), upserts.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return pulledOrder(a) < pulledOrder(b);
    });
    std::stable_sort(deletions.begin(), deletions.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return pulledOrder(a) > pulledOrder(b);
    });
    Result counted;
    QString detail;
    m_notApplied.clear();
    const bool ok = m_db.transaction(
        [&](QString* e) {
            for (const QList<QJsonObject>* list : {&upserts, &deletions}) {
                for (const QJsonObject& change : *list) {
                    const auto applied = applyChange(change, false, e);
                    if (!applied) {
                        *e = tr("the change of %1 %2 could not be applied: %3")
                                 .arg(change.value(QLatin1String("entity")).toString(),
                                      change.value(QLatin1String("uuid")).toString(), *e);
                        return false;
                    }
                    counted.received += *applied == Applied::Done ? 1 : 0;
                    counted.conflicts += *applied == Applied::Conflict ? 1 : 0;
                    counted.skipped += *applied == Applied::Skipped ? 1 : 0;
                }
            }
            return retryParked(&counted, e) && SyncStateStore::setCursor(connection(), nextCursor, e);
        },
        &detail);
    if (!ok) {
        *error = tr("The changes received from the server could not be saved: %1").arg(detail);
        return false;
    }
    result->received += counted.received;
    result->conflicts += counted.conflicts;
    result->skipped += counted.skipped;
    result->parked = counted.parked;
    result->notApplied += m_notApplied;
    m_notApplied.clear();
    return true;
}

bool PulledPageApplier::applyServerRow(const QJsonObject& change, QString* error)
{
    const auto applied = applyChange(change, false, error);
    if (!applied) {
        return false;
    }
    if (*applied == Applied::Done || *applied == Applied::Unchanged) {
        return true;
    }
    *error = *applied == Applied::Parked
        ? tr("the server's version names a row that is not here yet: synchronise first")
        : tr("the row still has local work waiting to be sent");
    return false;
}

bool PulledPageApplier::retryParked(Result* result, QString* error)
{
    // Each round applies at least one parked row or stops: bounded by the number parked.
    for (;;) {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("SELECT entity, uuid, version, data, partial FROM sync_parked"));
        if (!runPulled(query, error)) {
            return false;
        }
        QList<QJsonObject> parked;
        while (query.next()) {
            parked.append({{QStringLiteral("entity"), query.value(0).toString()},
                           {QStringLiteral("uuid"), query.value(1).toString()},
                           {QStringLiteral("version"), query.value(2).toLongLong()},
                           {QStringLiteral("deleted"), false},
                           {QStringLiteral("data"),
                            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()},
                           {QStringLiteral("partial"), query.value(4).toInt() == 1}});
        }
        query.finish();
        std::stable_sort(parked.begin(), parked.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return pulledOrder(a) < pulledOrder(b);
        });
        bool progress = false;
        int still = 0;
        for (const QJsonObject& change : parked) {
            const bool partial = change.value(QLatin1String("partial")).toBool();
            if (partial) {
                // Applied already: again only once the row it names has arrived.
                const auto resolved
                    = referencesResolve(change.value(QLatin1String("entity")).toString(),
                                        change.value(QLatin1String("data")).toObject(), error);
                if (!resolved) {
                    return false;
                }
                if (!*resolved) {
                    continue;
                }
            }
            const auto applied = applyChange(change, true, error);
            if (!applied) {
                return false;
            }
            progress = progress || *applied != Applied::Parked;
            still += *applied == Applied::Parked ? 1 : 0;
            result->received += *applied == Applied::Done && !partial ? 1 : 0;
            result->conflicts += *applied == Applied::Conflict ? 1 : 0;
        }
        if (!progress || still == 0) {
            result->parked = still;
            return true;
        }
    }
}

std::optional<bool> PulledPageApplier::referencesResolve(const QString& entity, const QJsonObject& data,
                                                         QString* error)
{
    for (const WireReferences::Reference& ref : WireReferences::of(entity)) {
        const QString named = data.value(ref.wireField).toString();
        if (named.isEmpty()) {
            continue;
        }
        const auto target = find(ref.entity, named, error);
        if (!target) {
            return std::nullopt;
        }
        if (target->id == 0) {
            return false;
        }
    }
    return true;
}

std::optional<PulledPageApplier::Applied> PulledPageApplier::applyChange(const QJsonObject& change,
                                                                         bool retry, QString* error)
{
    const QString entity = change.value(QLatin1String("entity")).toString();
    const QString uuid = change.value(QLatin1String("uuid")).toString();
    const qint64 version = change.value(QLatin1String("version")).toInteger();
    if (!WireReferences::appliedEntities().contains(entity)) {
        return Applied::Skipped;
    }
    auto local = find(entity, uuid, error);
    if (!local) {
        return std::nullopt;
    }
    if (change.value(QLatin1String("deleted")).toBool()) {
        if (!unpark(entity, uuid, error)) {
            return std::nullopt;
        }
        if (local->id == 0) {
            return Applied::Unchanged;
        }
        const auto pending = hasPendingChange(entity, uuid, error);
        if (!pending) {
            return std::nullopt;
        }
        if (*pending) {
            return PulledConflict::record(connection(), entity, uuid, local->id, local->serverVersion,
                                          version, {}, error)
                ? std::optional(Applied::Conflict)
                : std::nullopt;
        }
        return m_writer.remove(entity, local->id, error) ? std::optional(Applied::Done) : std::nullopt;
    }
    const QJsonObject data = change.value(QLatin1String("data")).toObject();
    const QStringList& known = m_writer.columns(entity, error);
    if (known.isEmpty()) {
        return std::nullopt;
    }
    static const QSet<QString> bookkeeping{QStringLiteral("id"),         QStringLiteral("uuid"),
                                           QStringLiteral("revision"),   QStringLiteral("server_version"),
                                           QStringLiteral("updated_at"), QStringLiteral("search_key")};
    QVariantMap row;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (known.contains(it.key()) && !bookkeeping.contains(it.key())) {
            row.insert(it.key(), pulledColumnValue(it.value()));
        }
    }
    bool partial = false;
    QList<WireReferences::Reference> unresolved; // optional, naming a row not here (yet)
    for (const WireReferences::Reference& ref : WireReferences::of(entity)) {
        if (!data.contains(ref.wireField)) {
            continue;
        }
        const QJsonValue named = data.value(ref.wireField);
        if (named.isNull() || named.toString().isEmpty()) {
            row.insert(ref.localField, QVariant(QMetaType(QMetaType::LongLong)));
            continue;
        }
        const auto target = find(ref.entity, named.toString(), error);
        if (!target) {
            return std::nullopt;
        }
        if (target->id == 0 && ref.optional) {
            row.insert(ref.localField, QVariant(QMetaType(QMetaType::LongLong)));
            partial = true;
            unresolved.append(ref);
            continue;
        }
        if (target->id == 0) {
            return park(entity, uuid, version, data, false, error) ? std::optional(Applied::Parked)
                                                                   : std::nullopt;
        }
        row.insert(ref.localField, target->id);
    }
    if (entity == QLatin1String("units") && row.contains(QStringLiteral("name"))) {
        row.insert(QStringLiteral("search_key"),
                   VietnameseText::searchKey(row.value(QStringLiteral("name")).toString()));
    } else if (entity == QLatin1String("people") && row.contains(QStringLiteral("full_name"))) {
        row.insert(QStringLiteral("search_key"),
                   VietnameseText::searchKey(row.value(QStringLiteral("full_name")).toString()));
    }
    if (local->id == 0) {
        const auto adopted = PulledAdoption::find(connection(), entity, uuid, row, error);
        if (!adopted) {
            return std::nullopt;
        }
        if (!adopted->clash.isEmpty()) {
            // Applying it would break the key; the rest of the page goes on, and the log says why.
            m_notApplied.append({entity, uuid, adopted->clashRow, adopted->clash});
            return unpark(entity, uuid, error) ? std::optional(Applied::NotApplied) : std::nullopt;
        }
        if (adopted->id != 0) {
            if (!PulledAdoption::adopt(connection(), entity, *adopted, uuid, error)) {
                return std::nullopt;
            }
            // Made here and never sent, or refused: the officer decides where it differs.
            auto differences = PulledConflict::differences(connection(), entity, adopted->id, data, error);
            if (!differences) {
                return std::nullopt;
            }
            // A row it names that is not here (yet: a parent adopted later in the page, or one the
            // account does not see) is compared when it arrives; until then the value here stays.
            for (const WireReferences::Reference& ref : unresolved) {
                differences->removeAll(ref.wireField);
                row.remove(ref.localField);
            }
            if (!differences->isEmpty()) {
                return PulledConflict::record(connection(), entity, uuid, adopted->id, 0, version, data,
                                              error)
                        && unpark(entity, uuid, error)
                    ? std::optional(Applied::Conflict)
                    : std::nullopt;
            }
            local = LocalRow{adopted->id, 0};
        }
    } else {
        if (retry ? version < local->serverVersion : version <= local->serverVersion) {
            return unpark(entity, uuid, error) ? std::optional(Applied::Unchanged) : std::nullopt;
        }
        const auto pending = hasPendingChange(entity, uuid, error);
        if (!pending) {
            return std::nullopt;
        }
        if (*pending) {
            return PulledConflict::record(connection(), entity, uuid, local->id, local->serverVersion,
                                          version, data, error)
                    && unpark(entity, uuid, error)
                ? std::optional(Applied::Conflict)
                : std::nullopt;
        }
    }
    qint64 id = local->id;
    if (!m_writer.write(entity, uuid, &id, row, version, error)) {
        return std::nullopt;
    }
    if (entity == QLatin1String("score_sheets") && data.contains(QLatin1String("values"))
        && !m_writer.writeSheetValues(id, data, error)) {
        return std::nullopt;
    }
    const bool kept = partial ? park(entity, uuid, version, data, true, error) : unpark(entity, uuid, error);
    return kept ? std::optional(Applied::Done) : std::nullopt;
}

std::optional<PulledPageApplier::LocalRow> PulledPageApplier::find(const QString& entity, const QString& uuid,
                                                                   QString* error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id, server_version FROM %1 WHERE uuid = ?").arg(entity));
    query.addBindValue(uuid);
    if (!runPulled(query, error)) {
        return std::nullopt;
    }
    LocalRow row;
    if (query.next()) {
        row.id = query.value(0).toLongLong();
        row.serverVersion = query.value(1).toLongLong();
    }
    return row;
}

std::optional<bool> PulledPageApplier::hasPendingChange(const QString& entity, const QString& uuid,
                                                        QString* error)
{
    QSqlQuery query(connection());
    // A change not yet answered, or a conflict not yet decided: the officer's version stays.
    query.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND uuid = ? AND id NOT IN "
                       "(SELECT outbox_id FROM outbox_outcomes) UNION ALL SELECT 1 FROM "
                       "sync_conflicts WHERE entity = ? AND uuid = ? AND resolved_at IS NULL LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(uuid);
    query.addBindValue(entity);
    query.addBindValue(uuid);
    if (!runPulled(query, error)) {
        return std::nullopt;
    }
    return query.next();
}

bool PulledPageApplier::park(const QString& entity, const QString& uuid, qint64 version,
                             const QJsonObject& data, bool partial, QString* error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_parked (entity, uuid, version, data, partial) VALUES (?,?,?,?,?)"));
    query.addBindValue(entity);
    query.addBindValue(uuid);
    query.addBindValue(version);
    query.addBindValue(pulledJson(data));
    query.addBindValue(partial ? 1 : 0);
    return runPulled(query, error);
}

bool PulledPageApplier::unpark(const QString& entity, const QString& uuid, QString* error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM sync_parked WHERE entity = ? AND uuid = ?"));
    query.addBindValue(entity);
    query.addBindValue(uuid);
    return runPulled(query, error);
}

} // namespace danhgia
