#pragma once

#include "CellMessage.h"
#include "RowHeightDelegate.h"

#include <QPointer>

namespace danhgia::ui {

// An item delegate whose editors keep what is typed until it can be saved. Enter, Tab and the
// focus leaving an editor save only what entryRefusal() accepts; otherwise nothing is saved, the
// editor stays open with what was typed, and the refusal is shown at the cell (CellMessage). A
// click elsewhere in the view brings the focus back to that editor. A commit the view forces
// (the current cell moved by the program, the form saving before it closes) writes nothing
// refused and reports it with entryRefused(). Escape still cancels the edit.
class CheckedEntryDelegate : public RowHeightDelegate
{
    Q_OBJECT

public:
    using RowHeightDelegate::RowHeightDelegate;

    // Why what `editor` holds cannot be saved, in the user's words; empty when it can.
    virtual QString entryRefusal(QWidget* editor) const = 0;
    // Shows the refusal of what `editor` holds at its cell; false when it can be saved.
    bool refuseEntry(QWidget* editor);
    // The message shown at the cell, nullptr when none was ever shown.
    CellMessage* cellMessage() const { return m_message; }

Q_SIGNALS:
    void entryRefused(const QString& message);

protected:
    // Remembers the cell an editor edits (call from createEditor()).
    static void rememberIndex(QWidget* editor, const QModelIndex& index);
    static QPersistentModelIndex editedIndex(const QWidget* editor);
    // For setModelData(): true (with entryRefused() emitted) when nothing may be written.
    bool refusesCommit(QWidget* editor);
    // Before an editor of several boxes closes: the focus on the editor itself, so that the view
    // takes it back.
    static void focusEditor(QWidget* editor);
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QPointer<CellMessage> m_message;
};

} // namespace danhgia::ui
