#pragma once

#include "workflow/ApprovalPolicy.h"
#include "workflow/Role.h"
#include "workflow/SheetState.h"
#include "workflow/Stage.h"
#include "workflow/SubmissionReadiness.h"
#include "workflow/WorkflowAction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// What an action needs besides the state and the role.
struct TransitionContext
{
    QString reason; // why a sheet is returned or reopened (kept in the audit trail)
    SubmissionReadiness readiness; // used by Submit only; compute it with SubmissionReadiness::compute()
};

// The answer of SheetWorkflow::check(): allowed with the state the sheet moves to, or refused
// with a translated message that names the action, the role and the state.
struct TransitionCheck
{
    enum class Refusal
    {
        None, // allowed
        RoleNotPermitted, // the role may not take this action (on a sheet in this state)
        InvalidState, // the action does not apply to a sheet in this state
        ReasonRequired, // the action needs a reason and none was given (or only white space)
        NotReady, // Submit: the sheet is incomplete (see SubmissionReadiness)
    };

    bool allowed = false;
    SheetState from = SheetState::Draft;
    WorkflowAction action = WorkflowAction::Submit;
    Role role = Role::SelfAssessor;
    SheetState target = SheetState::Draft; // the new state when allowed; `from` when refused
    Refusal refusal = Refusal::None;
    QString message; // empty when allowed
};

// The state machine of a score sheet. Every transition, the roles that may take it and whether it
// needs a reason are in one table (transitions(), in SheetWorkflow.cpp). The table depends on the
// campaign's ApprovalPolicy: A stands for its approvers (unit_head for a staff campaign, the council
// chair and the administrator for a PAR index, the council chair for an interview council).
//
//   from       action    to         roles                                            reason
//   draft      submit    submitted  (self_assessor, unit_head) minus A               no, but the
//                                                                                   sheet must be
//                                                                                   complete
//   submitted  return    draft      appraiser, council_secretary, and A              yes
//   submitted  appraise  appraised  (appraiser, council_secretary) minus A           no
//   appraised  return    draft      appraiser, council_secretary, and A              yes
//   appraised  approve   approved   A                                                no
//   approved   publish   published  A and administrator                              no
//   approved   reopen    appraised  A and administrator                              yes
//   published  reopen    appraised  A and administrator                              yes
//
// Choices made:
// - Approval is the decision of the competent level, which depends on the kind of campaign
//   (ApprovalPolicy). The one who approves never submits nor appraises the same sheets: in a
//   staff campaign the unit head decides, so he does not submit; his own sheet he fills in as a
//   self-assessor, and the level above decides it.
// - Reopen undoes the approval, not the appraisal: the sheet goes back to "appraised" with its
//   appraised score intact, to be approved again (after a correction) or returned to draft with
//   the ordinary Return. Reopening a published sheet also withdraws the publication; it must be
//   approved and published again. Reopen needs an approver or the administrator and a reason.
// - Return (to draft, from submitted or from appraised) and Reopen need a reason with some text
//   besides white space; the other actions need none.
// - The administrator runs the system: unless a policy names him an approver, he only publishes
//   and reopens.
//
// Checks are made in this order, and the first failure is the answer: the role may take the
// action at all; the action applies to the state; the role may take it from that state; the reason;
// for Submit, the sheet's readiness.
class SheetWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(SheetWorkflow)

public:
    struct Transition
    {
        SheetState from;
        WorkflowAction action;
        SheetState to;
        QList<Role> roles;
        bool needsReason;
    };

    // The whole table of a campaign with this policy, in the order above.
    static QList<Transition> transitions(const ApprovalPolicy& policy);
    // The transition for `action` from `from`, or nothing when the action does not apply there.
    static std::optional<Transition> find(const ApprovalPolicy& policy, SheetState from,
                                          WorkflowAction action);

    static TransitionCheck check(const ApprovalPolicy& policy, SheetState from, WorkflowAction action,
                                 Role role, const TransitionContext& context);

    // The actions `role` may take on a sheet in state `from` (reason and readiness aside), in the
    // order of WorkflowActions::all(): for the buttons of the interface.
    static QList<WorkflowAction> availableActions(const ApprovalPolicy& policy, SheetState from, Role role);
    // Every role that may take `action` from some state, in the order of Roles::all().
    static QList<Role> rolesFor(const ApprovalPolicy& policy, WorkflowAction action);
    // Whether `action` from `from` needs a reason (false when it does not apply there; the same
    // under every policy).
    static bool needsReason(SheetState from, WorkflowAction action);
    // Whether `action` applies to a sheet in state `from` at all (under every policy).
    static bool applies(SheetState from, WorkflowAction action);
    // Whether values of `stage` may be written to a sheet in `state`: the self-assessment only
    // while in draft; nothing once approved or published (reopen first). Empty when allowed.
    static QString refuseValueWrite(SheetState state, Stage stage);

private:
    static QString roleRefusal(WorkflowAction action, Role role, SheetState from, const QList<Role>& allowed);
    static QString stateRefusal(WorkflowAction action, Role role, SheetState from);
    static QList<Role> without(const QList<Role>& roles, const ApprovalPolicy& policy);
    static QList<Role> with(const QList<Role>& roles, const QList<Role>& more);
    static QString reasonRefusal(WorkflowAction action, Role role, SheetState from);
};

} // namespace danhgia
