#include "SheetRules.h"

#include "Authorizer.h"

#include "scoring/ScoreSheetReader.h"
#include "scoring/SheetScorer.h"
#include "workflow/SheetWorkflow.h"
#include "workflow/Stage.h"
#include "workflow/SubmissionReadiness.h"
#include "workflow/WorkflowAction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace danhgia::server {

namespace {

using danhgia::RecordKind;
using danhgia::SheetState;
using danhgia::SheetStates;
using danhgia::WorkflowAction;

const QString Values = QStringLiteral("values");
const QString State = QStringLiteral("state");
const QString Stage = QStringLiteral("stage");
const QString Code = QStringLiteral("code");

// The criteria a survey feeds: its `criteria` (a JSON array of codes, as the client's column holds it:
// text, or an array), else the single criterion_code of a survey written before schema 8.
QStringList surveyCriteria(const QJsonObject& survey)
{
    const QJsonValue value = survey.value(QStringLiteral("criteria"));
    const QJsonArray array
        = value.isArray() ? value.toArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
    QStringList codes;
    for (const QJsonValue& code : array) {
        if (!code.toString().isEmpty()) {
            codes.append(code.toString());
        }
    }
    if (codes.isEmpty()) {
        codes.append(survey.value(QStringLiteral("criterion_code")).toString());
    }
    return codes;
}

std::optional<RecordKind> kindOfStage(const QString& stage)
{
    if (stage == QLatin1String("self")) {
        return RecordKind::SelfAssessment;
    }
    if (stage == QLatin1String("appraised")) {
        return RecordKind::Appraisal;
    }
    if (stage == QLatin1String("final")) {
        return RecordKind::FinalScores;
    }
    return std::nullopt;
}

// The action that moves a sheet from `from` to `to` (the client's payload has the new state).
std::optional<WorkflowAction> actionBetween(SheetState from, SheetState to)
{
    for (const WorkflowAction action : danhgia::WorkflowActions::all()) {
        const auto transition = danhgia::SheetWorkflow::find(danhgia::ApprovalPolicy(), from, action);
        if (transition && transition->to == to) {
            return action;
        }
    }
    return std::nullopt;
}

// The role a sheet change is made in: the operation's, or else the one its payload names.
std::optional<danhgia::Role> roleOfChange(const PushOperation& op)
{
    const QString name = op.role.isEmpty() ? op.payload.value(QStringLiteral("role")).toString() : op.role;
    return name.isEmpty() ? std::nullopt : danhgia::Roles::fromName(name);
}

} // namespace

QJsonArray SheetRules::changedFields(const QJsonObject& payload, const QJsonObject& server)
{
    QJsonArray fields;
    const QString stage = payload.value(Stage).toString();
    const QJsonObject serverValues = server.value(Values).toObject().value(stage).toObject();
    if (payload.contains(State) && payload.value(State) != server.value(State)) {
        fields.append(State);
    }
    if (payload.contains(Values) && !stage.isEmpty()) {
        const QJsonObject values = payload.value(Values).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (serverValues.value(it.key()) != it.value()) {
                fields.append(QStringLiteral("values.%1.%2").arg(stage, it.key()));
            }
        }
    }
    if (payload.contains(Code) && payload.contains(QStringLiteral("value"))
        && serverValues.value(payload.value(Code).toString()) != payload.value(QStringLiteral("value"))) {
        fields.append(QStringLiteral("values.%1.%2").arg(stage, payload.value(Code).toString()));
    }
    if (payload.contains(QStringLiteral("explanation"))) {
        const QString code = payload.value(Code).toString();
        if (server.value(QStringLiteral("explanations")).toObject().value(code)
            != payload.value(QStringLiteral("explanation"))) {
            fields.append(QString(QStringLiteral("explanations.") + code));
        }
    }
    for (const QString& plain :
         {QStringLiteral("subject_name"), QStringLiteral("subject_group"), QStringLiteral("flags")}) {
        if (payload.contains(plain) && payload.value(plain) != server.value(plain)) {
            fields.append(plain);
        }
    }
    return fields;
}

RuleOutcome SheetRules::apply(PushContext& context, const PushOperation& op, const SyncRecord& current)
{
    if (op.operation == QLatin1String("insert")) {
        return insert(context, op, current);
    }
    if (op.operation == QLatin1String("update")) {
        return update(context, op, current);
    }
    // delete: campaign setup, and only a draft
    const auto policy = context.policy(current.data.value(QStringLiteral("campaign_uuid")).toString());
    Access access{AccessAction::Record, current.scopeUnit, policy.value_or(danhgia::ApprovalPolicy())};
    access.record = RecordKind::CampaignSetup;
    const AccessDecision decision = Authorizer::decide(context.user(), access, roleOfChange(op));
    if (!decision.allowed) {
        return RuleOutcome::refused(decision.error);
    }
    if (current.data.value(State).toString() != QLatin1String("draft")) {
        return RuleOutcome::refused({422, QStringLiteral("workflow_refused"),
                                     tr("Only a draft score sheet can be deleted."),
                                     QStringLiteral("operation")});
    }
    RuleOutcome outcome;
    outcome.next = current;
    outcome.next.deleted = true;
    return outcome;
}

RuleOutcome SheetRules::insert(PushContext& context, const PushOperation& op, const SyncRecord& current)
{
    const QJsonObject& p = op.payload;
    const QString campaign = p.value(QStringLiteral("campaign_uuid")).toString();
    const QString subject = p.value(QStringLiteral("subject_code")).toString().trimmed();
    if (subject.isEmpty()) {
        return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.subject_code")));
    }
    const auto policy = context.policy(campaign);
    if (!policy) {
        return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.campaign_uuid")));
    }
    const QString scope = context.subjectUnit(subject);
    if (scope.isEmpty()) {
        return RuleOutcome::refused(
            {404, QStringLiteral("unknown_subject"),
             tr("No unit or person with the code %1 is known to this account.").arg(subject),
             QStringLiteral("payload.subject_code")});
    }
    const AccessDecision decision = Authorizer::decide(
        context.user(), Access(AccessAction::CreateSheet, scope, *policy), roleOfChange(op));
    if (!decision.allowed) {
        return RuleOutcome::refused(decision.error);
    }
    QJsonObject doc{
        {QStringLiteral("campaign_uuid"), campaign},
        {QStringLiteral("subject_code"), subject},
        {QStringLiteral("subject_name"), p.value(QStringLiteral("subject_name")).toString()},
        {QStringLiteral("subject_group"), p.value(QStringLiteral("subject_group")).toString()},
        {QStringLiteral("period"), p.value(QStringLiteral("period")).toString()},
        {QStringLiteral("flags"), p.value(QStringLiteral("flags")).toString(QStringLiteral("[]"))},
        {State, QStringLiteral("draft")},
        {Values, QJsonObject()},
        {QStringLiteral("reasons"), QJsonObject()},
        {QStringLiteral("explanations"), QJsonObject()},
        {QStringLiteral("totals"), QJsonObject()}};
    const QJsonObject values = p.value(Values).toObject();
    if (!values.isEmpty()) {
        const QString stage = p.value(Stage).toString(QStringLiteral("self"));
        const auto kind = kindOfStage(stage);
        if (!kind) {
            return RuleOutcome::refused(ApiErrors::invalidField(QStringLiteral("payload.stage"),
                                                                tr("a stage is self, appraised or final")));
        }
        Access access{AccessAction::Record, scope, *policy};
        access.record = *kind;
        const AccessDecision recording = Authorizer::decide(context.user(), access, roleOfChange(op));
        if (!recording.allowed) {
            return RuleOutcome::refused(recording.error);
        }
        QJsonObject all;
        all.insert(stage, values);
        doc.insert(Values, all);
        if (const auto error = rescore(context, stage, &doc)) {
            return RuleOutcome::refused(*error);
        }
    }
    RuleOutcome outcome;
    outcome.next = current;
    outcome.next.deleted = false;
    outcome.next.scopeUnit = scope;
    outcome.next.parentUuid = campaign;
    outcome.next.data = doc;
    return outcome;
}

RuleOutcome SheetRules::update(PushContext& context, const PushOperation& op, const SyncRecord& current)
{
    const QJsonObject& p = op.payload;
    QJsonObject doc = current.data;
    const QString campaign = doc.value(QStringLiteral("campaign_uuid")).toString();
    const danhgia::ApprovalPolicy policy = context.policy(campaign).value_or(danhgia::ApprovalPolicy());
    for (const QString& fixed :
         {QStringLiteral("campaign_uuid"), QStringLiteral("subject_code"), QStringLiteral("period")}) {
        if (p.contains(fixed) && p.value(fixed).toString() != doc.value(fixed).toString()) {
            return RuleOutcome::refused(ApiErrors::validationFailed(
                tr("The campaign, the subject and the period of a score sheet cannot change."),
                QStringLiteral("payload.") + fixed));
        }
    }
    const auto from = SheetStates::fromName(doc.value(State).toString()).value_or(SheetState::Draft);
    RuleOutcome outcome;
    auto record = [&](RecordKind kind) -> std::optional<ApiError> {
        Access access{AccessAction::Record, current.scopeUnit, policy};
        access.record = kind;
        const AccessDecision decision = Authorizer::decide(context.user(), access, roleOfChange(op));
        return decision.allowed ? std::nullopt : std::optional<ApiError>(decision.error);
    };
    // Values: a whole stage ({stage, values}), or one leaf ({stage, code, value, change_reason}).
    const QString stage = p.value(Stage).toString();
    if (!stage.isEmpty() && (p.contains(Values) || p.contains(QStringLiteral("value")))) {
        const auto kind = kindOfStage(stage);
        if (!kind) {
            return RuleOutcome::refused(ApiErrors::invalidField(QStringLiteral("payload.stage"),
                                                                tr("a stage is self, appraised or final")));
        }
        if (const auto error = record(*kind)) {
            return RuleOutcome::refused(*error);
        }
        const QString refusal = danhgia::SheetWorkflow::refuseValueWrite(
            from, danhgia::Stages::fromName(stage).value_or(danhgia::Stage::Self));
        if (!refusal.isEmpty()) {
            return RuleOutcome::refused(
                {422, QStringLiteral("workflow_refused"), refusal, QStringLiteral("payload")});
        }
        QJsonObject all = doc.value(Values).toObject();
        QJsonObject values = p.contains(Values) ? p.value(Values).toObject() : all.value(stage).toObject();
        QJsonObject reasons = doc.value(QStringLiteral("reasons")).toObject();
        QJsonObject stageReasons = reasons.value(stage).toObject();
        if (p.contains(QStringLiteral("value"))) {
            const QString code = p.value(Code).toString();
            if (code.isEmpty()) {
                return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.code")));
            }
            if (p.value(QStringLiteral("value")).isObject()) {
                values.insert(code, p.value(QStringLiteral("value")));
            } else {
                values.remove(code);
            }
            const QString reason = p.value(QStringLiteral("change_reason")).toString();
            if (reason.isEmpty()) {
                stageReasons.remove(code);
            } else {
                stageReasons.insert(code, reason);
            }
        }
        all.insert(stage, values);
        doc.insert(Values, all);
        reasons.insert(stage, stageReasons);
        doc.insert(QStringLiteral("reasons"), reasons);
        if (const auto error = rescore(context, stage, &doc)) {
            return RuleOutcome::refused(*error);
        }
    }
    if (p.contains(QStringLiteral("explanation"))) {
        if (const auto error = record(RecordKind::SelfAssessment)) {
            return RuleOutcome::refused(*error);
        }
        const QString refusal = danhgia::SheetWorkflow::refuseValueWrite(from, danhgia::Stage::Self);
        if (!refusal.isEmpty()) {
            return RuleOutcome::refused(
                {422, QStringLiteral("workflow_refused"), refusal, QStringLiteral("payload")});
        }
        QJsonObject explanations = doc.value(QStringLiteral("explanations")).toObject();
        explanations.insert(p.value(Code).toString(), p.value(QStringLiteral("explanation")).toString());
        doc.insert(QStringLiteral("explanations"), explanations);
    }
    for (const QString& plain :
         {QStringLiteral("subject_name"), QStringLiteral("subject_group"), QStringLiteral("flags")}) {
        if (p.contains(plain) && p.value(plain).toString() != doc.value(plain).toString()) {
            // A sheet's flags follow a person's flag (PersonFlagStore): who may record the flag.
            const RecordKind kind
                = plain == QLatin1String("flags") ? RecordKind::PersonFlag : RecordKind::CampaignSetup;
            if (const auto error = record(kind)) {
                return RuleOutcome::refused(*error);
            }
            doc.insert(plain, p.value(plain).toString());
        }
    }
    if (p.contains(State)) {
        const auto to = SheetStates::fromName(p.value(State).toString());
        if (!to) {
            return RuleOutcome::refused(
                ApiErrors::invalidField(QStringLiteral("payload.state"), tr("not a state of a score sheet")));
        }
        std::optional<WorkflowAction> action
            = op.action.isEmpty() ? actionBetween(from, *to) : danhgia::WorkflowActions::fromName(op.action);
        if (!action) {
            return RuleOutcome::refused({422, QStringLiteral("workflow_refused"),
                                         tr("No workflow action moves a score sheet from %1 to %2.")
                                             .arg(SheetStates::title(from), SheetStates::title(*to)),
                                         QStringLiteral("payload.state")});
        }
        Access access{AccessAction::ChangeState, current.scopeUnit, policy};
        access.state = from;
        access.workflowAction = *action;
        access.context.reason = op.reason;
        if (*action == WorkflowAction::Submit) {
            const auto set = context.criteriaSet(campaign);
            if (!set) {
                return RuleOutcome::refused(
                    ApiErrors::validationFailed(tr("The criteria set of the campaign cannot be read."),
                                                QStringLiteral("payload.campaign_uuid")));
            }
            QHash<QString, danhgia::LeafSubmission> leaves;
            const QJsonObject self = doc.value(Values).toObject().value(QStringLiteral("self")).toObject();
            for (auto it = self.begin(); it != self.end(); ++it) {
                leaves[it.key()].hasValue = true;
            }
            const QJsonObject explanations = doc.value(QStringLiteral("explanations")).toObject();
            for (auto it = explanations.begin(); it != explanations.end(); ++it) {
                leaves[it.key()].explanation = it.value().toString();
            }
            const auto evidence = context.children(QStringLiteral("evidence_files"), current.uuid);
            const auto surveys = context.children(QStringLiteral("surveys"), campaign);
            if (!evidence || !surveys) {
                return RuleOutcome::refused(ApiErrors::internal());
            }
            for (const SyncRecord& file : *evidence) {
                leaves[file.data.value(Code).toString()].hasEvidenceFile = true;
            }
            for (const SyncRecord& survey : *surveys) {
                for (const QString& code : surveyCriteria(survey.data)) {
                    leaves[code].fromSurvey = true;
                }
            }
            access.context.readiness = danhgia::SubmissionReadiness::compute(*set, leaves);
        }
        const AccessDecision decision = Authorizer::decide(context.user(), access, roleOfChange(op));
        if (!decision.allowed) {
            return RuleOutcome::refused(decision.error);
        }
        if (decision.target != *to) {
            return RuleOutcome::refused(
                {422, QStringLiteral("workflow_refused"),
                 tr("The action %1 moves the sheet to %2, not to %3.")
                     .arg(danhgia::WorkflowActions::title(*action), SheetStates::title(decision.target),
                          SheetStates::title(*to)),
                 QStringLiteral("payload.state")});
        }
        doc.insert(State, SheetStates::name(decision.target));
        outcome.approves = decision.target == SheetState::Approved;
    }
    outcome.next = current;
    outcome.next.data = doc;
    return outcome;
}

std::optional<ApiError> SheetRules::rescore(PushContext& context, const QString& stage, QJsonObject* doc)
{
    const auto set = context.criteriaSet(doc->value(QStringLiteral("campaign_uuid")).toString());
    if (!set) {
        return ApiErrors::validationFailed(tr("The criteria set of the campaign cannot be read."),
                                           QStringLiteral("payload.campaign_uuid"));
    }
    QJsonObject sheetJson{{QStringLiteral("format"), QLatin1String(danhgia::ScoreSheet::FormatName)},
                          {QStringLiteral("criteria"), set->id},
                          {QStringLiteral("subject"),
                           QJsonObject{{QStringLiteral("id"), doc->value(QStringLiteral("subject_code"))}}},
                          {Stage, stage},
                          {Values, doc->value(Values).toObject().value(stage)}};
    const QString period = doc->value(QStringLiteral("period")).toString();
    if (!period.isEmpty()) {
        sheetJson.insert(QStringLiteral("period"), period);
    }
    danhgia::ValidationIssues issues;
    const danhgia::ScoreSheet sheet = danhgia::ScoreSheetReader::fromObject(sheetJson, &issues);
    const danhgia::SheetScorer scorer(*set);
    if (!danhgia::ValidationIssue::hasErrors(issues)) {
        issues.append(scorer.check(sheet));
    }
    for (const danhgia::ValidationIssue& issue : issues) {
        if (issue.isError()) {
            return ApiErrors::validationFailed(issue.toText(), QStringLiteral("payload.") + issue.path);
        }
    }
    const std::vector<danhgia::Decimal> bests
        = scorer.hasRelativeLeaves() ? scorer.relativeBests({sheet}) : std::vector<danhgia::Decimal>();
    const danhgia::SubjectResult result = scorer.score(sheet, bests);
    QJsonObject totals = doc->value(QStringLiteral("totals")).toObject();
    totals.insert(stage,
                  QJsonObject{{QStringLiteral("total"), result.total.toString()},
                              {QStringLiteral("max"), result.max.toString()},
                              {QStringLiteral("index"), result.index.toString()},
                              {QStringLiteral("complete"), result.complete}});
    doc->insert(QStringLiteral("totals"), totals);
    return std::nullopt;
}

} // namespace danhgia::server
