#include "RecordRules.h"

#include "Authorizer.h"
#include "SheetRules.h"

#include "criteria/CriteriaSetReader.h"
#include "workflow/SheetWorkflow.h"

#include <QRegularExpression>

namespace danhgia::server {

namespace {

using danhgia::RecordKind;

std::optional<danhgia::Role> actingRole(const PushOperation& op)
{
    return op.role.isEmpty() ? std::nullopt : danhgia::Roles::fromName(op.role);
}

QJsonObject merged(const SyncRecord& current, const PushOperation& op)
{
    QJsonObject data = op.operation == QLatin1String("insert") ? QJsonObject() : current.data;
    for (auto it = op.payload.begin(); it != op.payload.end(); ++it) {
        if (it.key() != QLatin1String("uuid")) {
            data.insert(it.key(), it.value());
        }
    }
    return data;
}

// A row that names another by UUID without naming it: refused with the field named (the lookup of
// an empty UUID would fail in the database, which is not the client's fault to hear as "internal").
std::optional<ApiError> missingReference(const PushOperation& op, const QJsonObject& data, const char* field)
{
    if (op.operation == QLatin1String("delete") || !data.value(QLatin1String(field)).toString().isEmpty()) {
        return std::nullopt;
    }
    return ApiErrors::missingField(QStringLiteral("payload.") + QLatin1String(field));
}

RuleOutcome decided(const AccessDecision& decision, const SyncRecord& current, const PushOperation& op,
                    const QJsonObject& data, const QString& scope, const QString& parent)
{
    if (!decision.allowed) {
        return RuleOutcome::refused(decision.error);
    }
    RuleOutcome outcome;
    outcome.next = current;
    outcome.next.deleted = op.operation == QLatin1String("delete");
    outcome.next.data = data;
    outcome.next.scopeUnit = scope;
    outcome.next.parentUuid = parent;
    return outcome;
}

} // namespace

RuleOutcome RecordRules::apply(PushContext& context, const PushOperation& op, const SyncRecord& current)
{
    const QString& entity = op.entity;
    QJsonObject data = merged(current, op);
    const UserAccount& user = context.user();
    auto text = [&](const char* field) { return data.value(QLatin1String(field)).toString(); };
    if (entity == QLatin1String("units")) {
        static const QStringList kinds{QStringLiteral("province"), QStringLiteral("department"),
                                       QStringLiteral("commune"), QStringLiteral("office"),
                                       QStringLiteral("other")};
        if (op.operation != QLatin1String("delete")) {
            if (text("code").trimmed().isEmpty()) {
                return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.code")));
            }
            if (!kinds.contains(text("kind"))) {
                return RuleOutcome::refused(ApiErrors::invalidField(
                    QStringLiteral("payload.kind"),
                    tr("the kind of a unit is one of: %1").arg(kinds.join(QLatin1String(", ")))));
            }
        }
        // A new unit is written by who keeps the catalogue of the unit above it.
        const QString parent = text("parent_uuid");
        const QString checked = current.exists ? current.uuid : parent;
        Access access{AccessAction::WriteCatalogue, checked.isEmpty() ? user.unitUuid : checked};
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, op.uuid, parent);
    }
    if (entity == QLatin1String("people") || entity == QLatin1String("document_settings")) {
        const QString unit = text("unit_uuid");
        if (op.operation != QLatin1String("delete") && unit.isEmpty()) {
            return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.unit_uuid")));
        }
        if (current.exists && !current.scopeUnit.isEmpty() && !user.sees(current.scopeUnit)) {
            return RuleOutcome::refused(ApiErrors::notFound());
        }
        Access access{AccessAction::WriteCatalogue, unit.isEmpty() ? current.scopeUnit : unit};
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, access.scopeUnit,
                       unit);
    }
    if (entity == QLatin1String("criteria_sets")) {
        return criteriaSet(context, op, current, data);
    }
    if (entity == QLatin1String("campaigns")) {
        return campaign(context, op, current, data);
    }
    if (entity == QLatin1String("surveys")) {
        if (const auto missing = missingReference(op, data, "campaign_uuid")) {
            return RuleOutcome::refused(*missing);
        }
        Access access{AccessAction::WriteReference, QString()};
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, QString(),
                       text("campaign_uuid"));
    }
    if (entity == QLatin1String("evidence_files") || entity == QLatin1String("comments")) {
        return onSheet(context, op, current, data);
    }
    if (entity == QLatin1String("survey_responses")) {
        if (const auto missing = missingReference(op, data, "survey_uuid")) {
            return RuleOutcome::refused(*missing);
        }
        const QString unit = text("unit_uuid").isEmpty() ? user.unitUuid : text("unit_uuid");
        Access access{AccessAction::Record, current.exists ? current.scopeUnit : unit};
        access.record = RecordKind::SurveyResponses;
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, access.scopeUnit,
                       text("survey_uuid"));
    }
    if (entity == QLatin1String("council_examinations")) {
        return examination(context, op, current, data); // names its council, not a campaign
    }
    // Every other entity names its campaign; an interview council may stand without one.
    if (entity != QLatin1String("council_sessions")) {
        if (const auto missing = missingReference(op, data, "campaign_uuid")) {
            return RuleOutcome::refused(*missing);
        }
    }
    const QString campaignUuid = text("campaign_uuid");
    const danhgia::ApprovalPolicy policy = campaignUuid.isEmpty()
        ? danhgia::ApprovalPolicy()
        : context.policy(campaignUuid).value_or(danhgia::ApprovalPolicy());
    if (entity == QLatin1String("grade_decisions")) {
        const QString scope = current.exists ? current.scopeUnit : context.subjectUnit(text("subject_code"));
        if (scope.isEmpty()) {
            return RuleOutcome::refused(
                {404, QStringLiteral("unknown_subject"),
                 tr("No unit or person with the code %1 is known to this account.").arg(text("subject_code")),
                 QStringLiteral("payload.subject_code")});
        }
        Access access{AccessAction::Record, scope, policy};
        access.record = RecordKind::GradeDecision;
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, scope,
                       campaignUuid);
    }
    if (entity == QLatin1String("person_flags") || entity == QLatin1String("quota_ceilings")) {
        // A person's flag is scoped to the person's unit, a raised ceiling to the unit it raises.
        const bool flag = entity == QLatin1String("person_flags");
        const char* codeField = flag ? "person_code" : "unit_code";
        const QString scope = current.exists ? current.scopeUnit : context.subjectUnit(text(codeField));
        if (scope.isEmpty()) {
            const QString code = text(codeField);
            return RuleOutcome::refused(
                {404, QStringLiteral("unknown_subject"),
                 tr("No unit or person with the code %1 is known to this account.").arg(code),
                 QStringLiteral("payload.") + QLatin1String(codeField)});
        }
        Access access{AccessAction::Record, scope, policy};
        access.record = flag ? RecordKind::PersonFlag : RecordKind::QuotaCeiling;
        return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, scope,
                       campaignUuid);
    }
    // council_sessions, appraisal_councils: kept by the council, in the unit of who set it up.
    Access access{AccessAction::Record, current.exists ? current.scopeUnit : user.unitUuid, policy};
    access.record = RecordKind::CouncilSetup;
    return decided(Authorizer::decide(user, access, actingRole(op)), current, op, data, access.scopeUnit,
                   campaignUuid);
}

RuleOutcome RecordRules::criteriaSet(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                     QJsonObject data)
{
    const AccessDecision decision
        = Authorizer::decide(context.user(), Access(AccessAction::WriteReference), actingRole(op));
    if (!decision.allowed) {
        return RuleOutcome::refused(decision.error);
    }
    const bool wasPublished = current.exists && !current.deleted
        && current.data.value(QStringLiteral("status")).toString() == QLatin1String("published");
    if (wasPublished) {
        for (const QString& fixed : {QStringLiteral("document"), QStringLiteral("status"),
                                     QStringLiteral("set_id"), QStringLiteral("version")}) {
            if (op.operation == QLatin1String("delete") || data.value(fixed) != current.data.value(fixed)) {
                return RuleOutcome::refused(
                    {409, QStringLiteral("published_immutable"),
                     tr("A published version of a criteria set cannot change; publish a "
                        "new version instead."),
                     QStringLiteral("payload.") + fixed});
            }
        }
    }
    if (op.operation != QLatin1String("delete")) {
        const QString status = data.value(QStringLiteral("status")).toString(QStringLiteral("draft"));
        if (status != QLatin1String("draft") && status != QLatin1String("published")) {
            return RuleOutcome::refused(ApiErrors::invalidField(QStringLiteral("payload.status"),
                                                                tr("the status is draft or published")));
        }
        danhgia::ValidationIssues issues;
        const danhgia::CriteriaSet set = danhgia::CriteriaSetReader::read(
            data.value(QStringLiteral("document")).toString().toUtf8(), &issues);
        for (const danhgia::ValidationIssue& issue : issues) {
            if (issue.isError()) {
                return RuleOutcome::refused(ApiErrors::validationFailed(
                    issue.toText(), QStringLiteral("payload.document.") + issue.path));
            }
        }
        if (set.id != data.value(QStringLiteral("set_id")).toString()) {
            return RuleOutcome::refused(
                ApiErrors::validationFailed(tr("The set_id is not the id of the criteria set's document."),
                                            QStringLiteral("payload.set_id")));
        }
    }
    return decided(decision, current, op, data, QString(), QString());
}

RuleOutcome RecordRules::campaign(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                  QJsonObject data)
{
    const AccessDecision decision
        = Authorizer::decide(context.user(), Access(AccessAction::WriteReference), actingRole(op));
    if (!decision.allowed) {
        return RuleOutcome::refused(decision.error);
    }
    if (op.operation != QLatin1String("delete")) {
        QString error;
        if (!danhgia::ApprovalPolicy::fromText(data.value(QStringLiteral("approvers")).toString(),
                                               data.value(QStringLiteral("kind")).toString(), &error)) {
            return RuleOutcome::refused(ApiErrors::invalidField(QStringLiteral("payload.approvers"), error));
        }
        if (data.value(QStringLiteral("criteria_set_uuid")).toString().isEmpty()) {
            return RuleOutcome::refused(ApiErrors::missingField(QStringLiteral("payload.criteria_set_uuid")));
        }
    }
    return decided(decision, current, op, data, QString(),
                   data.value(QStringLiteral("criteria_set_uuid")).toString());
}

RuleOutcome RecordRules::examination(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                     QJsonObject data)
{
    // An interview council's examination is part of the council's set-up: kept in the council's unit.
    if (const auto missing = missingReference(op, data, "council_uuid")) {
        return RuleOutcome::refused(*missing);
    }
    const QString councilUuid = data.value(QStringLiteral("council_uuid")).toString();
    const SyncRecord* council = context.record(QStringLiteral("council_sessions"), councilUuid);
    if (!council) {
        return RuleOutcome::refused(ApiErrors::internal());
    }
    if (!council->exists || council->deleted
        || (!council->scopeUnit.isEmpty() && !context.user().sees(council->scopeUnit))) {
        return RuleOutcome::refused(
            {404, QStringLiteral("unknown_reference"),
             tr("The council this examination belongs to is not known to this account."),
             QStringLiteral("payload.council_uuid")});
    }
    const QString campaignUuid = council->data.value(QStringLiteral("campaign_uuid")).toString();
    Access access{AccessAction::Record, current.exists ? current.scopeUnit : council->scopeUnit,
                  context.policy(campaignUuid).value_or(danhgia::ApprovalPolicy())};
    access.record = RecordKind::CouncilSetup;
    return decided(Authorizer::decide(context.user(), access, actingRole(op)), current, op, data,
                   access.scopeUnit, councilUuid);
}

RuleOutcome RecordRules::onSheet(PushContext& context, const PushOperation& op, const SyncRecord& current,
                                 QJsonObject data)
{
    if (const auto missing = missingReference(op, data, "sheet_uuid")) {
        return RuleOutcome::refused(*missing);
    }
    const QString sheetUuid = data.value(QStringLiteral("sheet_uuid")).toString();
    const SyncRecord* sheet = context.record(QStringLiteral("score_sheets"), sheetUuid);
    if (!sheet) {
        return RuleOutcome::refused(ApiErrors::internal());
    }
    if (!sheet->exists || sheet->deleted || !context.user().sees(sheet->scopeUnit)) {
        return RuleOutcome::refused({404, QStringLiteral("unknown_reference"),
                                     tr("The score sheet this row refers to is not known to this account."),
                                     QStringLiteral("payload.sheet_uuid")});
    }
    const QString campaignUuid = sheet->data.value(QStringLiteral("campaign_uuid")).toString();
    Access access{AccessAction::Read, sheet->scopeUnit,
                  context.policy(campaignUuid).value_or(danhgia::ApprovalPolicy())};
    if (op.entity == QLatin1String("evidence_files")) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (op.operation != QLatin1String("delete")
            && !hex.match(data.value(QStringLiteral("sha256")).toString()).hasMatch()) {
            return RuleOutcome::refused(ApiErrors::invalidField(QStringLiteral("payload.sha256"),
                                                                tr("64 lower-case hexadecimal digits")));
        }
        access.action = AccessAction::Record;
        access.record = RecordKind::SelfAssessment;
        const auto state
            = danhgia::SheetStates::fromName(sheet->data.value(QStringLiteral("state")).toString());
        const QString refusal = danhgia::SheetWorkflow::refuseValueWrite(
            state.value_or(danhgia::SheetState::Draft), danhgia::Stage::Self);
        if (!refusal.isEmpty()) {
            return RuleOutcome::refused(
                {422, QStringLiteral("workflow_refused"), refusal, QStringLiteral("payload")});
        }
    }
    return decided(Authorizer::decide(context.user(), access, actingRole(op)), current, op, data,
                   sheet->scopeUnit, sheetUuid);
}

} // namespace danhgia::server
