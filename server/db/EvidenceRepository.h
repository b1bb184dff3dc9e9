#pragma once

#include "PgConnection.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace danhgia::server {

// Every statement on evidence content: uploads (size, committed offset, complete) and their
// chunks, kept in PostgreSQL so that any server process can continue an upload.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(PgConnection& db)
        : m_db(db)
    { }

    struct Upload
    {
        bool exists = false;
        qint64 size = 0;
        qint64 committed = 0;
        bool complete = false;
    };

    std::optional<Upload> find(const QString& sha256, QString* error);
    // The upload, created with `size` when absent, locked for the transaction.
    std::optional<Upload> lockOrCreate(const QString& sha256, qint64 size, QString* error);
    bool appendChunk(const QString& sha256, qint64 offset, const QByteArray& data, QString* error);
    bool markComplete(const QString& sha256, QString* error);
    bool remove(const QString& sha256, QString* error);
    // At most `length` bytes of the content from `offset`, read from the one chunk that holds that
    // byte (never the whole content); empty when no chunk holds it.
    std::optional<QByteArray> piece(const QString& sha256, qint64 offset, qint64 length, QString* error);

private:
    PgConnection& m_db;
};

} // namespace danhgia::server
