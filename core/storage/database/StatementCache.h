#pragma once

#include "database/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace danhgia {

// Prepared statements kept per connection, so that the stores do not have SQLite compile the
// same SQL again for every row of a bulk import. Database::close() releases a connection's
// statements before the connection goes away.
class StatementCache
{
public:
    // Runs `sql` (prepared on first use on this connection) with these positional values.
    // Returns the query, positioned before its first row, or nullptr with `error` set.
    static QSqlQuery* exec(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error);
    // `sql` prepared on first use on this connection for the SQLite C API (SqliteStatement), for
    // the statements of every row of a bulk import; nullptr with `error` set.
    static SqliteStatement* prepared(QSqlDatabase& db, const QString& sql, QString* error);
    static void release(const QString& connectionName);
};

} // namespace danhgia
