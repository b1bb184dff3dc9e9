#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace danhgia {

// One statement prepared on the SQLite connection of a QSqlDatabase and run through the SQLite C
// API, for the writes that happen for every row of a bulk import (the values of a score sheet,
// the outbox, the audit trail): integers and UTF-8 text are bound as they are, without a QVariant
// per value and without the round trip through UTF-16 that QtSql makes. It runs in the
// connection's transaction like any QSqlQuery. StatementCache keeps them per connection.
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // nullptr, with `error` set, when the statement cannot be prepared (or the connection is not
    // one of the SQLite library this program is linked with).
    static std::unique_ptr<SqliteStatement> prepare(QSqlDatabase& db, const QString& sql, QString* error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Values of the ?s, counted from 1. Text is UTF-8 and used in place, not copied: it must
    // stay alive until run() returns or, when run() gave a row, until finish(). A null QByteArray
    // binds NULL, as QtSql binds a null QString.
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray& utf8);
    void bindText(int index, QByteArrayView utf8);

    // Runs the statement up to its first row, if it has one (hasRow()); a statement without a
    // row is finished at once. False, with `error` set, when SQLite refuses it.
    bool run(QString* error);
    bool hasRow() const { return m_hasRow; }
    qint64 int64(int column) const;
    QByteArray text(int column) const;
    // Resets the statement and forgets the bound values.
    void finish();

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_hasRow = false;
};

} // namespace danhgia
