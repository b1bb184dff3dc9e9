#pragma once

#include "database/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace danhgia {

// Writes rows of the synchronised tables: inserts with a new UUID or updates with the revision
// incremented, and records each real change in the outbox and the audit trail (ChangeLog) in the
// caller's transaction. Table and column names come from code, never from user input.
class SyncedTable
{
    Q_DECLARE_TR_FUNCTIONS(SyncedTable)

public:
    struct Written
    {
        qint64 id = 0;
        QString uuid;
        bool inserted = false;
        bool changed = false;
    };

    // The row whose `keys` columns have these values gets `values`; created when absent.
    // `payload` adds to what the outbox and the audit trail record of an insert (the values of a
    // new sheet, say), so that one change is recorded once; members with JSON text already.
    static std::optional<Written> upsert(QSqlDatabase& db, const QString& table, const QVariantMap& keys,
                                         const QVariantMap& values, const QString& actor,
                                         const QString& reason, QString* error,
                                         const QList<JsonWriter::Member>& payload = {});
    static std::optional<qint64> findId(QSqlDatabase& db, const QString& table, const QVariantMap& keys,
                                        QString* error);
};

} // namespace danhgia
