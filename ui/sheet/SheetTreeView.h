#pragma once

#include <QTreeView>

namespace danhgia::ui {

// The criteria tree of the score sheet form, made for typing: Enter on a value starts editing
// it, and Enter in an editor moves to the same column of the next leaf (moveToNextLeaf()); Tab
// in an editor moves to the next editable cell, skipping groups and read-only columns; typing on
// a value starts editing it with that key; Delete asks to clear it (clearRequested()).
class SheetTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit SheetTreeView(QWidget* parent = nullptr);

    // Sizes the columns of a ScoreSheetModel (once the model is set) so that the whole tree
    // fits the width of the view: the title takes what is left (elided, its tooltip has it
    // whole), the number columns are as wide as their values, the value and reason columns
    // have a compact width the user may change; nothing scrolls sideways.
    void arrangeColumns();
    // Widens the self-assessed and appraised value columns to their longest value (a level's
    // title, "3 of 3 tasks done") as far as the width of the view allows, the title keeping
    // MinimumTitleCharacters; done when a sheet is shown and when the view is resized.
    void fitValueColumns();
    static constexpr int MinimumTitleCharacters = 24;

    // Makes the same column of the next leaf below `from` current (nothing after the last).
    void moveToNextLeaf(const QModelIndex& from);
    // Whether a cell's editor is open.
    bool isEditing() const { return state() == EditingState; }
    // Saves what an open editor holds and closes it (before the form closes or moves on); false,
    // with the editor left open and the reason shown, when the criterion does not accept it.
    bool commitOpenEditor();
    // The next (or previous) editable cell in reading order, invalid when there is none.
    QModelIndex nextEditable(const QModelIndex& from, bool forward) const;

Q_SIGNALS:
    void clearRequested(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace danhgia::ui
