#include "sync/EvidenceTransferState.h"

#include "database/Database.h"
#include "stores/EvidenceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

bool runTransfer(QSqlQuery& query, QString* error)
{
    if (!query.exec()) {
        *error = EvidenceTransferState::tr("cannot read or write the state of the evidence transfers: %1")
                     .arg(query.lastError().text());
        return false;
    }
    return true;
}

bool contentIsHere(const Database& db, const QString& sha256, qint64 size)
{
    const QFileInfo stored(EvidenceStore::blobPath(db, sha256));
    return stored.isFile() && stored.size() == size;
}

std::optional<QList<EvidenceTransferState::File>> files(QSqlQuery& query, QString* error)
{
    if (!runTransfer(query, error)) {
        return std::nullopt;
    }
    QList<EvidenceTransferState::File> list;
    QSet<QString> seen;
    while (query.next()) {
        const QString sha256 = query.value(0).toString();
        if (!seen.contains(sha256)) {
            seen.insert(sha256);
            list.append({sha256, query.value(1).toLongLong(), query.value(2).toString()});
        }
    }
    return list;
}

} // namespace

QString EvidenceTransferState::directionName(Direction direction)
{
    return direction == Direction::Upload ? QStringLiteral("upload") : QStringLiteral("download");
}

std::optional<QList<EvidenceTransferState::File>> EvidenceTransferState::uploadsDue(Database& db,
                                                                                    QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT e.sha256, e.size, e.original_name FROM evidence_files e JOIN outbox o ON o.entity = "
        "'evidence_files' AND o.uuid = e.uuid AND o.operation = 'insert' JOIN outbox_outcomes r ON "
        "r.outbox_id = o.id AND r.status = 'applied' WHERE NOT EXISTS (SELECT 1 FROM evidence_transfers t "
        "WHERE t.sha256 = e.sha256 AND t.direction = 'upload' AND t.done = 1) ORDER BY e.id"));
    auto list = files(query, error);
    if (!list) {
        return std::nullopt;
    }
    // Only what is here can be sent (a row linked to content never stored here has none).
    QList<File> here;
    for (const File& file : std::as_const(*list)) {
        if (contentIsHere(db, file.sha256, file.size)) {
            here.append(file);
        }
    }
    return here;
}

std::optional<QList<EvidenceTransferState::File>> EvidenceTransferState::downloadsDue(Database& db,
                                                                                      QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT sha256, size, original_name FROM evidence_files WHERE server_version "
                       "IS NOT NULL ORDER BY id"));
    auto list = files(query, error);
    if (!list) {
        return std::nullopt;
    }
    QList<File> missing;
    for (const File& file : std::as_const(*list)) {
        if (!contentIsHere(db, file.sha256, file.size)) {
            missing.append(file);
        }
    }
    return missing;
}

std::optional<EvidenceTransferState::File>
EvidenceTransferState::missingContent(Database& db, qint64 evidenceId, QString* error)
{
    const auto record = EvidenceStore::find(db, evidenceId, error);
    if (!record) {
        return std::nullopt;
    }
    error->clear();
    if (contentIsHere(db, record->sha256, record->size)) {
        return std::nullopt;
    }
    return File{record->sha256, record->size, record->originalName};
}

bool EvidenceTransferState::markDone(Database& db, const QString& sha256, Direction direction, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO evidence_transfers (sha256, direction, done, last_error) VALUES (?,?,1,'') "
        "ON CONFLICT (sha256, direction) DO UPDATE SET done = 1, last_error = '', "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"));
    query.addBindValue(sha256);
    query.addBindValue(directionName(direction));
    return runTransfer(query, error);
}

bool EvidenceTransferState::recordFailure(Database& db, const QString& sha256, Direction direction,
                                          const QString& message, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO evidence_transfers (sha256, direction, done, attempts, last_error) VALUES (?,?,0,1,?) "
        "ON CONFLICT (sha256, direction) DO UPDATE SET done = 0, attempts = attempts + 1, "
        "last_error = excluded.last_error, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"));
    query.addBindValue(sha256);
    query.addBindValue(directionName(direction));
    query.addBindValue(message);
    return runTransfer(query, error);
}

std::optional<EvidenceTransferState::Attempts>
EvidenceTransferState::attempts(Database& db, const QString& sha256, Direction direction, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT done, attempts, last_error FROM evidence_transfers WHERE sha256 = ? "
                                 "AND direction = ?"));
    query.addBindValue(sha256);
    query.addBindValue(directionName(direction));
    if (!runTransfer(query, error)) {
        return std::nullopt;
    }
    Attempts result;
    if (query.next()) {
        result.done = query.value(0).toInt() == 1;
        result.attempts = query.value(1).toInt();
        result.lastError = query.value(2).toString();
    }
    return result;
}

std::optional<QByteArray> EvidenceTransferState::readPart(Database& db, const File& file, qint64 offset,
                                                          qint64 length, QString* error)
{
    QFile stored(EvidenceStore::blobPath(db, file.sha256));
    if (!stored.open(QIODevice::ReadOnly) || !stored.seek(offset)) {
        *error = tr("cannot read the stored copy of \"%1\" (%2): %3")
                     .arg(file.name, QDir::toNativeSeparators(stored.fileName()), stored.errorString());
        return std::nullopt;
    }
    const QByteArray part = stored.read(length);
    if (part.size() != std::min(length, file.size - offset)) {
        *error = tr("the stored copy of \"%1\" is shorter than its %2 bytes").arg(file.name).arg(file.size);
        return std::nullopt;
    }
    return part;
}

} // namespace danhgia
