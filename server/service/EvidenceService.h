#pragma once

#include "ApiError.h"
#include "PgConnection.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace danhgia::server {

// Evidence content, addressed by its SHA-256: a resumable upload in chunks (ask the committed
// offset, send from there; the hash is checked when the last byte arrives and a mismatch throws the
// upload away), and the download, whole or from a byte on (a resumed download), read from the
// database piece by piece so that a large file is never held whole in memory. Only an account that sees a
// sheet whose evidence row names the hash may upload, ask or download; for any other the content does not
// exist (404).
class EvidenceService
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceService)

public:
    explicit EvidenceService(PgConnection& db)
        : m_db(db)
    { }

    std::variant<QJsonObject, ApiError> status(const UserAccount& user, const QString& sha256);
    std::variant<QJsonObject, ApiError> upload(const UserAccount& user, const QString& sha256, qint64 offset,
                                               qint64 size, const QByteArray& data);
    // What a download sends: the whole content (200), a range of it (206), or nothing because the
    // range starts past the end (416). The ETag is the content's SHA-256, quoted: the address is the
    // hash, so a resume with If-Range never splices two different contents.
    struct Download
    {
        int status = 200;
        qint64 first = 0;
        qint64 length = 0;
        qint64 size = 0;
        QByteArray etag;
    };
    // `range` and `ifRange` are the request's headers (empty when absent): a range is honoured
    // only when there is no If-Range or it names this content's ETag.
    std::variant<Download, ApiError> download(const UserAccount& user, const QString& sha256,
                                              const QByteArray& range, const QByteArray& ifRange);
    // The pieces of the `length` bytes of a download from `first`, each read when it is sent, on
    // the thread that sends it (with that thread's connection to `conninfo`).
    static std::function<std::optional<QByteArray>(qint64 sent)>
    reader(const QString& conninfo, const QString& sha256, qint64 first, qint64 length);
    static QByteArray etag(const QString& sha256);

private:
    std::optional<ApiError> check(const UserAccount& user, const QString& sha256);
    PgConnection& m_db;
};

} // namespace danhgia::server
