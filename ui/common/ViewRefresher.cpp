#include "ViewRefresher.h"

#include "AppSession.h"

#include <QEvent>
#include <QWidget>

namespace danhgia::ui {

ViewRefresher::ViewRefresher(QWidget* view, AppSession& session, std::function<void()> reload)
    : QObject(view)
    , m_view(view)
    , m_reload(std::move(reload))
{
    connect(&session, &AppSession::dataChanged, this, &ViewRefresher::dataChanged);
    view->installEventFilter(this);
}

void ViewRefresher::dataChanged(QObject* origin)
{
    if (origin == m_view) {
        return;
    }
    if (!m_view->isVisible() && m_view->window()->isVisible()) {
        m_stale = true; // another screen is shown: reload when this one is
        return;
    }
    m_stale = false;
    m_reload();
}

bool ViewRefresher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace danhgia::ui
