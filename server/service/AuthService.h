#pragma once

#include "AccountRepository.h"
#include "ApiError.h"
#include "ServerConfig.h"
#include "UserAccount.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <variant>

namespace danhgia::server {

// Sign-in, token refresh and sign-out, and the account behind a bearer token. Failed sign-ins
// are counted per login and per address (in the database, so every server process sees them);
// past the limit the key is locked for a while and sign-in answers 429 even with the right
// password. A refresh rotates both tokens; a refresh token presented after it was used up
// revokes its session (reuse detection), as do sign-out and disabling the account.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(PgConnection& db, const ServerConfig& config)
        : m_db(db)
        , m_config(config)
    { }

    std::variant<QJsonObject, ApiError> signIn(const QJsonObject& body, const QString& address);
    std::variant<QJsonObject, ApiError> refresh(const QJsonObject& body);
    std::optional<ApiError> signOut(const UserAccount& user);
    // The account of "Authorization: Bearer <token>", with its roles and visible units.
    std::variant<UserAccount, ApiError> authenticate(const QByteArray& authorization);
    // The account as GET /api/v1/me and sign-in describe it.
    static QJsonObject describe(const UserAccount& user, const QString& unitCode, const QString& unitName);

private:
    std::variant<QJsonObject, ApiError> issue(const AccountRepository::User& user);
    std::variant<UserAccount, ApiError> account(const AccountRepository::User& user);

    PgConnection& m_db;
    const ServerConfig& m_config;
};

} // namespace danhgia::server
