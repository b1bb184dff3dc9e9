#pragma once

#include "database/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace danhgia {

// What the status bar shows of the sync: the changes waiting to be sent (outbox entries the server
// has not answered), the conflicts not yet decided, and when the last sync ended.
class SyncStatusReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatusReader)

public:
    struct Status
    {
        int waiting = 0;
        int conflicts = 0;
        QDateTime lastSync; // UTC; invalid: never
    };

    static std::optional<Status> read(Database& db, QString* error);
};

} // namespace danhgia
