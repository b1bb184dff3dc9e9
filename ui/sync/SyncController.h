#pragma once

#include "engine/SyncSummary.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

class QAction;
class QTimer;
class QWidget;

namespace danhgia {
class ServerConnection;
class SyncEngine;
} // namespace danhgia

namespace danhgia::ui {

class AppSession;

// Runs the sync with the provincial server (core/sync's SyncEngine) for the open database, on demand
// (the action "Sync", F9) and on a timer while signed in; records each run in the sync log and tells
// the screens that the data changed.
//
// The engine is synchronous-looking: each request runs a local event loop, so the window keeps
// painting and answering while a sync waits on the network. This controller makes the rest safe:
// one sync at a time (the action is disabled while one runs, and a second call is refused), cancel
// stops the request in flight, and no timer sync starts while a dialog is open (it tries again a
// little later). It keeps the engine on the GUI thread because the signed-in connection it is given
// lives there; the database is the session's own. While a sync runs the window must not close the
// database: isRunning() says so (MainWindow disables the File actions and waits for the end on close).
//
// The connection comes from a provider: "a signed-in connection, or nullptr". Called with the
// window when the officer asked for a sync (it may ask for a password), and with nullptr from the
// timer (it must not ask anything: nullptr when it cannot sign in by itself). The connection stays
// the provider's; this controller keeps a guarded pointer and asks again when it is gone or after a
// cancel (a cancelled connection refuses every later request).
class SyncController : public QObject
{
    Q_OBJECT

public:
    using ConnectionProvider = std::function<ServerConnection*(QWidget* parent)>;

    enum class Reach
    {
        Unknown, // no request yet
        Online, // the server answered the last request
        Offline, // the last request had no answer (network down, server unreachable, timeout)
    };
    Q_ENUM(Reach)

    SyncController(AppSession& session, QWidget* window, QObject* parent = nullptr);
    ~SyncController() override;

    void setConnectionProvider(ConnectionProvider provider);
    // Minutes between two timer syncs (0: only on demand). Read from the settings at start.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    QAction* syncAction() const { return m_syncAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    bool isRunning() const { return m_engine != nullptr; }
    Reach reach() const { return m_reach; }
    // The server answered outside a sync (a sign-in, silent or not): the status bar says online.
    void noteServerAnswered();
    bool hasConnection() const { return !m_connection.isNull(); }
    const SyncSummary& lastSummary() const { return m_lastSummary; }

public Q_SLOTS:
    // A sync now, asking the provider (which may ask the officer) for a connection when there is
    // none. False when none could start (one runs already, no database, no connection).
    bool syncNow();
    // A sync of the timer: only with a connection obtained without asking, with no dialog open, no
    // sync running and a network the system does not know to be down; else later.
    bool syncFromTimer();
    void cancel();

Q_SIGNALS:
    void started();
    void progress(int sent, int received);
    void finished(const danhgia::SyncSummary& summary);
    // The online state, the counts or the running state changed: the status bar reads again.
    void stateChanged();
    // A sync could not start or failed, in words for the officer.
    void problem(const QString& message);

private:
    bool run(ServerConnection* connection);
    ServerConnection* connectionFor(QWidget* parent);
    void updateActions();

    AppSession& m_session;
    QPointer<QWidget> m_window;
    ConnectionProvider m_provider;
    QPointer<ServerConnection> m_connection;
    SyncEngine* m_engine = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_retry = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_cancelAction = nullptr;
    Reach m_reach = Reach::Unknown;
    SyncSummary m_lastSummary;
    int m_sent = 0;
    int m_received = 0;
};

} // namespace danhgia::ui
