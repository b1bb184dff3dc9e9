#include "sync/ConflictResolver.h"

#include "conflicts/ConflictColumns.h"
#include "database/AuditLog.h"
#include "database/SyncedTable.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "sync/ConflictInbox.h"
#include "sync/PulledPageApplier.h"
#include "sync/RowJson.h"
#include "text/VietnameseText.h"
#include "workflow/Stage.h"
#include "workflow/SyncedEntities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

bool runResolver(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString resolverJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What was kept of each differing field: mine, server, or the value typed.
QJsonObject resolverChoices(const QList<ConflictResolution::Decision>& decisions)
{
    QJsonObject choices;
    for (const ConflictResolution::Decision& decision : decisions) {
        choices.insert(decision.field.path,
                       decision.choice.keep == ConflictKeep::Edited
                           ? decision.choice.edited
                           : ConflictResolution::keepName(decision.choice.keep));
    }
    return choices;
}

// A kept or typed value as its column holds it: yes/no as 1/0, JSON as text, a NULL as NULL.
QVariant resolverColumnValue(const QJsonValue& value)
{
    switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? 1 : 0;
        case QJsonValue::Double:
            return value.toInteger();
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Object:
            return resolverJson(value.toObject());
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        default:
            return QVariant();
    }
}

} // namespace

std::optional<QVariantMap>
ConflictResolver::columnValues(QSqlDatabase& db, const ConflictDetail& detail,
                               const QList<ConflictResolution::Decision>& decisions, QString* error)
{
    const QString& entity = detail.summary.entity;
    QVariantMap values;
    QStringList problems;
    for (const ConflictResolution::Decision& decision : decisions) {
        if (decision.choice.keep == ConflictKeep::Server) {
            continue;
        }
        const auto column = ConflictColumns::find(entity, decision.field.path);
        if (!column) {
            continue;
        }
        const QString field = tr("%1 (%2)").arg(ConflictColumns::label(column->name), column->name);
        if (column->kind == ConflictColumns::Kind::Reference) {
            // The wire's UUID back to the local id of the row it names, which must be here.
            const QString uuid = decision.column.toString();
            if (uuid.isEmpty()) {
                values.insert(column->name.chopped(5) + QStringLiteral("_id"), QVariant());
                continue;
            }
            const auto target = RowJson::byUuid(db, column->target, uuid, error);
            if (!target) {
                return std::nullopt;
            }
            if (target->isEmpty()) {
                problems << tr("%1: the row you keep (%2) is not in this database; synchronise first or keep "
                               "the server's")
                                .arg(field, detail.titles.value(uuid, uuid));
                continue;
            }
            values.insert(column->name.chopped(5) + QStringLiteral("_id"),
                          target->value(QLatin1String("id")).toInteger());
            continue;
        }
        const QVariant value = resolverColumnValue(decision.column);
        if (column->unique) {
            QSqlQuery taken(db);
            taken.prepare(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND uuid <> ?").arg(entity, column->name));
            taken.addBindValue(value);
            taken.addBindValue(detail.summary.uuid);
            if (!runResolver(taken, error)) {
                return std::nullopt;
            }
            if (taken.next()) {
                problems << tr("%1: \"%2\" is already used by another row of the table (%3); choose another")
                                .arg(field, value.toString(), SyncedEntities::title(entity).toLower());
                continue;
            }
        }
        values.insert(column->name, value);
        // The search key follows the name it is made of.
        if ((entity == QLatin1String("units") && column->name == QLatin1String("name"))
            || (entity == QLatin1String("people") && column->name == QLatin1String("full_name"))) {
            values.insert(QStringLiteral("search_key"), VietnameseText::searchKey(value.toString()));
        }
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return values;
}

bool ConflictResolver::resolve(Database& db, qint64 conflictId, ConflictKeep whole,
                               const QList<ConflictChoice>& choices, Role role, const QString& actor,
                               QString* error)
{
    const auto detail = ConflictInbox::load(db, conflictId, error);
    if (!detail) {
        return false;
    }
    const ConflictResolution::Outcome outcome
        = ConflictResolution::decide(detail->fields, whole, choices, detail->context());
    if (!outcome.problems.isEmpty()) {
        *error = tr("The conflict %1 was not resolved:\n%2")
                     .arg(conflictId)
                     .arg(outcome.problems.join(QLatin1Char('\n')));
        return false;
    }
    const QString entity = detail->summary.entity;
    const QString uuid = detail->summary.uuid;
    bool keepsColumns = false;
    for (const ConflictResolution::Decision& decision : outcome.decisions) {
        keepsColumns = keepsColumns || (!detail->isSheet && decision.choice.keep != ConflictKeep::Server);
    }
    const QString refused = keepsColumns ? ConflictResolution::permissionRefusal(entity, role) : QString();
    if (!refused.isEmpty()) {
        *error = tr("The conflict %1 was not resolved:\n%2").arg(conflictId).arg(refused);
        return false;
    }
    const QString reason = tr("resolution of the sync conflict %1").arg(conflictId);
    const QJsonObject kept = resolverChoices(outcome.decisions);
    QString detailError;
    const bool ok = db.transaction(
        [&](QString* e) {
            QSqlDatabase& c = db.connection();
            QSqlQuery superseded(c);
            superseded.prepare(QStringLiteral(
                "INSERT INTO outbox_outcomes (outbox_id, status, error_code, error_message) SELECT id, "
                "'conflict', 'superseded', ? FROM outbox WHERE entity = ? AND uuid = ? AND id NOT IN "
                "(SELECT outbox_id FROM outbox_outcomes)"));
            superseded.addBindValue(tr("replaced by the resolution of the sync conflict %1").arg(conflictId));
            superseded.addBindValue(entity);
            superseded.addBindValue(uuid);
            QSqlQuery resolved(c);
            resolved.prepare(
                QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, "
                               "resolution = ? WHERE entity = ? AND uuid = ? AND resolved_at IS NULL"));
            resolved.addBindValue(Database::nowUtc());
            resolved.addBindValue(actor);
            resolved.addBindValue(resolverJson(kept));
            resolved.addBindValue(entity);
            resolved.addBindValue(uuid);
            if (!runResolver(superseded, e) || !runResolver(resolved, e)) {
                return false;
            }
            PulledPageApplier applier(db);
            const QJsonObject change{{QStringLiteral("entity"), entity},
                                     {QStringLiteral("uuid"), uuid},
                                     {QStringLiteral("version"), detail->summary.serverVersion},
                                     {QStringLiteral("deleted"), detail->server.isEmpty()},
                                     {QStringLiteral("data"),
                                      detail->server.isEmpty() ? QJsonValue() : QJsonValue(detail->server)}};
            if (!applier.applyServerRow(change, e)) {
                return false;
            }
            if (keepsColumns) {
                // The columns kept or typed: a normal local change on the server's version.
                const auto values = columnValues(c, *detail, outcome.decisions, e);
                if (!values
                    || !SyncedTable::upsert(c, entity, {{QStringLiteral("uuid"), uuid}}, *values, actor,
                                            reason, e)) {
                    return false;
                }
            }
            QList<SheetEditor::LeafWrite> writes;
            QList<SheetEditor::ExplanationWrite> explanations;
            for (const ConflictResolution::Decision& decision : outcome.decisions) {
                if (decision.choice.keep == ConflictKeep::Server) {
                    continue;
                }
                QString kind;
                QString stage;
                QString code;
                if (!ConflictComparison::splitPath(decision.field.path, &kind, &stage, &code)) {
                    continue;
                }
                if (kind == QLatin1String("explanations")) {
                    explanations.append({code, decision.text});
                    continue;
                }
                const QString localReason = detail->local.value(QLatin1String("reasons"))
                                                .toObject()
                                                .value(stage)
                                                .toObject()
                                                .value(code)
                                                .toString();
                writes.append({*Stages::fromName(stage), code, decision.leafValue,
                               localReason.isEmpty() ? reason : localReason});
            }
            if (!writes.isEmpty() || !explanations.isEmpty() || outcome.stateAction) {
                SheetEditor editor(db);
                if (!editor.load(detail->localId, e)
                    || ((!writes.isEmpty() || !explanations.isEmpty())
                        && !editor.writeAll(writes, explanations, role, actor, e))) {
                    return false;
                }
                if (outcome.stateAction
                    && !SheetTransitions::apply(db, detail->localId, *outcome.stateAction, role, actor,
                                                reason, e)) {
                    return false;
                }
            }
            AuditEntry entry{actor,
                             entity,
                             uuid,
                             QStringLiteral("resolve_conflict"),
                             resolverJson(detail->local),
                             resolverJson(kept),
                             reason};
            return AuditLog::append(c, entry, e);
        },
        &detailError);
    if (!ok) {
        *error = tr("The conflict %1 was not resolved: %2").arg(conflictId).arg(detailError);
        return false;
    }
    return true;
}

} // namespace danhgia
