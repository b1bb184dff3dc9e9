#include "AppSession.h"

namespace danhgia::ui {

AppSession::AppSession(QObject* parent)
    : QObject(parent)
{ }

AppSession::~AppSession() = default;

bool AppSession::openDatabase(const QString& path, QString* error, bool create)
{
    auto database = std::make_unique<Database>();
    if (!database->open(path, error, create)) {
        return false;
    }
    m_database = std::move(database);
    Q_EMIT databaseChanged();
    return true;
}

void AppSession::closeDatabase()
{
    if (!m_database) {
        return;
    }
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

void AppSession::notifyDataChanged()
{
    Q_EMIT dataChanged();
}

} // namespace danhgia::ui
