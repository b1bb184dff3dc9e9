#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace danhgia::ui {

class AppSession;

// Keeps a screen in step with the data under it: when the session says the data changed (an edit
// on another screen, the CLI or a second window writing to the same file), the screen reloads.
// While the window shows another screen, the reload waits until this one is shown again, so that
// an edit on one screen does not make every hidden screen read the database. A screen that is not
// in a visible window (a test, a dialog being built) reloads at once. Changes the screen made
// itself (AppSession::notifyDataChanged(screen)) are skipped: it shows them already.
class ViewRefresher : public QObject
{
    Q_OBJECT

public:
    ViewRefresher(QWidget* view, AppSession& session, std::function<void()> reload);

    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void dataChanged(QObject* origin);

    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace danhgia::ui
