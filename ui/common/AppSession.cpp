#include "AppSession.h"

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

QString AppSession::actor() const
{
    return QStringLiteral("%1 (%2)").arg(m_userName, Roles::name(m_role));
}

void AppSession::setUser(const QString& name, Role role)
{
    if (name == m_userName && role == m_role) {
        return;
    }
    m_userName = name;
    m_role = role;
    Q_EMIT userChanged();
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
    }
}

} // namespace danhgia::ui
