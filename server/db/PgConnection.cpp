#include "PgConnection.h"

#include <QRegularExpression>

#include <cstdio>
#include <memory>
#include <vector>

namespace danhgia::server {

PgConnection& PgConnection::forThisThread(const QString& conninfo)
{
    thread_local std::unique_ptr<PgConnection> connection;
    if (!connection) {
        connection = std::make_unique<PgConnection>();
        QString error;
        if (!connection->open(conninfo, &error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(QStringLiteral("database: ") + error));
        }
    }
    return *connection;
}

PgConnection::~PgConnection()
{
    if (m_conn) {
        PQfinish(m_conn);
    }
}

bool PgConnection::open(const QString& conninfo, QString* error)
{
    if (m_conn) {
        PQfinish(m_conn);
    }
    m_prepared.clear();
    m_conninfo = conninfo;
    m_conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    // Times are UTC and text is UTF-8 whatever the server's defaults.
    PQclear(PQexec(m_conn,
                   "SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8'; SET client_min_messages = warning"));
    return true;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::ensureOpen(QString* error)
{
    if (isOpen()) {
        return true;
    }
    if (m_conn) {
        PQreset(m_conn);
        m_prepared.clear();
        if (PQstatus(m_conn) == CONNECTION_OK) {
            return true;
        }
    }
    return open(m_conninfo, error);
}

PgResult PgConnection::exec(const QByteArray& sql, const QList<Param>& params)
{
    return run(nullptr, &sql, params);
}

PgResult PgConnection::prepared(const char* name, const char* sql, const QList<Param>& params)
{
    const QByteArray key(name);
    if (!m_prepared.contains(key)) {
        PgResult prepared(PQprepare(m_conn, name, sql, static_cast<int>(params.size()), nullptr));
        if (!prepared.ok()) {
            return prepared;
        }
        m_prepared.insert(key, true);
    }
    return run(name, nullptr, params);
}

PgResult PgConnection::run(const char* name, const QByteArray* sql, const QList<Param>& params)
{
    if (!m_conn) {
        return PgResult();
    }
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(params.size());
    lengths.reserve(params.size());
    for (const Param& p : params) {
        values.push_back(p ? p->constData() : nullptr);
        lengths.push_back(p ? static_cast<int>(p->size()) : 0);
    }
    const int count = static_cast<int>(params.size());
    if (name) {
        return PgResult(PQexecPrepared(m_conn, name, count, values.data(), lengths.data(), nullptr, 0));
    }
    return PgResult(
        PQexecParams(m_conn, sql->constData(), count, nullptr, values.data(), lengths.data(), nullptr, 0));
}

bool PgConnection::transaction(const std::function<bool(QString* error)>& work, QString* error,
                               const char* isolation)
{
    PgResult begin = exec(QByteArray("BEGIN ISOLATION LEVEL ") + isolation);
    if (!begin.ok()) {
        *error = begin.errorText();
        return false;
    }
    if (!work(error)) {
        exec("ROLLBACK");
        return false;
    }
    PgResult commit = exec("COMMIT");
    if (!commit.ok()) {
        *error = commit.errorText();
        return false;
    }
    return true;
}

QString PgConnection::masked(const QString& conninfo)
{
    QString text = conninfo;
    // key=value form, then the URI form (postgresql://user:secret@host/db).
    static const QRegularExpression keyValue(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"));
    static const QRegularExpression uri(QStringLiteral("(://[^:/@]+:)([^@]*)(@)"));
    text.replace(keyValue, QStringLiteral("\\1***"));
    text.replace(uri, QStringLiteral("\\1***\\3"));
    return text;
}

} // namespace danhgia::server
