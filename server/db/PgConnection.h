#pragma once

#include "PgResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace danhgia::server {

// One libpq connection. Statements take their parameters as text (never spliced into the SQL);
// the repositories name their statements, which are prepared once per connection.
class PgConnection
{
public:
    // A parameter: text, or SQL NULL.
    using Param = std::optional<QByteArray>;

    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    bool open(const QString& conninfo, QString* error);
    bool isOpen() const;
    // Reconnects when the server closed the connection (a restart of PostgreSQL).
    bool ensureOpen(QString* error);

    PgResult exec(const QByteArray& sql, const QList<Param>& params = {});
    // Prepares `sql` under `name` on first use, then executes it.
    PgResult prepared(const char* name, const char* sql, const QList<Param>& params = {});

    // Runs `work` in a transaction, committed when it returns true and rolled back otherwise or
    // when a statement fails. `isolation` is "READ COMMITTED" or "REPEATABLE READ".
    bool transaction(const std::function<bool(QString* error)>& work, QString* error,
                     const char* isolation = "READ COMMITTED");

    static Param text(const QString& value) { return value.toUtf8(); }
    static Param number(qint64 value) { return QByteArray::number(value); }
    static Param null() { return std::nullopt; }
    // The calling thread's own connection to `conninfo`, opened on first use (each worker thread
    // of the HTTP server has one; a failure to open is printed and retried by ensureOpen).
    static PgConnection& forThisThread(const QString& conninfo);
    // The connection string with its password masked, for logs.
    static QString masked(const QString& conninfo);

private:
    PgResult run(const char* name, const QByteArray* sql, const QList<Param>& params);

    PGconn* m_conn = nullptr;
    QString m_conninfo;
    QHash<QByteArray, bool> m_prepared;
};

} // namespace danhgia::server
