#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace danhgia::ui {

namespace {

// Background and border of each level: light tints that keep black text readable.
QString styleFor(MessageBar::Level level)
{
    switch (level) {
        case MessageBar::Level::Positive:
            return QStringLiteral("#e7f4e4; border: 1px solid #7bb56f");
        case MessageBar::Level::Warning:
            return QStringLiteral("#fdf3d8; border: 1px solid #d9b44a");
        case MessageBar::Level::Error:
            return QStringLiteral("#fbe3e1; border: 1px solid #d46a5f");
        case MessageBar::Level::Information:
            break;
    }
    return QStringLiteral("#e3eefa; border: 1px solid #6f9fd8");
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    m_close->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clearMessage);
    hide();
}

void MessageBar::showMessage(const QString& text, Level level)
{
    m_level = level;
    m_text->setText(text);
    setStyleSheet(
        QStringLiteral("QFrame#messageBar { background: %1; border-radius: 4px; }").arg(styleFor(level)));
    setAccessibleName(text);
    show();
}

void MessageBar::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace danhgia::ui
