#include "EvidenceRepository.h"

namespace danhgia::server {

std::optional<EvidenceRepository::Upload> EvidenceRepository::find(const QString& sha256, QString* error)
{
    PgResult r = m_db.prepared("upload_find",
                               "SELECT size, committed, complete FROM evidence_uploads WHERE sha256 = $1",
                               {PgConnection::text(sha256)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    Upload upload;
    if (r.rows()) {
        upload = {true, r.integer(0, 0), r.integer(0, 1), r.boolean(0, 2)};
    }
    return upload;
}

std::optional<EvidenceRepository::Upload> EvidenceRepository::lockOrCreate(const QString& sha256, qint64 size,
                                                                           QString* error)
{
    PgResult insert = m_db.prepared(
        "upload_create", "INSERT INTO evidence_uploads (sha256, size) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        {PgConnection::text(sha256), PgConnection::number(size)});
    PgResult r = m_db.prepared(
        "upload_lock", "SELECT size, committed, complete FROM evidence_uploads WHERE sha256 = $1 FOR UPDATE",
        {PgConnection::text(sha256)});
    if (!insert.ok() || !r.ok() || r.rows() != 1) {
        *error = insert.ok() ? r.errorText() : insert.errorText();
        return std::nullopt;
    }
    return Upload{true, r.integer(0, 0), r.integer(0, 1), r.boolean(0, 2)};
}

bool EvidenceRepository::appendChunk(const QString& sha256, qint64 offset, const QByteArray& data,
                                     QString* error)
{
    PgResult chunk
        = m_db.prepared("chunk_add",
                        "INSERT INTO evidence_chunks (sha256, offset_bytes, data) VALUES ($1, $2, "
                        "decode($3, 'base64'))",
                        {PgConnection::text(sha256), PgConnection::number(offset), data.toBase64()});
    PgResult upload
        = m_db.prepared("upload_advance", "UPDATE evidence_uploads SET committed = $2 WHERE sha256 = $1",
                        {PgConnection::text(sha256), PgConnection::number(offset + data.size())});
    if (!chunk.ok() || !upload.ok()) {
        *error = chunk.ok() ? upload.errorText() : chunk.errorText();
        return false;
    }
    return true;
}

bool EvidenceRepository::markComplete(const QString& sha256, QString* error)
{
    PgResult r
        = m_db.prepared("upload_complete", "UPDATE evidence_uploads SET complete = true WHERE sha256 = $1",
                        {PgConnection::text(sha256)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

bool EvidenceRepository::remove(const QString& sha256, QString* error)
{
    PgResult r = m_db.prepared("upload_remove", "DELETE FROM evidence_uploads WHERE sha256 = $1",
                               {PgConnection::text(sha256)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

std::optional<QByteArray> EvidenceRepository::piece(const QString& sha256, qint64 offset, qint64 length,
                                                    QString* error)
{
    PgResult r = m_db.prepared(
        "chunk_piece",
        "SELECT encode(substring(data FROM ($2::bigint - offset_bytes + 1)::integer FOR $3::integer), "
        "'base64') FROM evidence_chunks WHERE sha256 = $1 AND offset_bytes <= $2::bigint AND offset_bytes "
        "+ length(data) > $2::bigint ORDER BY offset_bytes DESC LIMIT 1",
        {PgConnection::text(sha256), PgConnection::number(offset), PgConnection::number(length)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows() ? QByteArray::fromBase64(r.bytes(0, 0)) : QByteArray();
}

} // namespace danhgia::server
