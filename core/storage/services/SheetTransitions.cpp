#include "services/SheetTransitions.h"

#include "stores/SurveyStore.h"

#include "database/ChangeLog.h"
#include "database/Database.h"
#include "stores/SheetContextStore.h"
#include "workflow/SheetWorkflow.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// What submission needs to know of each leaf, from the stored self-assessment and evidence.
std::optional<QHash<QString, LeafSubmission>> storedSubmission(QSqlDatabase& db, qint64 sheetId,
                                                               qint64 campaignId, QString* error)
{
    QHash<QString, LeafSubmission> leaves;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT code, explanation FROM sheet_values WHERE sheet_id = ? AND stage = 'self'"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        LeafSubmission& leaf = leaves[query.value(0).toString()];
        leaf.hasValue = true;
        leaf.explanation = query.value(1).toString();
    }
    query.prepare(QStringLiteral("SELECT DISTINCT code FROM evidence_files WHERE sheet_id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        leaves[query.value(0).toString()].hasEvidenceFile = true;
    }
    // Every criterion a survey of the campaign feeds takes its points from the survey.
    const auto fed = SurveyStore::fedCriteria(db, campaignId, error);
    if (!fed) {
        return std::nullopt;
    }
    for (const FedCriterion& criterion : *fed) {
        leaves[criterion.code].fromSurvey = true;
    }
    return leaves;
}

} // namespace

std::optional<SheetState> SheetTransitions::state(QSqlDatabase& db, qint64 sheetId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT state FROM score_sheets WHERE id = ?"));
    query.addBindValue(sheetId);
    if (!query.exec() || !query.next()) {
        *error = tr("the score sheet %1 is not in the database").arg(sheetId);
        return std::nullopt;
    }
    const auto state = SheetStates::fromName(query.value(0).toString());
    if (!state) {
        *error = tr("the score sheet %1 has an unknown state \"%2\"")
                     .arg(sheetId)
                     .arg(query.value(0).toString());
    }
    return state;
}

std::optional<SheetState> SheetTransitions::apply(Database& db, qint64 sheetId, WorkflowAction action,
                                                  Role role, const QString& actor, const QString& reason,
                                                  QString* error)
{
    std::optional<SheetState> result;
    const bool ok = db.transaction(
        [&](QString* e) {
            QSqlDatabase& c = db.connection();
            const auto sheet = SheetContextStore::load(c, sheetId, e);
            if (!sheet) {
                return false;
            }
            const SheetState from = sheet->state;
            TransitionContext context;
            context.reason = reason;
            if (action == WorkflowAction::Submit) {
                const auto leaves = storedSubmission(c, sheetId, sheet->campaign.id, e);
                if (!leaves) {
                    return false;
                }
                context.readiness = SubmissionReadiness::compute(sheet->criteriaSet, *leaves);
            }
            const TransitionCheck check
                = SheetWorkflow::check(sheet->campaign.policy(), from, action, role, context);
            if (!check.allowed) {
                *e = check.message;
                return false;
            }
            QSqlQuery update(c);
            update.prepare(QStringLiteral("UPDATE score_sheets SET state = ?, revision = revision + 1, "
                                          "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"));
            update.addBindValue(SheetStates::name(check.target));
            update.addBindValue(sheetId);
            QSqlQuery read(c);
            read.prepare(QStringLiteral("SELECT uuid, revision FROM score_sheets WHERE id = ?"));
            read.addBindValue(sheetId);
            if (!update.exec() || !read.exec() || !read.next()) {
                *e = tr("the new state could not be written: %1").arg(update.lastError().text());
                return false;
            }
            // The action and its reason travel with the change: the server checks a return or a
            // reopen against them as this database did (SyncOutbox puts them on the operation).
            QJsonObject after{{QStringLiteral("state"), SheetStates::name(check.target)},
                              {QStringLiteral("role"), Roles::name(role)},
                              {QStringLiteral("action"), WorkflowActions::name(action)}};
            if (!reason.isEmpty()) {
                after.insert(QStringLiteral("reason"), reason);
            }
            const RowChange change{QStringLiteral("score_sheets"),
                                   read.value(0).toString(),
                                   QStringLiteral("update"),
                                   read.value(1).toLongLong(),
                                   {{QStringLiteral("state"), SheetStates::name(from)}},
                                   after,
                                   actor,
                                   WorkflowActions::name(action),
                                   reason};
            if (!ChangeLog::record(c, change, e)) {
                return false;
            }
            result = check.target;
            return true;
        },
        error);
    return ok ? result : std::nullopt;
}

} // namespace danhgia
