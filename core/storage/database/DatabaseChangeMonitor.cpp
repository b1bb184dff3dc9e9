#include "database/DatabaseChangeMonitor.h"

#include <QSqlQuery>

namespace danhgia {

DatabaseChangeMonitor::DatabaseChangeMonitor(QSqlDatabase db)
    : m_db(std::move(db))
{
    acknowledge();
}

bool DatabaseChangeMonitor::read(qint64* version, qint64* changes)
{
    if (!m_db.isOpen()) {
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return false;
    }
    *version = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next()) {
        return false;
    }
    *changes = query.value(0).toLongLong();
    return true;
}

bool DatabaseChangeMonitor::changed()
{
    qint64 version = 0;
    qint64 changes = 0;
    if (!read(&version, &changes)) {
        return false;
    }
    const bool different = version != m_version || changes != m_changes;
    m_version = version;
    m_changes = changes;
    return different;
}

void DatabaseChangeMonitor::acknowledge()
{
    qint64 version = 0;
    qint64 changes = 0;
    if (read(&version, &changes)) {
        m_version = version;
        m_changes = changes;
    }
}

} // namespace danhgia
