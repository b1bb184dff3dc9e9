#include "PullService.h"

#include "RecordRepository.h"

namespace danhgia::server {

std::variant<QByteArray, ApiError> PullService::changes(const UserAccount& user, qint64 since, int limit)
{
    limit = limit <= 0 ? m_limit : std::min(limit, m_limit);
    std::variant<QByteArray, ApiError> answer = ApiErrors::internal();
    QString failure;
    RecordRepository records(m_db);
    const bool ok = m_db.transaction(
        [&](QString* e) {
            const auto horizon = records.tombstoneHorizon(e);
            const auto counter = horizon ? records.counter(e) : std::nullopt;
            if (!counter) {
                return false;
            }
            if (since > 0 && since < *horizon) {
                answer = ApiErrors::resyncRequired(*horizon);
                return true;
            }
            const auto page = records.changesSince(since, user.visibleUnits, limit, e);
            if (!page) {
                return false;
            }
            const bool more = page->size() == limit;
            const qint64 next = more ? page->last().version : std::max(*counter, since);
            QByteArray body;
            body.reserve(256 + page->size() * 256);
            body += "{\"changes\":[";
            for (int i = 0; i < page->size(); ++i) {
                const RecordRepository::Change& c = page->at(i);
                if (i > 0) {
                    body += ',';
                }
                body += "{\"entity\":\"" + c.entity.toLatin1() + "\",\"uuid\":\"" + c.uuid.toLatin1()
                    + "\",\"version\":" + QByteArray::number(c.version)
                    + ",\"deleted\":" + (c.deleted ? "true" : "false")
                    + ",\"data\":" + (c.deleted || c.data.isEmpty() ? QByteArray("null") : c.data) + '}';
            }
            body += "],\"next\":" + QByteArray::number(next) + ",\"more\":" + (more ? "true" : "false")
                + ",\"server_version\":" + QByteArray::number(*counter) + '}';
            answer = body;
            return true;
        },
        &failure, "REPEATABLE READ");
    if (!ok) {
        qWarning("pull failed: %s", qUtf8Printable(failure));
        return ApiErrors::unavailable();
    }
    return answer;
}

} // namespace danhgia::server
