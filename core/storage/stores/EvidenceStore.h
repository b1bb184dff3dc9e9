#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// One evidence file attached to a leaf criterion of a score sheet (a row of `evidence_files`).
struct EvidenceRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 sheetId = 0;
    QString leafCode;
    QString sha256; // lower-case hex of the content
    qint64 size = 0;
    QString originalName; // as the user's file was called; data only, never part of a path
    QString addedBy;
    qint64 revision = 1;
};

// Evidence files (minh chứng) of score sheets. The content is stored once per SHA-256 under
// Database::filesDirectory() as "sha256/ab/cdef…", written through a temporary file in the same
// folder and renamed (QSaveFile), so a crash never leaves half a file under a final name. The
// same content attached twice, to any sheet or leaf, is one file on disk and two rows. Each row
// change is recorded in the outbox and the audit trail (ChangeLog, entity "evidence_files").
// Errors come back as text in the user's language.
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    static constexpr qint64 DefaultMaximumSize = qint64(200) * 1024 * 1024;

    // The largest file accepted by attach() and attachData() (default 200 MiB).
    static qint64 maximumSize();
    static void setMaximumSize(qint64 bytes);

    // Stores the file at `sourcePath` (read in chunks; scans may be large) as evidence of
    // `leafCode` in the sheet `sheetId`. The file's name is kept as the original name.
    static std::optional<EvidenceRecord> attach(Database& db, qint64 sheetId, const QString& leafCode,
                                                const QString& sourcePath, const QString& actor,
                                                QString* error);
    // The same for content in memory (drag and drop, tests) with the name it had.
    static std::optional<EvidenceRecord> attachData(Database& db, qint64 sheetId, const QString& leafCode,
                                                    const QByteArray& data, const QString& originalName,
                                                    const QString& actor, QString* error);

    // Evidence of one leaf, and of a whole sheet, in the order attached.
    static std::optional<QList<EvidenceRecord>> list(Database& db, qint64 sheetId, const QString& leafCode,
                                                     QString* error);
    static std::optional<QList<EvidenceRecord>> listForSheet(Database& db, qint64 sheetId, QString* error);
    static std::optional<EvidenceRecord> find(Database& db, qint64 evidenceId, QString* error);

    // The absolute path of the stored content (to open or copy it; do not write to it).
    static std::optional<QString> open(Database& db, qint64 evidenceId, QString* error);
    // Reads the stored content again and checks its size and SHA-256 against the row.
    static bool verify(Database& db, qint64 evidenceId, QString* error);

    // Deletes the row (recorded with its fields as the old value) and the stored content when
    // no other row refers to it.
    static bool remove(Database& db, qint64 evidenceId, const QString& actor, const QString& reason,
                       QString* error);
    // Removes stored files that no row refers to (left behind by a crash or a failed removal);
    // returns how many were removed.
    static std::optional<int> collectGarbage(Database& db, QString* error);

    // Where the content with this SHA-256 is (or would be) stored; empty for a malformed hash.
    static QString blobPath(const Database& db, const QString& sha256);
};

} // namespace danhgia
