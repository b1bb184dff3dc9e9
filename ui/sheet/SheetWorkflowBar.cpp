#include "SheetWorkflowBar.h"

#include "AppSession.h"
#include "DialogService.h"
#include "SheetEditor.h"
#include "SheetTransitions.h"
#include "SheetWorkflow.h"

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
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = action] { apply(action); });
        layout->addWidget(button);
        m_buttons.insert(action, button);
    }
    updateButtons();
}

void SheetWorkflowBar::setEditor(SheetEditor* editor)
{
    m_editor = editor;
    updateButtons();
}

void SheetWorkflowBar::updateButtons()
{
    for (auto it = m_buttons.constBegin(); it != m_buttons.constEnd(); ++it) {
        it.value()->setEnabled(m_editor && SheetWorkflow::find(m_editor->state(), it.key()));
    }
}

bool SheetWorkflowBar::apply(WorkflowAction action)
{
    if (!m_editor) {
        return false;
    }
    Q_EMIT aboutToApply();
    QString reason;
    if (SheetWorkflow::needsReason(m_editor->state(), action)) {
        // Asked only of someone who may take the action: a refusal needs no reason first.
        TransitionContext context;
        context.reason = QStringLiteral("-");
        if (SheetWorkflow::check(m_editor->state(), action, m_session.role(), context).allowed) {
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
