#include "EvidenceService.h"

#include "ByteRange.h"
#include "EvidenceRepository.h"
#include "RecordRepository.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace danhgia::server {

namespace {

// The bytes of a download read from the database at a time: the most it holds in memory.
constexpr qint64 PieceSize = qint64(256) * 1024;

QJsonObject describe(const QString& sha256, const EvidenceRepository::Upload& upload)
{
    return {{QStringLiteral("sha256"), sha256},
            {QStringLiteral("size"), upload.size},
            {QStringLiteral("committed"), upload.committed},
            {QStringLiteral("complete"), upload.complete}};
}

} // namespace

std::optional<ApiError> EvidenceService::check(const UserAccount& user, const QString& sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch()) {
        return ApiErrors::invalidField(QStringLiteral("sha256"), tr("64 lower-case hexadecimal digits"));
    }
    RecordRepository records(m_db);
    QString error;
    const auto scopes = records.evidenceScopes(sha256, &error);
    if (!scopes) {
        return ApiErrors::unavailable();
    }
    for (const QString& unit : *scopes) {
        if (user.sees(unit)) {
            return std::nullopt;
        }
    }
    return ApiErrors::notFound();
}

std::variant<QJsonObject, ApiError> EvidenceService::status(const UserAccount& user, const QString& sha256)
{
    if (const auto error = check(user, sha256)) {
        return *error;
    }
    EvidenceRepository evidence(m_db);
    QString error;
    const auto upload = evidence.find(sha256, &error);
    if (!upload) {
        return ApiErrors::unavailable();
    }
    return describe(sha256, *upload);
}

std::variant<QJsonObject, ApiError> EvidenceService::upload(const UserAccount& user, const QString& sha256,
                                                            qint64 offset, qint64 size,
                                                            const QByteArray& data)
{
    if (const auto error = check(user, sha256)) {
        return *error;
    }
    if (size < 0) {
        return ApiErrors::missingField(QStringLiteral("size"));
    }
    std::variant<QJsonObject, ApiError> answer = ApiErrors::internal();
    QString failure;
    EvidenceRepository evidence(m_db);
    const bool ok = m_db.transaction(
        [&](QString* e) {
            const auto upload = evidence.lockOrCreate(sha256, size, e);
            if (!upload) {
                return false;
            }
            if (upload->complete) {
                answer = describe(sha256, *upload);
                return true;
            }
            if (upload->size != size) {
                answer = ApiErrors::invalidField(
                    QStringLiteral("size"), tr("the upload was started with %1 bytes").arg(upload->size));
                return true;
            }
            if (offset != upload->committed) {
                answer = ApiErrors::offsetMismatch(upload->committed);
                return true;
            }
            if (offset + data.size() > size) {
                answer = ApiErrors::invalidField(QStringLiteral("offset"),
                                                 tr("the part goes past the end of the file"));
                return true;
            }
            if (!data.isEmpty() && !evidence.appendChunk(sha256, offset, data, e)) {
                return false;
            }
            EvidenceRepository::Upload now = *upload;
            now.committed = offset + data.size();
            if (now.committed == size) {
                // Hashed piece by piece: the content is never whole in memory.
                QCryptographicHash hash(QCryptographicHash::Sha256);
                for (qint64 at = 0; at < size;) {
                    const auto piece = evidence.piece(sha256, at, PieceSize, e);
                    if (!piece) {
                        return false;
                    }
                    if (piece->isEmpty()) {
                        break; // a hole: the hash below differs and the upload is thrown away
                    }
                    hash.addData(*piece);
                    at += piece->size();
                }
                const QString actual = QString::fromLatin1(hash.result().toHex());
                if (actual != sha256) {
                    if (!evidence.remove(sha256, e)) {
                        return false;
                    }
                    answer = ApiErrors::hashMismatch(sha256, actual);
                    return true;
                }
                if (!evidence.markComplete(sha256, e)) {
                    return false;
                }
                now.complete = true;
            }
            answer = describe(sha256, now);
            return true;
        },
        &failure);
    if (!ok) {
        qWarning("evidence upload failed: %s", qUtf8Printable(failure));
        return ApiErrors::unavailable();
    }
    return answer;
}

std::variant<EvidenceService::Download, ApiError> EvidenceService::download(const UserAccount& user,
                                                                            const QString& sha256,
                                                                            const QByteArray& range,
                                                                            const QByteArray& ifRange)
{
    if (const auto error = check(user, sha256)) {
        return *error;
    }
    EvidenceRepository evidence(m_db);
    QString error;
    const auto upload = evidence.find(sha256, &error);
    if (!upload) {
        return ApiErrors::unavailable();
    }
    if (!upload->complete) {
        return ApiErrors::notFound();
    }
    Download answer;
    answer.size = upload->size;
    answer.length = upload->size;
    answer.etag = etag(sha256);
    const auto asked = ByteRange::parse(range);
    // If-Range names the content the client's part came from: another one gets the whole file.
    if (!asked || (!ifRange.isEmpty() && ifRange.trimmed() != answer.etag)) {
        return answer;
    }
    if (!asked->satisfiable(upload->size)) {
        answer.status = 416;
        answer.length = 0;
        return answer;
    }
    answer.status = 206;
    answer.first = asked->first();
    answer.length = asked->last(upload->size) - asked->first() + 1;
    return answer;
}

std::function<std::optional<QByteArray>(qint64)>
EvidenceService::reader(const QString& conninfo, const QString& sha256, qint64 first, qint64 length)
{
    return [conninfo, sha256, first, length](qint64 sent) -> std::optional<QByteArray> {
        PgConnection& db = PgConnection::forThisThread(conninfo);
        QString error;
        if (!db.ensureOpen(&error)) {
            qWarning("evidence download: %s", qUtf8Printable(error));
            return std::nullopt;
        }
        EvidenceRepository evidence(db);
        const auto piece = evidence.piece(sha256, first + sent, std::min(PieceSize, length - sent), &error);
        if (!piece) {
            qWarning("evidence download: %s", qUtf8Printable(error));
        }
        return piece;
    };
}

QByteArray EvidenceService::etag(const QString& sha256)
{
    return '"' + sha256.toLatin1() + '"';
}

} // namespace danhgia::server
