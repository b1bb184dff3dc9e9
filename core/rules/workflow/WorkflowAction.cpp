#include "workflow/WorkflowAction.h"

namespace danhgia {

QList<WorkflowAction> WorkflowActions::all()
{
    return {WorkflowAction::Submit,  WorkflowAction::Return,  WorkflowAction::Appraise,
            WorkflowAction::Approve, WorkflowAction::Publish, WorkflowAction::Reopen};
}

QString WorkflowActions::name(WorkflowAction action)
{
    switch (action) {
        case WorkflowAction::Submit:
            return QStringLiteral("submit");
        case WorkflowAction::Return:
            return QStringLiteral("return");
        case WorkflowAction::Appraise:
            return QStringLiteral("appraise");
        case WorkflowAction::Approve:
            return QStringLiteral("approve");
        case WorkflowAction::Publish:
            return QStringLiteral("publish");
        case WorkflowAction::Reopen:
            return QStringLiteral("reopen");
    }
    return {};
}

std::optional<WorkflowAction> WorkflowActions::fromName(const QString& name)
{
    for (const WorkflowAction action : all()) {
        if (WorkflowActions::name(action) == name) {
            return action;
        }
    }
    return std::nullopt;
}

QString WorkflowActions::title(WorkflowAction action)
{
    switch (action) {
        case WorkflowAction::Submit:
            return tr("Submit");
        case WorkflowAction::Return:
            return tr("Return", "workflow action: send a sheet back to the assessed person or unit");
        case WorkflowAction::Appraise:
            return tr("Appraise");
        case WorkflowAction::Approve:
            return tr("Approve");
        case WorkflowAction::Publish:
            return tr("Publish");
        case WorkflowAction::Reopen:
            return tr("Reopen");
    }
    return {};
}

} // namespace danhgia
