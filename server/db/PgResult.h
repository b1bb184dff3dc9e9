#pragma once

#include <libpq-fe.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace danhgia::server {

// The answer of one statement: rows of text values, or an error with PostgreSQL's SQLSTATE.
// Owns the libpq result.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult* result);

    bool ok() const;
    int rows() const;
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    bool boolean(int row, int column) const;
    // The SQLSTATE of a failed statement ("23505" for a unique violation), empty otherwise.
    QByteArray sqlState() const;
    QString errorText() const;
    qint64 affected() const;

private:
    std::shared_ptr<PGresult> m_result;
};

} // namespace danhgia::server
