#include "CellMessage.h"

#include <QEvent>

#include <algorithm>

namespace danhgia::ui {

CellMessage::CellMessage(QWidget* viewport)
    : QLabel(viewport)
{
    setObjectName(QStringLiteral("cellMessage"));
    setWordWrap(true);
    setFocusPolicy(Qt::NoFocus);
    setTextFormat(Qt::PlainText);
    // The error tint of the message bar, with black text.
    setStyleSheet(QStringLiteral("QLabel#cellMessage { background: #fbe3e1; color: #1f1f1f; "
                                 "border: 1px solid #d46a5f; border-radius: 3px; padding: 4px 6px; }"));
    hide();
}

void CellMessage::showFor(QWidget* editor, const QString& text)
{
    if (m_editor != editor) {
        if (m_editor) {
            m_editor->removeEventFilter(this);
        }
        m_editor = editor;
        editor->installEventFilter(this);
        connect(editor, &QObject::destroyed, this, &QWidget::hide, Qt::UniqueConnection);
    }
    setText(text);
    setAccessibleName(text);
    editor->setAccessibleDescription(text);
    place();
    show();
    raise();
}

void CellMessage::place()
{
    const QWidget* viewport = parentWidget();
    if (!m_editor || !viewport) {
        return;
    }
    const QRect cell = m_editor->geometry();
    const int room = std::max(1, viewport->width() - 4);
    const int width = std::min(room, std::max(cell.width(), fontMetrics().averageCharWidth() * 48));
    const int height = heightForWidth(width);
    const int x = std::clamp(cell.left(), 2, std::max(2, viewport->width() - width - 2));
    int y = cell.bottom() + 2;
    if (y + height > viewport->height() && cell.top() - height - 2 >= 0) {
        y = cell.top() - height - 2;
    }
    setGeometry(x, y, width, height);
}

bool CellMessage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::Hide) {
            hide();
        } else if (event->type() == QEvent::Move || event->type() == QEvent::Resize) {
            place();
        }
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace danhgia::ui
