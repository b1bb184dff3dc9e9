#pragma once

#include "sync/EvidenceTransferState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace danhgia {

class Database;

// The part of an evidence file downloaded so far (docs/sync.md, "Evidence files"): its bytes in a
// temporary file next to where the file goes ("<hash>.partial"), never visible as the evidence, and
// the ETag of the server's file they came from ("<hash>.partial-etag", written before the first
// byte). A download cut off (the network, a cancel, the program killed) leaves them, and the next
// attempt asks the server for the rest only, with If-Range naming that ETag; the whole file's size
// and SHA-256 are checked before it is moved under its hash, and a bad file is thrown away so that
// the next attempt starts from byte 0.
class EvidencePartial
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePartial)

public:
    EvidencePartial(Database& db, const EvidenceTransferState::File& file);

    // The bytes kept of an earlier attempt that can be resumed (0: none, or nothing usable), and
    // the ETag they came with.
    qint64 offset() const;
    QByteArray etag() const;

    // Starts writing at `offset`: 0 starts over (what was kept is dropped, `etag` recorded); any
    // other must be offset() with the same ETag, and the bytes then follow the kept ones.
    bool begin(qint64 offset, const QByteArray& etag, QString* error);
    bool append(const QByteArray& bytes, QString* error);
    // The whole file checked (size, SHA-256) and moved under its hash, where the evidence is read;
    // refused with a message naming the file otherwise, and then thrown away.
    bool finish(QString* error);
    // Thrown away: the next attempt starts from byte 0.
    void discard();

    QString partPath() const { return m_partPath; }
    QString etagPath() const { return m_etagPath; }

private:
    Database& m_db;
    EvidenceTransferState::File m_file;
    QString m_blobPath;
    QString m_partPath;
    QString m_etagPath;
    QFile m_part;
};

} // namespace danhgia
