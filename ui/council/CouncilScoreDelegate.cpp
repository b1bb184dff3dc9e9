#include "CouncilScoreDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace danhgia::ui {

CouncilScoreDelegate::CouncilScoreDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* CouncilScoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                            const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("councilScoreEditor"));
    editor->setAccessibleName(tr("Score"));
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    editor->setToolTip(index.data(Qt::ToolTipRole).toString());
    return editor;
}

void CouncilScoreDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
    }
}

void CouncilScoreDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        m_accepted = model->setData(index, line->text(), Qt::EditRole);
    }
}

bool CouncilScoreDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_accepted = false;
            Q_EMIT commitData(editor);
            const bool accepted = m_accepted;
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (accepted) {
                Q_EMIT enterAccepted();
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace danhgia::ui
