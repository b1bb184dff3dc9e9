#pragma once

#include "Criterion.h"
#include "RowHeightDelegate.h"
#include "ScoreSheet.h"

#include <optional>

namespace danhgia::ui {

// Edits the value of a leaf in the score sheet tree with an editor that fits its method: a
// spin box in the criterion's steps for points, yes or no, the list of levels, done of total
// for ratio and linear, the count for a deduction, the value for a relative criterion. A task
// list is edited in its own dialog: editing it asks for one with taskListRequested().
//
// Keyboard: Enter commits and asks to move on to the next leaf (moveOnRequested); Tab commits
// and moves to the next editable cell (in done/total, from done to total first); Escape cancels.
class LeafValueDelegate : public RowHeightDelegate
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

    // The value an editor made by this delegate holds for `leaf`, empty when none is chosen.
    static std::optional<LeafValue> editorValue(QWidget* editor, const Criterion& leaf);

Q_SIGNALS:
    void taskListRequested(const QModelIndex& index);
    void moveOnRequested(const QModelIndex& index);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QWidget* createLeafEditor(QWidget* parent, const Criterion& leaf) const;
};

} // namespace danhgia::ui
