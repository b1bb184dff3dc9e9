#include "Authorizer.h"

namespace danhgia::server {

namespace {

AccessDecision refuse(const ApiError& error)
{
    AccessDecision decision;
    decision.error = error;
    return decision;
}

AccessDecision allow(Role role, SheetState target = SheetState::Draft)
{
    AccessDecision decision;
    decision.allowed = true;
    decision.role = role;
    decision.target = target;
    return decision;
}

} // namespace

AccessDecision Authorizer::decide(const UserAccount& user, const Access& access, std::optional<Role> acting)
{
    if (!access.scopeUnit.isEmpty() && !user.sees(access.scopeUnit)) {
        return refuse(ApiErrors::notFound());
    }
    QList<Role> candidates = user.roles;
    if (acting) {
        if (!user.holds(*acting)) {
            return refuse(
                ApiErrors::forbidden(tr("The account does not hold the role %1.").arg(Roles::title(*acting)),
                                     QStringLiteral("role")));
        }
        candidates = {*acting};
    }
    if (candidates.isEmpty()) {
        return refuse(ApiErrors::forbidden(tr("The account holds no role.")));
    }
    switch (access.action) {
        case AccessAction::Read:
            return allow(candidates.first());
        case AccessAction::CreateSheet:
            for (Role role : candidates) {
                if (RecordPermissions::allows(RecordKind::CampaignSetup, role, access.policy)
                    || RecordPermissions::allows(RecordKind::SelfAssessment, role, access.policy)) {
                    return allow(role);
                }
            }
            return refuse(ApiErrors::forbidden(
                RecordPermissions::refusal(RecordKind::SelfAssessment, candidates.first(), access.policy)));
        case AccessAction::Record:
        case AccessAction::WriteCatalogue: {
            const RecordKind kind
                = access.action == AccessAction::WriteCatalogue ? RecordKind::Catalogue : access.record;
            for (Role role : candidates) {
                if (RecordPermissions::allows(kind, role, access.policy)) {
                    return allow(role);
                }
            }
            return refuse(
                ApiErrors::forbidden(RecordPermissions::refusal(kind, candidates.first(), access.policy)));
        }
        case AccessAction::WriteReference: {
            if (!user.provincial) {
                return refuse(ApiErrors::forbidden(
                    tr("Only accounts of the province publish criteria sets and open campaigns.")));
            }
            for (Role role : candidates) {
                if (RecordPermissions::allows(RecordKind::CampaignSetup, role, access.policy)) {
                    return allow(role);
                }
            }
            return refuse(ApiErrors::forbidden(
                RecordPermissions::refusal(RecordKind::CampaignSetup, candidates.first(), access.policy)));
        }
        case AccessAction::ChangeState: {
            std::optional<TransitionCheck> first;
            for (Role role : candidates) {
                const TransitionCheck check = SheetWorkflow::check(
                    access.policy, access.state, access.workflowAction, role, access.context);
                if (check.allowed) {
                    return allow(role, check.target);
                }
                // The most telling refusal: one about the sheet (state, reason, readiness) rather than
                // about a role the account also holds.
                if (!first || first->refusal == TransitionCheck::Refusal::RoleNotPermitted) {
                    first = check;
                }
            }
            if (first->refusal == TransitionCheck::Refusal::RoleNotPermitted) {
                return refuse(ApiErrors::forbidden(first->message, QStringLiteral("payload.state")));
            }
            const QString field = first->refusal == TransitionCheck::Refusal::ReasonRequired
                ? QStringLiteral("reason")
                : QStringLiteral("payload.state");
            return refuse({422, QStringLiteral("workflow_refused"), first->message, field});
        }
    }
    return refuse(ApiErrors::internal());
}

} // namespace danhgia::server
