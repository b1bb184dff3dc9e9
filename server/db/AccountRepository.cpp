#include "AccountRepository.h"

namespace danhgia::server {

namespace {

AccountRepository::User userFromRow(const PgResult& r, int row, int first = 0)
{
    return {r.integer(row, first),  r.text(row, first + 1), r.text(row, first + 2),
            r.text(row, first + 3), r.text(row, first + 4), r.boolean(row, first + 5)};
}

PgConnection::Param hex(const QByteArray& hash)
{
    return QByteArray("\\x") + hash.toHex();
}

} // namespace

std::optional<AccountRepository::User> AccountRepository::user(const QString& login, QString* error)
{
    PgResult r = m_db.prepared(
        "user_by_login",
        "SELECT id, login, unit_uuid, roles, password_hash, disabled FROM users WHERE login = $1",
        {PgConnection::text(login)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows() ? userFromRow(r, 0) : User();
}

std::optional<QList<AccountRepository::User>> AccountRepository::users(QString* error)
{
    PgResult r = m_db.exec("SELECT id, login, unit_uuid, roles, '', disabled FROM users ORDER BY login");
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    QList<User> list;
    for (int row = 0; row < r.rows(); ++row) {
        list.append(userFromRow(r, row));
    }
    return list;
}

bool AccountRepository::addUser(const User& user, QString* error)
{
    PgResult r = m_db.exec(
        "INSERT INTO users (login, unit_uuid, roles, password_hash) VALUES ($1, $2::uuid, $3, $4) "
        "ON CONFLICT (login) DO UPDATE SET unit_uuid = excluded.unit_uuid, roles = "
        "excluded.roles, password_hash = excluded.password_hash, disabled = false",
        {PgConnection::text(user.login), PgConnection::text(user.unitUuid), PgConnection::text(user.roles),
         PgConnection::text(user.passwordHash)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

std::optional<bool> AccountRepository::disableUser(const QString& login, QString* error)
{
    std::optional<bool> found;
    const bool ok = m_db.transaction(
        [&](QString* e) {
            PgResult r = m_db.exec("UPDATE users SET disabled = true WHERE login = $1 RETURNING id",
                                   {PgConnection::text(login)});
            if (!r.ok()) {
                *e = r.errorText();
                return false;
            }
            found = r.rows() > 0;
            if (*found) {
                PgResult s
                    = m_db.exec("UPDATE sessions SET revoked = true WHERE user_id = $1", {r.bytes(0, 0)});
                if (!s.ok()) {
                    *e = s.errorText();
                    return false;
                }
            }
            return true;
        },
        error);
    return ok ? found : std::nullopt;
}

bool AccountRepository::addSession(qint64 userId, const QByteArray& accessHash, int accessTtl,
                                   const QByteArray& refreshHash, int refreshTtl, QString* error)
{
    PgResult r = m_db.prepared(
        "session_add",
        "INSERT INTO sessions (user_id, access_hash, access_expires, refresh_hash, refresh_expires) VALUES "
        "($1, "
        "$2::bytea, now() + make_interval(secs => $3), $4::bytea, now() + make_interval(secs => $5))",
        {PgConnection::number(userId), hex(accessHash), PgConnection::number(accessTtl), hex(refreshHash),
         PgConnection::number(refreshTtl)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

std::optional<AccountRepository::Session> AccountRepository::sessionByAccess(const QByteArray& accessHash,
                                                                             QString* error)
{
    PgResult r = m_db.prepared(
        "session_by_access",
        "SELECT s.id, s.access_expires <= now(), u.id, u.login, u.unit_uuid, u.roles, '', u.disabled "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.access_hash = $1::bytea AND NOT s.revoked",
        {hex(accessHash)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    Session session;
    if (r.rows() == 0) {
        return session;
    }
    session.id = r.integer(0, 0);
    session.expired = r.boolean(0, 1);
    session.user = userFromRow(r, 0, 2);
    return session;
}

std::optional<AccountRepository::User> AccountRepository::rotate(const QByteArray& refreshHash,
                                                                 const QByteArray& accessHash, int accessTtl,
                                                                 const QByteArray& newRefreshHash,
                                                                 int refreshTtl, QString* error)
{
    // One statement: the session is locked, its old refresh token kept as spent, both tokens replaced.
    // Two refreshes with the same token at once: the second finds the token spent.
    PgResult r = m_db.prepared(
        "session_rotate",
        "WITH old AS (SELECT s.id, s.refresh_hash FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.refresh_hash = $1::bytea AND NOT s.revoked AND s.refresh_expires > now() AND NOT "
        "u.disabled FOR UPDATE OF s), "
        "spent AS (INSERT INTO spent_refresh_tokens (refresh_hash, session_id) SELECT refresh_hash, id FROM "
        "old), "
        "rotated AS (UPDATE sessions s SET access_hash = $2::bytea, access_expires = now() + "
        "make_interval(secs => $3), refresh_hash = $4::bytea, refresh_expires = now() + make_interval(secs "
        "=> $5) FROM old WHERE s.id = old.id RETURNING s.user_id) "
        "SELECT u.id, u.login, u.unit_uuid, u.roles, '', u.disabled FROM rotated JOIN users u ON u.id = "
        "rotated.user_id",
        {hex(refreshHash), hex(accessHash), PgConnection::number(accessTtl), hex(newRefreshHash),
         PgConnection::number(refreshTtl)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows() ? userFromRow(r, 0) : User();
}

std::optional<bool> AccountRepository::revokeSpent(const QByteArray& refreshHash, QString* error)
{
    PgResult r = m_db.prepared("session_revoke_spent",
                               "UPDATE sessions SET revoked = true WHERE id = (SELECT session_id FROM "
                               "spent_refresh_tokens WHERE refresh_hash = $1::bytea) RETURNING id",
                               {hex(refreshHash)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows() > 0;
}

std::optional<qint64> AccountRepository::purgeSessions(QString* error)
{
    PgResult r = m_db.exec("DELETE FROM sessions WHERE revoked OR refresh_expires < now() RETURNING id");
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows();
}

bool AccountRepository::revokeSession(qint64 sessionId, QString* error)
{
    PgResult r = m_db.prepared("session_revoke", "UPDATE sessions SET revoked = true WHERE id = $1",
                               {PgConnection::number(sessionId)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

std::optional<qint64> AccountRepository::lockedFor(const QString& key, QString* error)
{
    PgResult r
        = m_db.prepared("throttle_read",
                        "SELECT GREATEST(0, ceil(extract(epoch FROM locked_until - now())))::bigint FROM "
                        "sign_in_failures WHERE key = $1 AND locked_until > now()",
                        {PgConnection::text(key)});
    if (!r.ok()) {
        *error = r.errorText();
        return std::nullopt;
    }
    return r.rows() ? r.integer(0, 0) : 0;
}

bool AccountRepository::recordFailure(const QString& key, int limit, int lockout, QString* error)
{
    // Failures count within a window as long as the lock; a new window starts after it.
    PgResult r = m_db.prepared(
        "throttle_fail",
        "INSERT INTO sign_in_failures AS f (key, failures, first_at) VALUES ($1, 1, now()) "
        "ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN f.first_at < now() - make_interval(secs => $3) "
        "THEN 1 ELSE f.failures + 1 END, first_at = CASE WHEN f.first_at < now() - make_interval(secs => $3) "
        "THEN now() ELSE f.first_at END, locked_until = CASE WHEN (CASE WHEN f.first_at < now() - "
        "make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END) >= $2 THEN now() + make_interval(secs => "
        "$3) "
        "ELSE f.locked_until END",
        {PgConnection::text(key), PgConnection::number(limit), PgConnection::number(lockout)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

bool AccountRepository::clearFailures(const QString& key, QString* error)
{
    PgResult r = m_db.prepared("throttle_clear", "DELETE FROM sign_in_failures WHERE key = $1",
                               {PgConnection::text(key)});
    if (!r.ok()) {
        *error = r.errorText();
        return false;
    }
    return true;
}

} // namespace danhgia::server
