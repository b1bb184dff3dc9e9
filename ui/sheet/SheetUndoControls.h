#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoStack>

class QToolButton;
class QWidget;

namespace danhgia::ui {

// Undo and redo of the score sheet form's edits: the two buttons of its tool row, whose tooltips
// say what would be undone or redone, and the keys the user guide gives, Ctrl+Z and Ctrl+Y
// (Ctrl+Shift+Z too), wherever the focus is in the form. A text box being edited (a cell's
// editor, the explanation) keeps its own undo: it takes Ctrl+Z itself, and Ctrl+Y is passed on
// to it.
class SheetUndoControls : public QObject
{
    Q_OBJECT

public:
    // The keys work within `form`; the buttons are children of `buttonParent`.
    SheetUndoControls(QUndoStack* stack, QWidget* form, QWidget* buttonParent);

    QToolButton* undoButton() const { return m_undoButton; }
    QToolButton* redoButton() const { return m_redoButton; }

    // What Ctrl+Z and Ctrl+Y do where the focus is now.
    void undo();
    void redo();

private:
    void updateButtons();

    QPointer<QUndoStack> m_stack; // deleted before the form (ScoreSheetForm's destructor)
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
};

} // namespace danhgia::ui
