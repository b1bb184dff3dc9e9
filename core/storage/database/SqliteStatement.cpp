#include "database/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace danhgia {

namespace {

// The connection behind `db`, when it is one of the SQLite library this program is linked with:
// the C API must not touch a connection another copy of SQLite made.
sqlite3* connectionOf(QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || !*static_cast<sqlite3* const*>(handle.constData())) {
        *error = SqliteStatement::tr("the database is not open");
        return nullptr;
    }
    QSqlQuery query(db);
    const QByteArray linked(sqlite3_sourceid());
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString().toUtf8() != linked) {
        *error = SqliteStatement::tr("the SQLite library of the database driver (%1) is not the one this "
                                     "program was built with (%2)")
                     .arg(query.value(0).toString(), QString::fromUtf8(linked));
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(QSqlDatabase& db, const QString& sql,
                                                          QString* error)
{
    sqlite3* connection = connectionOf(db, error);
    if (!connection) {
        return nullptr;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(connection, utf8.constData(), static_cast<int>(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK
        || !statement) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(connection, statement));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray& utf8)
{
    if (utf8.isNull()) {
        sqlite3_bind_null(m_statement, index);
    } else {
        bindText(index, utf8);
    }
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // SQLite reads a null pointer as NULL: "" is the empty text.
    sqlite3_bind_text(m_statement, index, utf8.isEmpty() ? "" : utf8.data(), static_cast<int>(utf8.size()),
                      SQLITE_STATIC);
}

bool SqliteStatement::run(QString* error)
{
    m_hasRow = false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW) {
        m_hasRow = true;
        return true;
    }
    if (status != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    finish();
    return status == SQLITE_DONE;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::finish()
{
    m_hasRow = false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace danhgia
