#include "AppSession.h"

#include "sync/ServerLinkStore.h"

namespace danhgia::ui {

AppSession::AppSession(QObject* parent)
    : QObject(parent)
    , m_changeTimer(new QTimer(this))
{
    m_changeTimer->setInterval(1000);
    connect(m_changeTimer, &QTimer::timeout, this, &AppSession::checkForChanges);
}

AppSession::~AppSession() = default;

bool AppSession::openDatabase(const QString& path, QString* error, bool create)
{
    // The database open now is closed first: one connection per file and window, so that
    // reopening the same file never finds this window's old connection (and its prepared
    // statements, its read snapshot) still holding it.
    closeDatabase();
    auto database = std::make_unique<Database>();
    if (!database->open(path, error, create)) {
        return false;
    }
    m_database = std::move(database);
    m_monitor = std::make_unique<DatabaseChangeMonitor>(m_database->connection());
    m_changeTimer->start();
    reloadAccount();
    Q_EMIT databaseChanged();
    return true;
}

void AppSession::closeDatabase()
{
    if (!m_database) {
        return;
    }
    m_changeTimer->stop();
    m_monitor.reset();
    m_database.reset();
    reloadAccount();
    Q_EMIT databaseChanged();
}

bool AppSession::hasDatabase() const
{
    return m_database && m_database->isOpen();
}

Database& AppSession::database()
{
    Q_ASSERT(m_database);
    return *m_database;
}

QString AppSession::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

QString AppSession::userName() const
{
    return m_account ? m_account->displayName() : m_userName;
}

QString AppSession::actor() const
{
    return ServerAccount::actor(m_account, m_userName, m_role);
}

void AppSession::setUser(const QString& name, Role role)
{
    const Role allowed = m_account ? m_account->roleToActIn(role).value_or(role) : role;
    if (name == m_userName && allowed == m_role) {
        return;
    }
    m_userName = name;
    m_role = allowed;
    Q_EMIT userChanged();
}

void AppSession::reloadAccount()
{
    std::optional<ServerLinkStore::Link> link;
    if (hasDatabase()) {
        QString error;
        link = ServerLinkStore::read(m_database->connection(), &error);
    }
    m_account = link ? std::optional<ServerAccount>(link->account) : std::nullopt;
    m_linkedServer = link ? link->serverUrl : QString();
    if (m_account) {
        m_role = m_account->roleToActIn(m_role).value_or(m_role);
    }
    m_offlineUseEnded = !writeRefusal().isEmpty();
    Q_EMIT userChanged();
}

QString AppSession::writeRefusal() const
{
    return m_account ? m_account->offlineUseRefusal(QDateTime::currentDateTimeUtc()) : QString();
}

void AppSession::notifyDataChanged(QObject* origin)
{
    if (m_monitor) {
        m_monitor->acknowledge();
    }
    Q_EMIT dataChanged(origin);
}

void AppSession::checkForChanges()
{
    if (m_monitor && m_monitor->changed()) {
        Q_EMIT dataChanged(nullptr);
    } else if (m_offlineUseEnded != !writeRefusal().isEmpty()) {
        // The account's offline use ran out while the app was open.
        m_offlineUseEnded = !m_offlineUseEnded;
        Q_EMIT userChanged();
    }
}

bool AppSession::fetchEvidence(qint64 evidenceId, QString* error) const
{
    if (!m_evidenceFetcher || !m_account) {
        *error = tr("This database is not linked to the provincial server, so the file cannot be fetched "
                    "from it.");
        return false;
    }
    return m_evidenceFetcher(evidenceId, error);
}

} // namespace danhgia::ui
