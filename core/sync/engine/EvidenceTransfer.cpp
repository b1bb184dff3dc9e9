#include "engine/EvidenceTransfer.h"

#include "database/Database.h"
#include "network/ServerConnection.h"
#include "sync/EvidencePartial.h"

#include <algorithm>

namespace danhgia {

EvidenceTransfer::EvidenceTransfer(Database& db, ServerConnection& server, qint64 part)
    : m_db(db)
    , m_server(server)
    , m_part(std::max<qint64>(1, part))
{ }

bool EvidenceTransfer::uploadAll(SyncSummary* summary)
{
    QString error;
    const auto due = EvidenceTransferState::uploadsDue(m_db, &error);
    if (!due) {
        summary->error = error;
        return false;
    }
    for (const File& file : *due) {
        if (m_server.isCancelled()) {
            summary->cancelled = true;
            return false;
        }
        if (!settle(file, Direction::Upload, upload(file), summary)) {
            return false;
        }
    }
    return true;
}

bool EvidenceTransfer::downloadAll(SyncSummary* summary)
{
    QString error;
    const auto due = EvidenceTransferState::downloadsDue(m_db, &error);
    if (!due) {
        summary->error = error;
        return false;
    }
    for (const File& file : *due) {
        if (m_server.isCancelled()) {
            summary->cancelled = true;
            return false;
        }
        if (!settle(file, Direction::Download, download(file), summary)) {
            return false;
        }
    }
    return true;
}

bool EvidenceTransfer::fetch(qint64 evidenceId, QString* error)
{
    const auto missing = EvidenceTransferState::missingContent(m_db, evidenceId, error);
    if (!missing) {
        return error->isEmpty(); // here already, or the row cannot be read
    }
    // Few tries, so that nobody waits long for a server that is down; but a download that keeps
    // bringing bytes before the line drops goes on from where it stopped, as the sync's would.
    const int attempts = m_server.attempts();
    m_server.setAttempts(std::min(attempts, FetchAttempts));
    Outcome outcome;
    for (int round = 0; round < std::max(1, attempts); ++round) {
        const qint64 before = EvidencePartial(m_db, *missing).offset();
        outcome = download(*missing);
        if (outcome.failure.isEmpty() || EvidencePartial(m_db, *missing).offset() <= before) {
            break;
        }
    }
    m_server.setAttempts(attempts);
    SyncSummary summary;
    if (!settle(*missing, Direction::Download, outcome, &summary)) {
        *error = outcome.failure.isEmpty()
            ? summary.error
            : tr("The provincial server did not answer (%1). Open the file again once the server can be "
                 "reached; the next synchronisation also brings it.")
                  .arg(outcome.failure);
        return false;
    }
    if (!outcome.transferred) {
        *error = outcome.problem;
    }
    return outcome.transferred;
}

bool EvidenceTransfer::settle(const File& file, Direction direction, const Outcome& outcome,
                              SyncSummary* summary)
{
    if (!outcome.failure.isEmpty()) {
        summary->error = outcome.failure;
        return false;
    }
    QString error;
    const bool kept = outcome.problem.isEmpty()
        ? EvidenceTransferState::markDone(m_db, file.sha256, direction, &error)
        : EvidenceTransferState::recordFailure(m_db, file.sha256, direction, outcome.problem, &error);
    if (!kept) {
        summary->error = error;
        return false;
    }
    if (!outcome.problem.isEmpty()) {
        ++summary->filesFailed;
        summary->fileProblems.append(outcome.problem);
    } else if (outcome.transferred) {
        ++(direction == Direction::Upload ? summary->filesSent : summary->filesReceived);
    }
    return true;
}

EvidenceTransfer::Outcome EvidenceTransfer::upload(const File& file)
{
    Outcome outcome;
    const QString status = QStringLiteral("/api/v1/evidence/%1/upload").arg(file.sha256);
    ServerConnection::Reply reply = m_server.get(status);
    // Each round sends one part, or learns the committed offset again after a mismatch: bounded.
    const qint64 rounds = file.size / m_part + 8;
    for (qint64 round = 0; round < rounds; ++round) {
        if (reply.status == 0) {
            outcome.failure = reply.message; // no answer after the retries: the sync stops here
            return outcome;
        }
        if (!reply.ok()) {
            outcome.problem
                = tr("The evidence file \"%1\" could not be sent: %2").arg(file.name, reply.message);
            return outcome;
        }
        if (reply.json.value(QLatin1String("complete")).toBool()) {
            return outcome; // on the server already (sent by another database, or before)
        }
        const qint64 committed = reply.json.value(QLatin1String("committed")).toInteger();
        QString error;
        const auto part = EvidenceTransferState::readPart(m_db, file, committed, m_part, &error);
        if (!part) {
            outcome.problem = error;
            return outcome;
        }
        reply = m_server.put(QStringLiteral("/api/v1/evidence/%1/upload?offset=%2&size=%3")
                                 .arg(file.sha256)
                                 .arg(committed)
                                 .arg(file.size),
                             *part);
        if (reply.status == 409 && reply.code == QLatin1String("offset_mismatch")) {
            reply = m_server.get(status); // another part arrived meanwhile: go on from there
            continue;
        }
        if (reply.ok() && reply.json.value(QLatin1String("complete")).toBool()) {
            outcome.transferred = true;
            return outcome;
        }
    }
    outcome.problem
        = tr("The evidence file \"%1\" could not be sent: the server did not take its parts.").arg(file.name);
    return outcome;
}

EvidenceTransfer::Outcome EvidenceTransfer::download(const File& file)
{
    Outcome outcome;
    EvidencePartial partial(m_db, file);
    QString error;
    if (file.size > 0 && partial.offset() == file.size) {
        // All of it arrived before (the program stopped before checking it): checked now.
        if (partial.finish(&error)) {
            outcome.transferred = true;
            return outcome;
        }
    }
    ServerConnection::Sink sink;
    // Each attempt asks for what is not here yet, on the version of the file the kept bytes are of.
    sink.headers = [&partial] {
        QList<QPair<QByteArray, QByteArray>> headers;
        const qint64 offset = partial.offset();
        if (offset > 0) {
            headers.append(
                qMakePair(QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(offset) + '-'));
            headers.append(qMakePair(QByteArrayLiteral("If-Range"), partial.etag()));
        }
        return headers;
    };
    sink.begin = [&partial, &error](const ServerConnection::Reply& head) {
        const QByteArray etag = head.headers.value(QByteArrayLiteral("etag"));
        if (head.status != 206) {
            return partial.begin(0, etag, &error); // the whole file: from byte 0
        }
        // "bytes FIRST-LAST/SIZE"
        const QByteArray range = head.headers.value(QByteArrayLiteral("content-range"));
        const QByteArray first = range.mid(6, range.indexOf('-') - 6);
        return partial.begin(range.startsWith("bytes ") ? first.toLongLong() : -1, etag, &error);
    };
    sink.write = [&partial, &error](const QByteArray& bytes) { return partial.append(bytes, &error); };
    const ServerConnection::Reply reply
        = m_server.download(QStringLiteral("/api/v1/evidence/%1").arg(file.sha256), sink);
    if (reply.stopped) {
        partial.discard(); // the next attempt starts from byte 0
        outcome.problem = tr("The evidence file \"%1\" could not be downloaded: %2").arg(file.name, error);
        return outcome;
    }
    if (reply.status == 0) {
        outcome.failure = reply.message; // no answer after the retries: the sync stops here
        return outcome;
    }
    if (reply.status == 404) {
        outcome.problem
            = tr("The evidence file \"%1\" is not on the server yet; it will be downloaded when it is.")
                  .arg(file.name);
        return outcome;
    }
    if (!reply.ok()) {
        if (reply.status == 416) {
            partial.discard(); // the server's file is shorter than what is kept: start over
        }
        outcome.problem
            = tr("The evidence file \"%1\" could not be downloaded: %2").arg(file.name, reply.message);
        return outcome;
    }
    if (!partial.finish(&error)) {
        outcome.problem = error;
        return outcome;
    }
    outcome.transferred = true;
    return outcome;
}

} // namespace danhgia
