#pragma once

#include "services/SheetEditor.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace danhgia::ui {

class AppSession;
class ScoreSheetModel;
class TaskListEditor;

// Turns the changes asked of the score sheet model into undoable commands: asks the appraiser
// for the reason of a change (DialogService), checks the change with the core first (a refusal
// is reported, nothing is pushed), and pushes a SheetEditCommand that writes it. Also what the
// form's tools do on a cell: mark not applicable, clear a self-assessed value, edit a task list.
class SheetEditController : public QObject
{
    Q_OBJECT

public:
    SheetEditController(AppSession& session, ScoreSheetModel* model, QUndoStack* undoStack,
                        QWidget* dialogParent);

    // A change asked through the model (ScoreSheetModel::editRequested).
    void requestWrite(const SheetEditor::LeafWrite& write);
    void markNotApplicable(const QModelIndex& index, Stage stage);
    void clearValue(const QModelIndex& index);
    // Opens the task list of the `tasks` leaf of a value cell (window-modal, not blocking).
    void openTaskEditor(const QModelIndex& index);
    void closeTaskEditor();
    TaskListEditor* taskListEditor() const;

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // A change was checked and pushed (and written, unless the write failed: see errorOccurred).
    void changePushed();

private:
    void askReasonAndWrite(SheetEditor::LeafWrite write);
    void pushWrite(const SheetEditor::LeafWrite& write);

    AppSession& m_session;
    ScoreSheetModel* m_model;
    QUndoStack* m_undo;
    QWidget* m_dialogParent;
    QPointer<TaskListEditor> m_taskEditor;
};

} // namespace danhgia::ui
