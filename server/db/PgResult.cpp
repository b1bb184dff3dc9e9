#include "PgResult.h"

namespace danhgia::server {

PgResult::PgResult(PGresult* result)
    : m_result(result, &PQclear)
{ }

bool PgResult::ok() const
{
    if (!m_result) {
        return false;
    }
    const ExecStatusType status = PQresultStatus(m_result.get());
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column)) {
        return {};
    }
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(bytes(row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return bytes(row, column).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return bytes(row, column) == "t";
}

QByteArray PgResult::sqlState() const
{
    if (!m_result) {
        return {};
    }
    const char* state = PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE);
    return state ? QByteArray(state) : QByteArray();
}

QString PgResult::errorText() const
{
    if (!m_result) {
        return QStringLiteral("no result");
    }
    return QString::fromUtf8(PQresultErrorMessage(m_result.get())).trimmed();
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

} // namespace danhgia::server
