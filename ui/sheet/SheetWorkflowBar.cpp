#include "SheetWorkflowBar.h"

#include "AppSession.h"
#include "DialogService.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "workflow/SheetWorkflow.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace danhgia::ui {

SheetWorkflowBar::SheetWorkflowBar(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetWorkflowBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    const QList<std::pair<WorkflowAction, QString>> actions{
        {WorkflowAction::Return, tr("Send the sheet back to the assessed person or unit, with a reason")},
        {WorkflowAction::Submit, tr("Send the self-assessment for appraisal")},
        {WorkflowAction::Appraise, tr("Record the appraisal as done")},
        {WorkflowAction::Approve, tr("Approve the appraised result")}};
    for (const auto& [action, tip] : actions) {
        const QString title = WorkflowActions::title(action);
        auto* button
            = new QPushButton(action == WorkflowAction::Return ? tr("%1...").arg(title) : title, this);
        button->setObjectName(WorkflowActions::name(action) + QStringLiteral("Button"));
        button->setAccessibleName(title);
        button->setToolTip(tip);
        m_tips.insert(action, tip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action] { apply(action); });
        layout->addWidget(button);
        m_buttons.insert(action, button);
    }
    connect(&m_session, &AppSession::userChanged, this, &SheetWorkflowBar::updateButtons);
    updateButtons();
}

void SheetWorkflowBar::setEditor(SheetEditor* editor)
{
    m_editor = editor;
    updateButtons();
}

void SheetWorkflowBar::updateButtons()
{
    const Role role = m_session.role();
    for (auto it = m_buttons.constBegin(); it != m_buttons.constEnd(); ++it) {
        QPushButton* button = it.value();
        const WorkflowAction action = it.key();
        if (!m_editor) {
            button->setVisible(false);
            continue;
        }
        // Only what the role may do in this campaign is shown; what it may do but not now is
        // disabled, with the reason.
        const ApprovalPolicy& policy = m_editor->policy();
        button->setVisible(SheetWorkflow::rolesFor(policy, action).contains(role));
        TransitionContext context;
        context.reason = QStringLiteral("-"); // the reason is asked when the button is pressed
        if (action == WorkflowAction::Submit) {
            context.readiness = m_editor->readiness();
        }
        const TransitionCheck check = SheetWorkflow::check(policy, m_editor->state(), action, role, context);
        button->setEnabled(check.allowed);
        button->setToolTip(check.allowed ? m_tips.value(action) : check.message);
    }
}

QString SheetWorkflowBar::sheetLabel() const
{
    const SheetSubject& subject = m_editor->subject();
    const QString name = subject.name.isEmpty() ? subject.id : subject.name;
    const QString period = m_editor->period();
    return period.isEmpty() ? name : tr("%1, period %2").arg(name, period);
}

bool SheetWorkflowBar::confirm(WorkflowAction action)
{
    switch (action) {
        case WorkflowAction::Submit:
            return DialogService::ask(this, WorkflowActions::title(action),
                                      tr("Submit the self-assessment of %1 for appraisal?\n\nOnce submitted, "
                                         "the self-assessed values can no longer be changed unless the sheet "
                                         "is returned.")
                                          .arg(sheetLabel()));
        case WorkflowAction::Approve:
            return DialogService::ask(this, WorkflowActions::title(action),
                                      tr("Approve the appraised result of %1?\n\nOnce approved, its scores "
                                         "can no longer change unless the sheet is reopened with a reason.")
                                          .arg(sheetLabel()));
        default:
            return true;
    }
}

bool SheetWorkflowBar::apply(WorkflowAction action)
{
    if (!m_editor) {
        return false;
    }
    Q_EMIT aboutToApply();
    TransitionContext probe;
    probe.reason = QStringLiteral("-");
    if (action == WorkflowAction::Submit) {
        probe.readiness = m_editor->readiness();
    }
    // Only a question that can be answered yes is asked: a refusal is shown at once. Whether the
    // sheet is complete the store checks again against the database.
    const TransitionCheck probed
        = SheetWorkflow::check(m_editor->policy(), m_editor->state(), action, m_session.role(), probe);
    if ((probed.allowed || probed.refusal == TransitionCheck::Refusal::NotReady) && !confirm(action)) {
        return false;
    }
    QString reason;
    if (SheetWorkflow::needsReason(m_editor->state(), action)) {
        // Asked only of someone who may take the action: a refusal needs no reason first.
        TransitionContext context;
        context.reason = QStringLiteral("-");
        if (SheetWorkflow::check(m_editor->policy(), m_editor->state(), action, m_session.role(), context)
                .allowed) {
            const auto answer = DialogService::askText(
                this, WorkflowActions::title(action),
                action == WorkflowAction::Return
                    ? tr("Why is the sheet returned? The reason goes with it and stays in the audit trail.")
                    : tr("Why? The reason stays in the audit trail."));
            if (!answer) {
                return false;
            }
            reason = *answer;
        }
    }
    QString error;
    const auto next = SheetTransitions::apply(m_session.database(), m_editor->sheetId(), action,
                                              m_session.role(), m_session.actor(), reason, &error);
    if (!next || !m_editor->reloadState(&error)) {
        Q_EMIT refused(error);
        return false;
    }
    updateButtons();
    Q_EMIT applied(*next);
    return true;
}

} // namespace danhgia::ui
