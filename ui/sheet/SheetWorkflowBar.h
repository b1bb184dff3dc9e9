#pragma once

#include "SheetState.h"
#include "WorkflowAction.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace danhgia {
class SheetEditor;
}

namespace danhgia::ui {

class AppSession;

// The workflow buttons of the score sheet form (Return, Submit, Appraise, Approve). A button is
// enabled where its action applies to the sheet's state; whether the session's role may take it
// is the core's answer (SheetTransitions::apply), shown as refused() with its message. Return
// asks for its reason first (DialogService), but only of someone who may return the sheet.
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
    AppSession& m_session;
    SheetEditor* m_editor = nullptr;
    QMap<WorkflowAction, QPushButton*> m_buttons;
};

} // namespace danhgia::ui
