#include "AuthService.h"

#include "RecordRepository.h"
#include "Secrets.h"

#include <QJsonArray>

namespace danhgia::server {

std::variant<QJsonObject, ApiError> AuthService::signIn(const QJsonObject& body, const QString& address)
{
    const QString login = body.value(QStringLiteral("login")).toString().trimmed();
    const QByteArray password = body.value(QStringLiteral("password")).toString().toUtf8();
    if (login.isEmpty()) {
        return ApiErrors::missingField(QStringLiteral("login"));
    }
    if (password.isEmpty()) {
        return ApiErrors::missingField(QStringLiteral("password"));
    }
    AccountRepository accounts(m_db);
    QString error;
    const QString loginKey = QStringLiteral("login:") + login.toLower();
    const QString addressKey = QStringLiteral("address:") + address;
    for (const QString& key : {loginKey, addressKey}) {
        const auto locked = accounts.lockedFor(key, &error);
        if (!locked) {
            return ApiErrors::unavailable();
        }
        if (*locked > 0) {
            return ApiErrors::tooManyAttempts(*locked);
        }
    }
    const auto user = accounts.user(login, &error);
    if (!user) {
        return ApiErrors::unavailable();
    }
    // The hash is checked even for an unknown login, so that timing does not tell which exist.
    static const QString decoy = Secrets::hashPassword(QByteArrayLiteral("decoy")).value_or(QString());
    const bool good = Secrets::verifyPassword(user->id ? user->passwordHash : decoy, password);
    if (!good || !user->id || user->disabled) {
        if (!accounts.recordFailure(loginKey, m_config.accountFailures, m_config.lockoutSeconds, &error)
            || !accounts.recordFailure(addressKey, m_config.addressFailures, m_config.lockoutSeconds,
                                       &error)) {
            return ApiErrors::unavailable();
        }
        return ApiErrors::badCredentials();
    }
    accounts.clearFailures(loginKey, &error);
    return issue(*user);
}

std::variant<QJsonObject, ApiError> AuthService::refresh(const QJsonObject& body)
{
    const QByteArray token = body.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (token.isEmpty()) {
        return ApiErrors::missingField(QStringLiteral("refresh_token"));
    }
    AccountRepository accounts(m_db);
    const QByteArray access = Secrets::newToken();
    const QByteArray refresh = Secrets::newToken();
    QString error;
    const auto user
        = accounts.rotate(Secrets::tokenHash(token), Secrets::tokenHash(access), m_config.accessTtl,
                          Secrets::tokenHash(refresh), m_config.refreshTtl, &error);
    if (!user) {
        return ApiErrors::unavailable();
    }
    if (!user->id) {
        // A used-up token presented again: whoever holds the session now may not be its owner, so
        // the session ends for both (the owner signs in again).
        if (!accounts.revokeSpent(Secrets::tokenHash(token), &error)) {
            return ApiErrors::unavailable();
        }
        return ApiErrors::refreshInvalid();
    }
    auto described = account(*user);
    if (auto* failure = std::get_if<ApiError>(&described)) {
        return *failure;
    }
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_config.accessTtl},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                       {QStringLiteral("refresh_expires_in"), m_config.refreshTtl}};
}

std::variant<QJsonObject, ApiError> AuthService::issue(const AccountRepository::User& user)
{
    const QByteArray access = Secrets::newToken();
    const QByteArray refresh = Secrets::newToken();
    AccountRepository accounts(m_db);
    QString error;
    if (!accounts.addSession(user.id, Secrets::tokenHash(access), m_config.accessTtl,
                             Secrets::tokenHash(refresh), m_config.refreshTtl, &error)) {
        return ApiErrors::unavailable();
    }
    auto described = account(user);
    if (auto* failure = std::get_if<ApiError>(&described)) {
        return *failure;
    }
    RecordRepository records(m_db);
    const auto units = records.units(&error);
    const UserAccount& signedIn = std::get<UserAccount>(described);
    const UnitDirectory::Unit* unit = units ? units->find(signedIn.unitUuid) : nullptr;
    return QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_config.accessTtl},
                       {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                       {QStringLiteral("refresh_expires_in"), m_config.refreshTtl},
                       {QStringLiteral("user"),
                        describe(signedIn, unit ? unit->code : QString(), unit ? unit->name : QString())}};
}

std::optional<ApiError> AuthService::signOut(const UserAccount& user)
{
    AccountRepository accounts(m_db);
    QString error;
    if (!accounts.revokeSession(user.sessionId, &error)) {
        return ApiErrors::unavailable();
    }
    return std::nullopt;
}

std::variant<UserAccount, ApiError> AuthService::authenticate(const QByteArray& authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() < 20) {
        return ApiErrors::unauthenticated();
    }
    const QByteArray token = authorization.mid(7).trimmed();
    AccountRepository accounts(m_db);
    QString error;
    const auto session = accounts.sessionByAccess(Secrets::tokenHash(token), &error);
    if (!session) {
        return ApiErrors::unavailable();
    }
    if (!session->id || session->user.disabled) {
        return ApiErrors::unauthenticated();
    }
    if (session->expired) {
        return ApiErrors::tokenExpired();
    }
    auto described = account(session->user);
    if (auto* user = std::get_if<UserAccount>(&described)) {
        user->sessionId = session->id;
    }
    return described;
}

std::variant<UserAccount, ApiError> AuthService::account(const AccountRepository::User& user)
{
    RecordRepository records(m_db);
    QString error;
    const auto units = records.units(&error);
    if (!units) {
        return ApiErrors::unavailable();
    }
    UserAccount account;
    account.id = user.id;
    account.login = user.login;
    account.unitUuid = user.unitUuid;
    for (const QString& name : user.roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = danhgia::Roles::fromName(name.trimmed())) {
            account.roles.append(*role);
        }
    }
    account.provincial = units->isProvincial(user.unitUuid);
    account.visibleUnits = units->subtree(user.unitUuid);
    return account;
}

QJsonObject AuthService::describe(const UserAccount& user, const QString& unitCode, const QString& unitName)
{
    QJsonArray roles;
    for (const danhgia::Role role : user.roles) {
        roles.append(danhgia::Roles::name(role));
    }
    return {{QStringLiteral("login"), user.login},
            {QStringLiteral("unit"),
             QJsonObject{{QStringLiteral("uuid"), user.unitUuid},
                         {QStringLiteral("code"), unitCode},
                         {QStringLiteral("name"), unitName}}},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("provincial"), user.provincial}};
}

} // namespace danhgia::server
