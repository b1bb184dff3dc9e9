#pragma once

#include "services/SheetEditor.h"
#include "workflow/SheetState.h"
#include "workflow/WorkflowAction.h"

#include <QWidget>

#include <functional>
#include <memory>

class QListWidget;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace danhgia::ui {

class AppSession;
class EvidencePanel;
class LeafValueDelegate;
class MessageBar;
class ScoreSheetModel;
class SheetEditController;
class SheetRefusalBanner;
class SheetSummaryBar;
class SheetTreeView;
class SheetValuesImporter;
class SheetWorkflowBar;
class SubmissionBlockerList;
class TaskListEditor;

// The score sheet form (issue 4, section 2): one stored sheet with its criteria tree, the
// self-assessed and appraised values side by side with their points and the difference, live
// totals, index and grade; the evidence of the selected criterion; what still blocks submission;
// and the workflow buttons. Every edit is written at once through the core (SheetEditor) as an
// undoable command; what the core refuses is shown in the message bar, decisions (a reason for
// a change, for a return, for removing evidence) are asked through DialogService.
class ScoreSheetForm : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreSheetForm(AppSession& session, QWidget* parent = nullptr);
    ~ScoreSheetForm() override;

    // Opens a sheet of the session's database; false (with the reason in the message bar) when
    // it cannot be read.
    bool openSheet(qint64 sheetId);
    void closeSheet();
    qint64 sheetId() const;
    // The state of the open sheet (Draft when none is open).
    SheetState state() const;

    // What the workflow buttons do: applies the action with the session's role and user; Return
    // asks for the reason first. False, with the core's message shown, when refused.
    bool applyAction(WorkflowAction action);
    // What the tool buttons do, on the current cell: mark not applicable, remove a
    // self-assessed value, edit the task list of a `tasks` criterion.
    void markNotApplicable();
    void clearValue();
    void editTasks();

    ScoreSheetModel* model() const { return m_model; }
    SheetTreeView* treeView() const { return m_tree; }
    LeafValueDelegate* delegate() const { return m_delegate; }
    EvidencePanel* evidencePanel() const { return m_evidence; }
    MessageBar* messageBar() const { return m_messages; }
    // The server's reason when the sheet's last change it answered was refused (hidden otherwise).
    SheetRefusalBanner* refusalBar() const { return m_refusal; }
    SheetSummaryBar* summaryBar() const { return m_summary; }
    QListWidget* blockerList() const;
    QUndoStack* undoStack() const { return m_undo; }
    QPushButton* actionButton(WorkflowAction action) const;
    // The task list being edited (open while its dialog is), nullptr when none.
    TaskListEditor* taskListEditor() const;
    const SheetEditor* sheetEditor() const { return m_editor.get(); }
    // "Import from Excel...": the self-assessed values of a spreadsheet, previewed first.
    SheetValuesImporter* valuesImporter() const { return m_importer; }
    QToolButton* importButton() const { return m_import; }

Q_SIGNALS:
    // The sheet moved to another state (submitted, appraised, returned, approved).
    void stateChanged(qint64 sheetId, danhgia::SheetState state);

private:
    QWidget* createToolRow();
    QWidget* createSidePanel();
    void actionApplied(SheetState state);
    // The stage the current cell edits: its column's, else the one the user may edit.
    std::optional<Stage> currentStage() const;
    void showCurrentLeaf();
    void updateEditability();
    void updateBlockers();
    void updateSummary();
    void updateTools();
    // Shows an error in the message bar until what it names is dealt with: `recheck` says what
    // is still wrong after each saved change (empty: nothing); without it, the next saved change
    // ends the error.
    void showError(const QString& message, std::function<QString()> recheck = {});
    void clearError();
    void recheckError();
    void showActionRefusal(const QString& message);
    // Why the core would refuse `action` on the open sheet now, empty when it would not.
    QString actionRefusal(WorkflowAction action) const;

    AppSession& m_session;
    std::unique_ptr<SheetEditor> m_editor;
    ScoreSheetModel* m_model = nullptr;
    MessageBar* m_messages = nullptr;
    SheetRefusalBanner* m_refusal = nullptr;
    SheetSummaryBar* m_summary = nullptr;
    SheetTreeView* m_tree = nullptr;
    LeafValueDelegate* m_delegate = nullptr;
    EvidencePanel* m_evidence = nullptr;
    SubmissionBlockerList* m_blockers = nullptr;
    QUndoStack* m_undo = nullptr;
    QToolButton* m_notApplicable = nullptr;
    QToolButton* m_clear = nullptr;
    QToolButton* m_tasks = nullptr;
    QToolButton* m_import = nullptr;
    SheetValuesImporter* m_importer = nullptr;
    SheetWorkflowBar* m_workflow = nullptr;
    SheetEditController* m_edits = nullptr;
    std::function<QString()> m_errorCheck;
};

} // namespace danhgia::ui
