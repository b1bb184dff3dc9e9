#include "workflow/SheetWorkflow.h"

namespace danhgia {

namespace {

QString roleList(const QList<Role>& roles)
{
    QStringList titles;
    for (const Role role : roles) {
        titles.append(Roles::title(role));
    }
    return titles.join(QLatin1String(", "));
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QList<Role> SheetWorkflow::without(const QList<Role>& roles, const ApprovalPolicy& policy)
{
    QList<Role> kept;
    for (const Role role : roles) {
        if (!policy.approves(role)) {
            kept.append(role);
        }
    }
    return kept;
}

QList<Role> SheetWorkflow::with(const QList<Role>& roles, const QList<Role>& more)
{
    QList<Role> all;
    for (const Role role : Roles::all()) {
        if (roles.contains(role) || more.contains(role)) {
            all.append(role);
        }
    }
    return all;
}

QList<SheetWorkflow::Transition> SheetWorkflow::transitions(const ApprovalPolicy& policy)
{
    using S = SheetState;
    using A = WorkflowAction;
    using R = Role;
    const QList<Role>& approvers = policy.approvers();
    const QList<Role> appraisers{R::Appraiser, R::CouncilSecretary};
    const QList<Role> returners = with(appraisers, approvers);
    const QList<Role> approversOrAdmin = with(approvers, {R::Administrator});
    return {
        {S::Draft, A::Submit, S::Submitted, without({R::SelfAssessor, R::UnitHead}, policy), false},
        {S::Submitted, A::Return, S::Draft, returners, true},
        {S::Submitted, A::Appraise, S::Appraised, without(appraisers, policy), false},
        {S::Appraised, A::Return, S::Draft, returners, true},
        {S::Appraised, A::Approve, S::Approved, approvers, false},
        {S::Approved, A::Publish, S::Published, approversOrAdmin, false},
        {S::Approved, A::Reopen, S::Appraised, approversOrAdmin, true},
        {S::Published, A::Reopen, S::Appraised, approversOrAdmin, true},
    };
}

std::optional<SheetWorkflow::Transition> SheetWorkflow::find(const ApprovalPolicy& policy, SheetState from,
                                                             WorkflowAction action)
{
    for (const Transition& transition : transitions(policy)) {
        if (transition.from == from && transition.action == action) {
            return transition;
        }
    }
    return std::nullopt;
}

bool SheetWorkflow::applies(SheetState from, WorkflowAction action)
{
    return find(ApprovalPolicy(), from, action).has_value();
}

QString SheetWorkflow::refuseValueWrite(SheetState state, Stage stage)
{
    if (state == SheetState::Approved || state == SheetState::Published) {
        return tr("the sheet is %1; its scores can no longer change unless it is reopened")
            .arg(SheetStates::title(state));
    }
    if (stage == Stage::Self && state != SheetState::Draft) {
        return tr("the self-assessment can only change while the sheet is a draft (it is %1)")
            .arg(SheetStates::title(state));
    }
    return {};
}

QList<Role> SheetWorkflow::rolesFor(const ApprovalPolicy& policy, WorkflowAction action)
{
    QList<Role> roles;
    for (const Role role : Roles::all()) {
        for (const Transition& transition : transitions(policy)) {
            if (transition.action == action && transition.roles.contains(role)) {
                roles.append(role);
                break;
            }
        }
    }
    return roles;
}

QList<WorkflowAction> SheetWorkflow::availableActions(const ApprovalPolicy& policy, SheetState from,
                                                      Role role)
{
    QList<WorkflowAction> actions;
    for (const WorkflowAction action : WorkflowActions::all()) {
        const auto transition = find(policy, from, action);
        if (transition && transition->roles.contains(role)) {
            actions.append(action);
        }
    }
    return actions;
}

bool SheetWorkflow::needsReason(SheetState from, WorkflowAction action)
{
    const auto transition = find(ApprovalPolicy(), from, action);
    return transition && transition->needsReason;
}

TransitionCheck SheetWorkflow::check(const ApprovalPolicy& policy, SheetState from, WorkflowAction action,
                                     Role role, const TransitionContext& context)
{
    TransitionCheck result;
    result.from = from;
    result.action = action;
    result.role = role;
    result.target = from;
    const auto refuse = [&result](TransitionCheck::Refusal refusal, const QString& message) {
        result.refusal = refusal;
        result.message = message;
        return result;
    };

    const QList<Role> anyState = rolesFor(policy, action);
    if (!anyState.contains(role)) {
        return refuse(TransitionCheck::Refusal::RoleNotPermitted, roleRefusal(action, role, from, anyState));
    }
    const auto transition = find(policy, from, action);
    if (!transition) {
        return refuse(TransitionCheck::Refusal::InvalidState, stateRefusal(action, role, from));
    }
    if (!transition->roles.contains(role)) {
        return refuse(TransitionCheck::Refusal::RoleNotPermitted,
                      roleRefusal(action, role, from, transition->roles));
    }
    if (transition->needsReason && context.reason.trimmed().isEmpty()) {
        return refuse(TransitionCheck::Refusal::ReasonRequired, reasonRefusal(action, role, from));
    }
    if (action == WorkflowAction::Submit && !context.readiness.isReady()) {
        return refuse(TransitionCheck::Refusal::NotReady, context.readiness.summary());
    }
    result.allowed = true;
    result.target = transition->to;
    return result;
}

QString SheetWorkflow::roleRefusal(WorkflowAction action, Role role, SheetState from,
                                   const QList<Role>& allowed)
{
    const QString who = Roles::title(role);
    const QString state = SheetStates::title(from);
    const QString by = roleList(allowed);
    switch (action) {
        case WorkflowAction::Submit:
            return tr("%1 may not submit a sheet (state \"%2\"); submission is made by: %3.")
                .arg(who, state, by);
        case WorkflowAction::Return:
            return tr("%1 may not return a sheet (state \"%2\"); returning is done by: %3.")
                .arg(who, state, by);
        case WorkflowAction::Appraise:
            return tr("%1 may not appraise a sheet (state \"%2\"); appraisal is made by: %3.")
                .arg(who, state, by);
        case WorkflowAction::Approve:
            return tr("%1 may not approve a sheet (state \"%2\"); approval is made by: %3.")
                .arg(who, state, by);
        case WorkflowAction::Publish:
            return tr("%1 may not publish a sheet (state \"%2\"); publication is made by: %3.")
                .arg(who, state, by);
        case WorkflowAction::Reopen:
            return tr("%1 may not reopen a sheet (state \"%2\"); reopening is done by: %3.")
                .arg(who, state, by);
    }
    return {};
}

QString SheetWorkflow::stateRefusal(WorkflowAction action, Role role, SheetState from)
{
    QStringList states;
    for (const Transition& transition : transitions(ApprovalPolicy())) {
        if (transition.action == action) {
            states.append(quoted(SheetStates::title(transition.from)));
        }
    }
    return tr("The action \"%1\" (asked by: %2) does not apply to a sheet in state \"%3\"; it applies only "
              "to a sheet in state %4.")
        .arg(WorkflowActions::title(action), Roles::title(role), SheetStates::title(from),
             states.join(QLatin1String(", ")));
}

QString SheetWorkflow::reasonRefusal(WorkflowAction action, Role role, SheetState from)
{
    return tr("The action \"%1\" by %2 on a sheet in state \"%3\" needs a reason: write why.")
        .arg(WorkflowActions::title(action), Roles::title(role), SheetStates::title(from));
}

} // namespace danhgia
