#pragma once

#include "engine/SyncSummary.h"

#include <QObject>

namespace danhgia {

class Database;
class ServerConnection;

// Synchronises the client database with danhgia-server (docs/sync.md): pushes the outbox in order,
// in batches of at most 1,000 operations, acknowledging each only from the server's outcome; then
// pulls pages until the server has nothing more, each page applied with its cursor in one
// transaction. Evidence content follows its rows: uploaded after the push, downloaded after the
// pull (EvidenceTransfer). A `410 resync_required` pulls again from 0, keeping the local work not yet
// acknowledged. Synchronous-looking for the CLI (the connection runs a local event loop); signals
// for the app.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int batch = 1000; // operations per push
        int page = 1000; // changes per pull page
        int maxRounds = 100000; // pushes and pages of one sync: a bound, never reached in practice
        qint64 evidencePart = qint64(4) * 1024 * 1024; // bytes of one part of an evidence upload
    };

    SyncEngine(Database& db, ServerConnection& server, QObject* parent = nullptr);
    void setLimits(const Limits& limits) { m_limits = limits; }

    SyncSummary run(); // push, then pull
    bool push(SyncSummary* summary);
    bool pull(SyncSummary* summary);
    void cancel();

Q_SIGNALS:
    void pushed(int sent, int waiting);
    void pulled(int received, qint64 cursor);
    void finished(const danhgia::SyncSummary& summary);

private:
    bool fail(SyncSummary* summary, const QString& error);

    Database& m_db;
    ServerConnection& m_server;
    Limits m_limits;
};

} // namespace danhgia
