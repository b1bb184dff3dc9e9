#pragma once

#include "engine/SyncSummary.h"
#include "sync/EvidenceTransferState.h"

#include <QCoreApplication>
#include <QString>

namespace danhgia {

class Database;
class ServerConnection;

// Evidence content between this database and danhgia-server (docs/sync.md, "Evidence files").
// Upload, after the push: every file attached here whose row the server applied and that the server
// does not have complete is sent from the server's committed offset, in parts of at most `part`
// bytes; an interrupted upload resumes from what the server committed, and the server checks the
// SHA-256 when the last byte arrives. Download, after the pull and when an officer opens a file not
// here yet: the bytes go to a part kept next to the file as they arrive (the storage's
// EvidencePartial), and a download cut off (the network, a cancel, the program killed) resumes from
// them, at the connection's next try or the next sync, with a Range and an If-Range naming the ETag
// they came with; a server whose file changed sends it whole and the download starts over. The
// whole file is checked against the row's size and SHA-256 before it becomes visible; a damaged one
// is refused with a message, thrown away and tried again from byte 0 next time. The state of each
// transfer (attempts, the last error) is the storage's EvidenceTransferState.
class EvidenceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceTransfer)

public:
    static constexpr qint64 DefaultPart = qint64(4) * 1024 * 1024; // below the server's body limit
    static constexpr int FetchAttempts = 2; // per stretch without progress: an officer waits

    EvidenceTransfer(Database& db, ServerConnection& server, qint64 part = DefaultPart);

    // Per file, a failure is counted in the summary (filesFailed, fileProblems) and the others go
    // on; false when this database cannot be read or written, when the server does not answer at
    // all (after the connection's retries) and when the sync is cancelled.
    bool uploadAll(SyncSummary* summary);
    bool downloadAll(SyncSummary* summary);
    // The content of the evidence row `evidenceId` downloaded now when it is not here (an officer
    // opens it and waits: each request is tried twice at most, not as patiently as the sync); true
    // when it is here afterwards, else false with why, in a sentence for the officer.
    bool fetch(qint64 evidenceId, QString* error);

private:
    struct Outcome
    {
        bool transferred = false; // bytes moved and the file is complete there
        QString problem; // why this file did not move (Vietnamese), for the officer
        QString failure; // this database could not be read or written, or the server did not answer
    };
    using File = EvidenceTransferState::File;
    using Direction = EvidenceTransferState::Direction;

    Outcome upload(const File& file);
    Outcome download(const File& file);
    // The outcome kept (done, or the attempt and its error) and counted in the summary.
    bool settle(const File& file, Direction direction, const Outcome& outcome, SyncSummary* summary);

    Database& m_db;
    ServerConnection& m_server;
    qint64 m_part;
};

} // namespace danhgia
