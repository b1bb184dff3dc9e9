#pragma once

#include <QStyledItemDelegate>

namespace danhgia::ui {

// An item delegate whose rows are at least one compact row high (ViewLook::rowHeight()): trees
// then match the tables of the other screens, and an editor opened in a row fits it.
class RowHeightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace danhgia::ui
