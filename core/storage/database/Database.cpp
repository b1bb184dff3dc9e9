#include "database/Database.h"

#include "database/SchemaMigrations.h"
#include "database/StatementCache.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace danhgia {

namespace {

QAtomicInt connectionCounter;

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("danhgia-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString Database::filesDirectory() const
{
    return m_path + QStringLiteral(".files");
}

QString Database::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool Database::open(const QString& path, QString* error, bool create)
{
    close();
    const QFileInfo info(path);
    if (!create && !info.exists()) {
        *error = tr("the database \"%1\" does not exist").arg(path);
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = tr("\"%1\" is not a database file").arg(path);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = tr("cannot open the database \"%1\": %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    m_path = info.absoluteFilePath();
    QString detail;
    if (!configure(&detail) || !SchemaMigrations::migrate(m_db, &detail)) {
        *error = tr("the database \"%1\" cannot be used: %2").arg(path, detail);
        close();
        return false;
    }
    return true;
}

bool Database::configure(QString* error)
{
    QSqlQuery query(m_db);
    // A file that is not SQLite fails here, on the first read.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *error
            = tr("it is not a database of this program or it is damaged (%1)").arg(query.lastError().text());
        return false;
    }
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA synchronous = FULL"),
                              QStringLiteral("PRAGMA busy_timeout = 5000")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = tr("cannot configure the database: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

void Database::close()
{
    StatementCache::release(m_connectionName);
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool Database::transaction(const std::function<bool(QString* error)>& work, QString* error)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool done = work(error);
        --m_transactionDepth;
        return done;
    }
    if (!m_db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    ++m_transactionDepth;
    const bool done = work(error);
    --m_transactionDepth;
    if (!done) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = tr("the change could not be saved: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

void Database::setDurableCommits(bool durable)
{
    QSqlQuery query(m_db);
    query.exec(durable ? QStringLiteral("PRAGMA synchronous = FULL")
                       : QStringLiteral("PRAGMA synchronous = OFF"));
}

bool Database::checkIntegrity(QString* error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        *error = tr("the integrity check could not run: %1").arg(query.lastError().text());
        return false;
    }
    const QString result = query.value(0).toString();
    if (result != QLatin1String("ok")) {
        *error = tr("the database is damaged: %1").arg(result);
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = tr("the integrity check could not run: %1").arg(query.lastError().text());
        return false;
    }
    if (query.next()) {
        *error = tr("the table %1 refers to a row that does not exist").arg(query.value(0).toString());
        return false;
    }
    return true;
}

} // namespace danhgia
