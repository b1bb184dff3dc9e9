#include "SheetTreeView.h"

#include "CheckedEntryDelegate.h"
#include "ScoreSheetModel.h"
#include "ViewLook.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace danhgia::ui {

SheetTreeView::SheetTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("sheetTree"));
    setAlternatingRowColors(true);
    // Rows grow where a long value (a level's title) wraps in its column.
    setUniformRowHeights(false);
    setAllColumnsShowFocus(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    // Deep criteria trees keep their codes narrow: one line of text per level.
    setIndentation(fontMetrics().height());
    setTextElideMode(Qt::ElideRight);
}

void SheetTreeView::arrangeColumns()
{
    QHeaderView* columns = header();
    if (columns->count() != ScoreSheetModel::ColumnCount) {
        return;
    }
    columns->setStretchLastSection(false);
    connect(columns, &QHeaderView::sectionResized, this, [this](int column) {
        if (ScoreSheetModel::stageOfColumn(column)) {
            scheduleDelayedItemsLayout();
        }
    });
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ScoreSheetModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {ScoreSheetModel::SelfValueColumn, ScoreSheetModel::AppraisedValueColumn,
                             ScoreSheetModel::ReasonColumn}) {
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
        columns->resizeSection(column,
                               std::max(ViewLook::textWidth(this, 12), columns->sectionSizeHint(column)));
    }
}

void SheetTreeView::fitValueColumns()
{
    QHeaderView* columns = header();
    if (!model() || columns->count() != ScoreSheetModel::ColumnCount || !isVisible()) {
        return;
    }
    const QList<int> values{ScoreSheetModel::SelfValueColumn, ScoreSheetModel::AppraisedValueColumn};
    // What the values of each shown value column need, over every row (not only those in sight).
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QList<int> wanted;
    int shown = 0;
    for (const int column : values) {
        int width = std::max(ViewLook::textWidth(this, 12), columns->sectionSizeHint(column));
        if (!isColumnHidden(column)) {
            ++shown;
            for (QModelIndex row = model()->index(0, 0); row.isValid(); row = indexBelow(row)) {
                const QModelIndex cell = row.siblingAtColumn(column);
                width = std::max(width, itemDelegateForIndex(cell)->sizeHint(option, cell).width());
            }
        }
        wanted.append(width);
    }
    // The room the other columns leave, the title keeping a readable width.
    int others = ViewLook::textWidth(this, MinimumTitleCharacters);
    for (int column = 0; column < columns->count(); ++column) {
        if (!isColumnHidden(column) && column != ScoreSheetModel::TitleColumn && !values.contains(column)) {
            others += columns->sectionSize(column);
        }
    }
    const int room = shown > 0 ? (viewport()->width() - others) / shown : 0;
    for (int i = 0; i < values.size(); ++i) {
        // On one line when there is room; else on two lines, the title keeping the rest.
        const int width = wanted[i] <= room ? wanted[i] : std::min(room, wanted[i] * 3 / 5);
        columns->resizeSection(values[i], std::max(ViewLook::textWidth(this, 12), width));
    }
    scheduleDelayedItemsLayout(); // the heights of rows whose values wrap
}

void SheetTreeView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitValueColumns();
}

QModelIndex SheetTreeView::nextEditable(const QModelIndex& from, bool forward) const
{
    if (!model() || !from.isValid()) {
        return {};
    }
    const int columns = model()->columnCount(from.parent());
    QModelIndex row = from.siblingAtColumn(0);
    int column = from.column() + (forward ? 1 : -1);
    while (row.isValid()) {
        for (; column >= 0 && column < columns; column += forward ? 1 : -1) {
            const QModelIndex cell = row.siblingAtColumn(column);
            if (!isColumnHidden(column) && (cell.flags() & Qt::ItemIsEditable)) {
                return cell;
            }
        }
        row = forward ? indexBelow(row) : indexAbove(row);
        column = forward ? 0 : columns - 1;
    }
    return {};
}

void SheetTreeView::moveToNextLeaf(const QModelIndex& from)
{
    if (!from.isValid()) {
        return;
    }
    for (QModelIndex row = indexBelow(from.siblingAtColumn(0)); row.isValid(); row = indexBelow(row)) {
        if (!model()->hasChildren(row)) {
            setCurrentIndex(row.siblingAtColumn(from.column()));
            return;
        }
    }
}

bool SheetTreeView::commitOpenEditor()
{
    QWidget* editor = isEditing() ? indexWidget(currentIndex()) : nullptr;
    if (!editor) {
        return true;
    }
    // What the criterion does not accept is not saved: the editor stays open with the reason.
    auto* checked = qobject_cast<CheckedEntryDelegate*>(itemDelegateForIndex(currentIndex()));
    if (checked && checked->refuseEntry(editor)) {
        Q_EMIT checked->entryRefused(checked->entryRefusal(editor));
        return false;
    }
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void SheetTreeView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const bool editable = current.isValid() && (current.flags() & Qt::ItemIsEditable);
    if (state() != EditingState && editable && event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            edit(current);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete) {
            Q_EMIT clearRequested(current);
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

QModelIndex SheetTreeView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        return nextEditable(currentIndex(), cursorAction == MoveNext);
    }
    return QTreeView::moveCursor(cursorAction, modifiers);
}

} // namespace danhgia::ui
