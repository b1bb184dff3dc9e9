#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// The sync state of the client database (schema 9): its id on the wire (every op_id is unique
// within it), the pull cursor (the server's `next` of the last applied page) and when the last
// sync ended.
class SyncStateStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStore)

public:
    struct State
    {
        QString clientId;
        qint64 cursor = 0;
        QString lastSyncAt; // UTC, empty: never
    };

    static std::optional<State> read(QSqlDatabase& db, QString* error);
    // In the caller's transaction (the one that applies the page the cursor ends).
    static bool setCursor(QSqlDatabase& db, qint64 cursor, QString* error);
    static bool markSynced(QSqlDatabase& db, QString* error);
};

} // namespace danhgia
