#pragma once

#include "ApiError.h"
#include "PgConnection.h"
#include "UserAccount.h"

#include <QByteArray>

#include <variant>

namespace danhgia::server {

// A page of the changes an account may see since a cursor, oldest first, in one snapshot: the
// rows of its units and the reference data, live rows with their data and deleted ones as
// tombstones. The answer's `next` is the cursor of the next page; when `more` is false the client
// has everything up to `next`. A cursor older than the tombstone horizon gets resync_required.
class PullService
{
public:
    PullService(PgConnection& db, int limit)
        : m_db(db)
        , m_limit(limit)
    { }

    // The JSON text of the answer (written directly: the rows' data are already JSON text).
    std::variant<QByteArray, ApiError> changes(const UserAccount& user, qint64 since, int limit);

private:
    PgConnection& m_db;
    int m_limit;
};

} // namespace danhgia::server
