#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// The client's side of moving evidence content to and from the server (docs/sync.md, "Evidence
// files"): which files the server may lack (content attached here whose row the server applied)
// and which pulled rows have no content here yet; the state of each transfer (done, attempts, the
// last error in the user's language: schema 11, `evidence_transfers`); the parts of a stored file
// an upload sends. A download in progress is sync/EvidencePartial.
class EvidenceTransferState
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceTransferState)

public:
    enum class Direction
    {
        Upload,
        Download
    };
    struct File
    {
        QString sha256;
        qint64 size = 0;
        QString name; // an original name of the content, for the messages
    };
    struct Attempts
    {
        bool done = false;
        int attempts = 0;
        QString lastError;
    };

    // Content attached here whose row the server has applied, not yet known to be on the server.
    static std::optional<QList<File>> uploadsDue(Database& db, QString* error);
    // Rows whose content is not in this database's store (pulled from the server).
    static std::optional<QList<File>> downloadsDue(Database& db, QString* error);
    // The content of the evidence row `evidenceId` when it is missing here; nullopt with an empty
    // `error` when it is here.
    static std::optional<File> missingContent(Database& db, qint64 evidenceId, QString* error);

    static bool markDone(Database& db, const QString& sha256, Direction direction, QString* error);
    static bool recordFailure(Database& db, const QString& sha256, Direction direction,
                              const QString& message, QString* error);
    static std::optional<Attempts> attempts(Database& db, const QString& sha256, Direction direction,
                                            QString* error);

    // At most `length` bytes of the stored content from `offset`.
    static std::optional<QByteArray> readPart(Database& db, const File& file, qint64 offset, qint64 length,
                                              QString* error);

    static QString directionName(Direction direction);
};

} // namespace danhgia
