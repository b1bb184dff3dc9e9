#pragma once

#include "PgConnection.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia::server {

// Every statement on accounts: users, their sessions (access and refresh tokens, stored only as
// SHA-256 hashes) and the counters of failed sign-ins.
class AccountRepository
{
public:
    explicit AccountRepository(PgConnection& db)
        : m_db(db)
    { }

    struct User
    {
        qint64 id = 0;
        QString login;
        QString unitUuid;
        QString roles; // "self_assessor,unit_head"
        QString passwordHash;
        bool disabled = false;
    };
    struct Session
    {
        qint64 id = 0;
        bool expired = false; // the access token's time is up
        User user;
    };

    std::optional<User> user(const QString& login, QString* error);
    std::optional<QList<User>> users(QString* error);
    bool addUser(const User& user, QString* error);
    // Disables the account and revokes every session of it; false when there is no such login.
    std::optional<bool> disableUser(const QString& login, QString* error);

    bool addSession(qint64 userId, const QByteArray& accessHash, int accessTtl, const QByteArray& refreshHash,
                    int refreshTtl, QString* error);
    // The session of an access token (revoked and disabled ones are not found).
    std::optional<Session> sessionByAccess(const QByteArray& accessHash, QString* error);
    // Replaces both tokens of the session of a valid refresh token and keeps the old refresh token
    // as spent; its user (id 0 when the token is not valid), or nothing on a database error.
    std::optional<User> rotate(const QByteArray& refreshHash, const QByteArray& accessHash, int accessTtl,
                               const QByteArray& newRefreshHash, int refreshTtl, QString* error);
    // A refresh token that a rotation used up, presented again, revokes its session: one of its
    // two holders is not the account's owner. True when it was such a token.
    std::optional<bool> revokeSpent(const QByteArray& refreshHash, QString* error);
    bool revokeSession(qint64 sessionId, QString* error);
    // Forgets sessions that can serve no more (revoked, or their refresh token expired); how many.
    std::optional<qint64> purgeSessions(QString* error);

    // Seconds the key stays locked (0: not locked).
    std::optional<qint64> lockedFor(const QString& key, QString* error);
    // Counts a failure; locks the key for `lockout` seconds when it reaches `limit` failures.
    bool recordFailure(const QString& key, int limit, int lockout, QString* error);
    bool clearFailures(const QString& key, QString* error);

private:
    PgConnection& m_db;
};

} // namespace danhgia::server
