#pragma once

#include "CheckedEntryDelegate.h"
#include "criteria/Criterion.h"
#include "scoring/ScoreSheet.h"

#include <optional>

namespace danhgia::ui {

// Edits the value of a leaf in the score sheet tree with an editor that fits its method: a
// box in the criterion's steps for points, yes or no, the list of levels, the number done of the
// total number for ratio and linear, the count for a deduction, the value for a relative
// criterion. A task list is edited in its own dialog: editing it asks for one with
// taskListRequested(). What the criterion's method does not accept (the core's LeafScorer says
// so) is not saved: the editor stays open with the refusal at the cell (CheckedEntryDelegate).
//
// Keyboard: Enter commits and asks to move on to the next leaf (moveOnRequested); Tab commits
// and moves to the next editable cell (in done/total, from done to total first); Escape cancels.
class LeafValueDelegate : public CheckedEntryDelegate
{
    Q_OBJECT

public:
    explicit LeafValueDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    QString entryRefusal(QWidget* editor) const override;
    // A value longer than its column (a level's title) wraps onto more lines, its row growing.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The value an editor made by this delegate holds for `leaf`; empty when none is chosen or
    // what is typed is not a number of the kind the method takes.
    static std::optional<LeafValue> editorValue(QWidget* editor, const Criterion& leaf);
    // Why the core does not accept what the editor holds for `leaf` ("Entered 5; criterion 1.2
    // accepts from 0 to 2 points..."), empty when it does or nothing is chosen.
    static QString refusal(QWidget* editor, const Criterion& leaf);

Q_SIGNALS:
    void taskListRequested(const QModelIndex& index);
    void moveOnRequested(const QModelIndex& index);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QWidget* createLeafEditor(QWidget* parent, const Criterion& leaf) const;
};

} // namespace danhgia::ui
