#pragma once

#include "ApiError.h"
#include "PgConnection.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <variant>

namespace danhgia::server {

// Evidence content, addressed by its SHA-256: a resumable upload in chunks (ask the committed
// offset, send from there; the hash is checked when the last byte arrives and a mismatch throws the
// upload away), and the download. Only an account that sees a sheet whose evidence row names the
// hash may upload, ask or download; for any other the content does not exist (404).
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
    std::variant<QByteArray, ApiError> download(const UserAccount& user, const QString& sha256);

private:
    std::optional<ApiError> check(const UserAccount& user, const QString& sha256);
    PgConnection& m_db;
};

} // namespace danhgia::server
