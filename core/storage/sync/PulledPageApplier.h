#pragma once

#include "database/Database.h"
#include "sync/PulledRowWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace danhgia {

// Applies a page of pulled changes (GET /api/v1/sync/changes) AND the new cursor in one SQLite
// transaction: each row found by its UUID (else by its natural key, a unit's code say: a row made
// here and never acknowledged is adopted, PulledAdoption, and becomes a conflict where it differs
// from the server's; a row the server holds under another UUID is not applied and is told), references turned
// from UUIDs into local ids, inserted, updated or deleted; a score sheet with its values, reasons and
// explanations. A row naming a row not here yet is parked until that row arrives. A pulled change to a row
// with a local change not yet acknowledged does not overwrite it: it becomes a conflict. Nothing is written
// to the outbox or the audit trail: the change is the server's, not a local one.
class PulledPageApplier
{
    Q_DECLARE_TR_FUNCTIONS(PulledPageApplier)

public:
    struct NotApplied
    {
        QString entity;
        QString uuid; // the server's row
        QString row; // its table and key: "Đơn vị UBND-LS"
        QString reason; // in the user's language
    };
    struct Result
    {
        int received = 0; // rows inserted, updated or deleted
        int conflicts = 0;
        int parked = 0; // waiting for a row they name
        int skipped = 0; // entities this version does not apply yet
        // Rows not applied, for the sync log: a row here the server already has under another
        // UUID holds the key of the server's row (PulledAdoption).
        QList<NotApplied> notApplied;
    };

    explicit PulledPageApplier(Database& db)
        : m_db(db)
        , m_writer(db.connection())
    { }

    bool apply(const QJsonArray& changes, qint64 nextCursor, Result* result, QString* error);
    // Applies the server's version of one row in the caller's transaction (a conflict's
    // resolution starts from it): false, with `error` set, unless it is applied now. The row's
    // local work must be settled first (ConflictResolver marks it), or it becomes a conflict again.
    bool applyServerRow(const QJsonObject& change, QString* error);

private:
    enum class Applied
    {
        Done,
        Conflict,
        Parked,
        Skipped,
        Unchanged,
        NotApplied
    };
    struct LocalRow
    {
        qint64 id = 0; // 0: no such row here
        qint64 serverVersion = 0;
    };

    // `retry`: a parked row, applied again now that the rows it names may be here.
    std::optional<Applied> applyChange(const QJsonObject& change, bool retry, QString* error);
    // Whether every row that `data` names is here now.
    std::optional<bool> referencesResolve(const QString& entity, const QJsonObject& data, QString* error);
    bool retryParked(Result* result, QString* error);
    bool park(const QString& entity, const QString& uuid, qint64 version, const QJsonObject& data,
              bool partial, QString* error);
    bool unpark(const QString& entity, const QString& uuid, QString* error);
    std::optional<LocalRow> find(const QString& entity, const QString& uuid, QString* error);
    std::optional<bool> hasPendingChange(const QString& entity, const QString& uuid, QString* error);

    QSqlDatabase& connection() { return m_db.connection(); }

    Database& m_db;
    PulledRowWriter m_writer;
    QList<NotApplied> m_notApplied; // of the page being applied
};

} // namespace danhgia
