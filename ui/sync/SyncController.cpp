#include "SyncController.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "sync/SyncLogStore.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QNetworkInformation>
#include <QTimer>
#include <QWidget>

namespace danhgia::ui {

namespace {

// A timer sync put off (a dialog open, a sync running) is tried again after this.
constexpr std::chrono::seconds RetryLater{30};

} // namespace

SyncController::SyncController(AppSession& session, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    m_syncAction = new QAction(tr("&Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setToolTip(
        tr("Send the changes made here to the provincial server and receive theirs (F9)"));
    m_cancelAction = new QAction(tr("S&top sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancelAction->setToolTip(tr("Stop the sync in progress; what was sent and received stays"));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::syncNow);
    connect(m_cancelAction, &QAction::triggered, this, &SyncController::cancel);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("syncTimer"));
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncFromTimer);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncController::syncFromTimer);
    const int minutes = AppSettings().value(AppSettings::Key::SyncIntervalMinutes).toInt();
    setInterval(std::chrono::minutes(std::max(0, minutes)));

    connect(&m_session, &AppSession::databaseChanged, this, &SyncController::updateActions);
    updateActions();
    // What the system knows of the network, where it can say (no backend: the timer just tries).
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
}

SyncController::~SyncController()
{
    if (m_engine) {
        m_engine->cancel();
    }
}

void SyncController::setConnectionProvider(ConnectionProvider provider)
{
    m_provider = std::move(provider);
    m_connection.clear();
    updateActions();
}

void SyncController::setInterval(std::chrono::milliseconds interval)
{
    m_timer->stop();
    m_retry->stop();
    if (interval.count() > 0) {
        m_timer->start(interval);
    }
}

std::chrono::milliseconds SyncController::interval() const
{
    return m_timer->isActive() ? m_timer->intervalAsDuration() : std::chrono::milliseconds(0);
}

void SyncController::updateActions()
{
    m_syncAction->setEnabled(!isRunning() && m_session.hasDatabase() && m_provider != nullptr);
    m_cancelAction->setEnabled(isRunning());
}

ServerConnection* SyncController::connectionFor(QWidget* parent)
{
    if (m_connection && !m_connection->isCancelled()) {
        return m_connection;
    }
    m_connection.clear();
    if (m_provider) {
        m_connection = m_provider(parent);
    }
    return m_connection && !m_connection->isCancelled() ? m_connection.data() : nullptr;
}

bool SyncController::syncNow()
{
    if (isRunning()) {
        return false;
    }
    if (!m_session.hasDatabase()) {
        Q_EMIT problem(tr("Open a database before synchronising."));
        return false;
    }
    ServerConnection* connection = connectionFor(m_window);
    if (!connection) {
        Q_EMIT problem(tr("Not signed in to the provincial server: the sync did not start."));
        return false;
    }
    return run(connection);
}

bool SyncController::syncFromTimer()
{
    if (!m_session.hasDatabase() || !m_provider) {
        return false;
    }
    if (isRunning() || QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        // Someone is at work in a dialog (or a sync runs): later, not in the middle of it.
        m_retry->start(RetryLater);
        return false;
    }
    const QNetworkInformation* network = QNetworkInformation::instance();
    if (network && network->reachability() == QNetworkInformation::Reachability::Disconnected) {
        // No network at all: not worth a request; the next tick tries again.
        m_reach = Reach::Offline;
        Q_EMIT stateChanged();
        return false;
    }
    ServerConnection* connection = connectionFor(nullptr);
    return connection && run(connection);
}

void SyncController::cancel()
{
    if (m_engine) {
        m_engine->cancel();
    }
}

bool SyncController::run(ServerConnection* connection)
{
    const QPointer<ServerConnection> guard(connection); // its owner may drop it meanwhile
    SyncEngine engine(m_session.database(), *connection);
    m_engine = &engine;
    m_sent = 0;
    m_received = 0;
    connect(&engine, &SyncEngine::pushed, this, [this](int sent, int) {
        m_sent = sent;
        Q_EMIT progress(m_sent, m_received);
    });
    connect(&engine, &SyncEngine::pulled, this, [this](int received, qint64) {
        m_received = received;
        Q_EMIT progress(m_sent, m_received);
    });
    updateActions();
    Q_EMIT started();
    Q_EMIT stateChanged();

    SyncLogStore::Run logged;
    logged.startedAt = QDateTime::currentDateTimeUtc();
    const SyncSummary summary = engine.run();
    logged.finishedAt = QDateTime::currentDateTimeUtc();
    m_engine = nullptr;

    m_lastSummary = summary;
    if (guard && !summary.cancelled) {
        m_reach = guard->lastStatus() == 0 ? Reach::Offline : Reach::Online;
    }
    if (!guard || guard->isCancelled()) {
        m_connection.clear(); // a cancelled connection refuses every later request
    }
    logged.completed = summary.completed;
    logged.cancelled = summary.cancelled;
    logged.sent = summary.sent;
    logged.applied = summary.applied;
    logged.refused = summary.refused;
    logged.conflicts = summary.conflicts;
    logged.received = summary.received;
    logged.refusals = summary.notApplied;
    logged.error = summary.cancelled ? tr("Stopped by the user.") : summary.error;
    QString error;
    if (m_session.hasDatabase() && !SyncLogStore::record(m_session.database(), logged, &error)) {
        Q_EMIT problem(error);
    }
    updateActions();
    m_session.notifyDataChanged();
    Q_EMIT finished(summary);
    Q_EMIT stateChanged();
    if (!summary.completed && !summary.cancelled) {
        Q_EMIT problem(tr("The sync did not finish: %1").arg(summary.error));
    }
    return summary.completed;
}

void SyncController::noteServerAnswered()
{
    m_reach = Reach::Online;
    Q_EMIT stateChanged();
}

} // namespace danhgia::ui
