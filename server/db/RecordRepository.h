#pragma once

#include "PgConnection.h"
#include "SyncRecord.h"
#include "UnitDirectory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace danhgia::server {

// Every statement on the synchronised rows: records, their history, the version counter, the
// recorded outcomes of operations and the conflicts.
class RecordRepository
{
public:
    explicit RecordRepository(PgConnection& db)
        : m_db(db)
    { }

    // Locks the version counter for the rest of the transaction and returns its value.
    std::optional<qint64> lockCounter(QString* error);
    bool setCounter(qint64 value, QString* error);
    std::optional<qint64> counter(QString* error);

    // The stored outcomes of these operations of a client, by op_id.
    std::optional<QHash<QString, QJsonObject>> outcomes(const QString& client, const QStringList& opIds,
                                                        QString* error);
    // The row, `exists` false when there is none.
    std::optional<SyncRecord> load(const QString& entity, const QString& uuid, QString* error);
    // The live rows of `entity` hanging on `parent`.
    std::optional<QList<SyncRecord>> children(const QString& entity, const QString& parent, QString* error);
    // The live row of `entity` whose data has this code (people, units).
    std::optional<SyncRecord> byCode(const QString& entity, const QString& code, QString* error);
    std::optional<UnitDirectory> units(QString* error);
    // The units of the live evidence rows that refer to this content.
    std::optional<QSet<QString>> evidenceScopes(const QString& sha256, QString* error);
    std::optional<QJsonObject> history(const QString& entity, const QString& uuid, qint64 version,
                                       QString* error);

    struct Written
    {
        SyncRecord record; // the state after the batch
    };
    struct HistoryRow
    {
        qint64 version;
        QString entity;
        QString uuid;
        QString opId;
        bool deleted;
        QJsonObject data;
    };
    struct ConflictRow
    {
        QString opId;
        QString entity;
        QString uuid;
        qint64 baseVersion;
        qint64 serverVersion;
        QJsonValue base;
        QJsonValue server;
        QJsonValue clientRow;
        QJsonArray fields;
    };
    // Writes a push's effects with a few statements: the final state of each row, each version's
    // history, each operation's outcome and the conflicts.
    bool write(const QList<SyncRecord>& records, const QList<HistoryRow>& history,
               const QList<QPair<QString, QJsonObject>>& outcomes, const QList<ConflictRow>& conflicts,
               const QString& client, qint64 userId, QString* error);

    struct Change
    {
        QString entity;
        QString uuid;
        qint64 version;
        bool deleted;
        QByteArray data; // JSON text
    };
    // The changes after `since` that rows of these units (or reference data) had, oldest first.
    std::optional<QList<Change>> changesSince(qint64 since, const QSet<QString>& units, int limit,
                                              QString* error);
    std::optional<qint64> tombstoneHorizon(QString* error);
    // Deletes tombstones older than `days` days and moves the horizon past them.
    std::optional<qint64> purgeTombstones(int days, QString* error);

private:
    static SyncRecord fromRow(const PgResult& result, int row);
    PgConnection& m_db;
};

} // namespace danhgia::server
