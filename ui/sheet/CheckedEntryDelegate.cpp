#include "CheckedEntryDelegate.h"

#include "CellMessage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace danhgia::ui {

namespace {

const char* const EditedIndexProperty = "danhgiaEditedIndex";
const char* const WatchedViewportProperty = "danhgiaWatchedViewport";

// The open editor of the view whose viewport `viewport` is, if one is open.
QWidget* openEditor(QObject* viewport)
{
    auto* view = qobject_cast<QAbstractItemView*>(viewport->parent());
    if (!view || view->viewport() != viewport) {
        return nullptr;
    }
    return view->indexWidget(view->currentIndex());
}

} // namespace

void CheckedEntryDelegate::rememberIndex(QWidget* editor, const QModelIndex& index)
{
    editor->setProperty(EditedIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
}

QPersistentModelIndex CheckedEntryDelegate::editedIndex(const QWidget* editor)
{
    return editor ? editor->property(EditedIndexProperty).value<QPersistentModelIndex>()
                  : QPersistentModelIndex();
}

bool CheckedEntryDelegate::refuseEntry(QWidget* editor)
{
    const QString refusal = entryRefusal(editor);
    if (refusal.isEmpty()) {
        return false;
    }
    QWidget* viewport = editor->parentWidget();
    if (!m_message || m_message->parentWidget() != viewport) {
        delete m_message;
        m_message = new CellMessage(viewport);
    }
    m_message->showFor(editor, refusal);
    if (viewport && !viewport->property(WatchedViewportProperty).toBool()) {
        viewport->setProperty(WatchedViewportProperty, true);
        viewport->installEventFilter(this);
    }
    return true;
}

void CheckedEntryDelegate::focusEditor(QWidget* editor)
{
    // The view gives the focus back to itself when an editor that has it closes; an editor of
    // several boxes (done and total) has it only through its focus proxy.
    const QWidget* focus = QApplication::focusWidget();
    if (focus && focus != editor && editor->isAncestorOf(focus)) {
        editor->setFocus(Qt::OtherFocusReason);
    }
}

bool CheckedEntryDelegate::refusesCommit(QWidget* editor)
{
    const QString refusal = entryRefusal(editor);
    if (refusal.isEmpty()) {
        return false;
    }
    Q_EMIT entryRefused(refusal);
    return true;
}

bool CheckedEntryDelegate::eventFilter(QObject* object, QEvent* event)
{
    if (object->property(WatchedViewportProperty).toBool()) {
        // A click on another cell would save and close the editor: it goes back to the editor.
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
            QWidget* editor = openEditor(object);
            if (editor && editedIndex(editor).isValid() && refuseEntry(editor)) {
                editor->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
        return false;
    }
    auto* editor = qobject_cast<QWidget*>(object);
    if (!editor || !editedIndex(editor).isValid()) {
        return RowHeightDelegate::eventFilter(object, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool saves
            = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (saves && refuseEntry(editor)) {
            return true;
        }
        if (saves || key == Qt::Key_Escape) {
            focusEditor(editor);
        }
    } else if (event->type() == QEvent::FocusOut) {
        const QWidget* focus = QApplication::focusWidget();
        const bool inside = focus && (focus == editor || editor->isAncestorOf(focus));
        if (!inside && refuseEntry(editor)) {
            return false; // neither saved nor closed: the editor keeps what was typed
        }
    }
    return RowHeightDelegate::eventFilter(object, event);
}

} // namespace danhgia::ui
