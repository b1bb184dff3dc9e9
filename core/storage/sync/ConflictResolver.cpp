#include "sync/ConflictResolver.h"

#include "database/AuditLog.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "sync/ConflictInbox.h"
#include "sync/PulledPageApplier.h"
#include "workflow/Stage.h"

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

} // namespace

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
