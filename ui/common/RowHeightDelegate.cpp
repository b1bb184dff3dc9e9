#include "RowHeightDelegate.h"

#include "ViewLook.h"

#include <QWidget>

#include <algorithm>

namespace danhgia::ui {

QSize RowHeightDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (option.widget) {
        size.setHeight(std::max(size.height(), ViewLook::rowHeight(option.widget)));
    }
    return size;
}

} // namespace danhgia::ui
