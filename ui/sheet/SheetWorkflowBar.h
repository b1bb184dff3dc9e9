#pragma once

#include "workflow/SheetState.h"
#include "workflow/WorkflowAction.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace danhgia {
class SheetEditor;
}

namespace danhgia::ui {

class AppSession;

// The workflow buttons of the score sheet form (Return, Submit, Appraise, Approve). A button is
// shown only to a role that may take its action in the sheet's campaign (SheetWorkflow under the
// campaign's ApprovalPolicy), and enabled only where the core allows it now; a disabled button
// says why in its tooltip. Submit and Approve ask a confirmation that names the sheet; Return asks
// for its reason (DialogService). The store checks everything again (SheetTransitions::apply); a
// refusal comes back as refused() with its message.
class SheetWorkflowBar : public QWidget
{
    Q_OBJECT

public:
    explicit SheetWorkflowBar(AppSession& session, QWidget* parent = nullptr);

    // The sheet (not owned; nullptr disables every button).
    void setEditor(SheetEditor* editor);
    void updateButtons();
    // Applies the action; false when cancelled or refused.
    bool apply(WorkflowAction action);

    QPushButton* button(WorkflowAction action) const { return m_buttons.value(action); }

Q_SIGNALS:
    // Before the action is checked: pending edits are to be saved now.
    void aboutToApply();
    void applied(danhgia::SheetState state);
    void refused(const QString& message);

private:
    QString sheetLabel() const;
    bool confirm(WorkflowAction action);

    AppSession& m_session;
    QMap<WorkflowAction, QString> m_tips;
    SheetEditor* m_editor = nullptr;
    QMap<WorkflowAction, QPushButton*> m_buttons;
};

} // namespace danhgia::ui
