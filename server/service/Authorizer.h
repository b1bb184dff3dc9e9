#pragma once

#include "ApiError.h"
#include "UserAccount.h"

#include "workflow/ApprovalPolicy.h"
#include "workflow/RecordPermissions.h"
#include "workflow/SheetWorkflow.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia::server {

// What a request wants to do with a row.
enum class AccessAction
{
    Read, // pull a row; download an evidence file of a sheet
    CreateSheet, // a new score sheet of a subject
    Record, // write what `Access::record` names (values of a stage, evidence, survey data, ...)
    ChangeState, // a workflow action on a sheet (submit, return, appraise, approve, publish, reopen)
    WriteCatalogue, // units and people
    WriteReference, // criteria sets and campaigns (published sets, opened campaigns)
};

// The row and what the rules need to know about it.
struct Access
{
    explicit Access(AccessAction what, QString scope = QString(),
                    danhgia::ApprovalPolicy campaignPolicy = danhgia::ApprovalPolicy())
        : action(what)
        , scopeUnit(std::move(scope))
        , policy(std::move(campaignPolicy))
    { }

    AccessAction action = AccessAction::Read;
    QString scopeUnit; // the unit the row belongs to; empty for reference data every account reads
    ApprovalPolicy policy; // the campaign's, for sheets and what hangs on them
    RecordKind record = RecordKind::SelfAssessment; // for Record
    SheetState state = SheetState::Draft; // for ChangeState: where the sheet stands
    WorkflowAction workflowAction = WorkflowAction::Submit; // for ChangeState
    TransitionContext context; // for ChangeState: the reason, the readiness of a submission
};

// The answer: allowed in a role (and, for a workflow action, the state the sheet moves to), or an
// error to return as it is.
struct AccessDecision
{
    bool allowed = false;
    Role role = Role::SelfAssessor;
    SheetState target = SheetState::Draft;
    ApiError error;
};

// The one place where the server decides access: the account's roles × the unit scope of the row ×
// the action (docs/sync.md, "Who may do what"). Every service asks it; no route decides on its own.
//
//   scope         a row of a unit is seen and written only by accounts of that unit or of a unit
//                 above it (the province sees every unit); outside it the row does not exist for
//                 the account (not_found, so that nothing leaks). Reference data (scope empty) is
//                 read by every account.
//   read          any role, within the scope
//   create sheet  campaign setup (administrator) or the roles that self-assess under the policy
//   record        RecordPermissions under the campaign's policy
//   change state  SheetWorkflow::check under the campaign's policy (the core's own state machine)
//   catalogue     RecordPermissions::Catalogue (the administrator), within the scope
//   reference     the administrator of the province only: publishing sets and opening campaigns
//
// `acting` is the role the client says it acted in; without it, any role the account holds that
// allows the action is taken.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    static AccessDecision decide(const UserAccount& user, const Access& access,
                                 std::optional<Role> acting = std::nullopt);
};

} // namespace danhgia::server
