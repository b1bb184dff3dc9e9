#include "credentials/AccountSignIn.h"

#include "database/Database.h"
#include "sync/ServerLinkStore.h"

namespace danhgia {

AccountSignIn::AccountSignIn(Database& db, const QUrl& server, const QString& login,
                             const ServerConnection::Options& options, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_server(server)
    , m_login(login.trimmed())
    , m_caCertificate(options.caCertificate)
    , m_connection(server, options)
{
    connect(&m_connection, &ServerConnection::refreshTokenChanged, this, &AccountSignIn::keepToken);
}

AccountSignIn::Outcome AccountSignIn::failure(Outcome outcome, const QString& message)
{
    m_message = message;
    return outcome;
}

AccountSignIn::Outcome AccountSignIn::resume()
{
    const TokenVault::Result stored = m_vault.read(m_server, m_login);
    if (stored.status == TokenVault::Status::Unavailable) {
        m_keychainProblem = stored.reason;
        return failure(
            Outcome::NeedsPassword,
            tr("The sign-in cannot be kept on this computer: %1 The password is asked at each sign-in.")
                .arg(stored.reason));
    }
    if (stored.status == TokenVault::Status::NotFound || stored.token.isEmpty()) {
        return failure(Outcome::NeedsPassword, tr("No saved sign-in for %1 on this computer.").arg(m_login));
    }
    QString error;
    if (!m_connection.resume(m_login, stored.token, &error)) {
        if (m_connection.lastStatus() == 0 || m_connection.lastStatus() >= 500) {
            return failure(Outcome::Unreachable, error);
        }
        // Expired, revoked or used up: it will never work again.
        m_vault.remove(m_server, m_login);
        return failure(Outcome::NeedsPassword, error);
    }
    return finish();
}

AccountSignIn::Outcome AccountSignIn::signIn(const QString& password)
{
    QString error;
    if (!m_connection.signIn(m_login, password, &error)) {
        const int status = m_connection.lastStatus();
        return failure(status == 0 || status >= 500 ? Outcome::Unreachable : Outcome::Refused, error);
    }
    return finish();
}

// Signed in: the account read and recorded as the database's link.
AccountSignIn::Outcome AccountSignIn::finish()
{
    QString error;
    m_account = m_connection.account(&error);
    if (!m_account) {
        return failure(m_connection.lastStatus() == 0 ? Outcome::Unreachable : Outcome::Failed, error);
    }
    ServerLinkStore::Link link;
    link.serverUrl = m_server.toString();
    link.caCertificate = m_caCertificate;
    link.account = *m_account;
    if (!ServerLinkStore::save(m_db.connection(), link, &error)) {
        return failure(Outcome::Failed, error);
    }
    m_message.clear();
    return Outcome::SignedIn;
}

// A new refresh token: into the keychain now, the old one is used up. Once signed in, each
// rotation also extends the offline use of the database's account to the new token's end.
void AccountSignIn::keepToken()
{
    if (m_account && m_connection.refreshExpires().isValid()) {
        QString error;
        if (ServerLinkStore::extendOfflineUse(m_db.connection(), m_account->login,
                                              m_connection.refreshExpires(), &error)) {
            m_account->offlineUntil = m_connection.refreshExpires().toUTC();
        }
    }
    if (!m_keychainProblem.isEmpty()) {
        return;
    }
    const TokenVault::Result stored = m_vault.store(m_server, m_login, m_connection.refreshToken());
    if (!stored.ok()) {
        m_keychainProblem = stored.reason;
    }
}

bool AccountSignIn::signOut(QString* error)
{
    bool revoked = true;
    if (!m_connection.isSignedIn()) {
        const TokenVault::Result stored = m_vault.read(m_server, m_login);
        if (stored.ok() && !stored.token.isEmpty()) {
            QString refused;
            if (!m_connection.resume(m_login, stored.token, &refused)) {
                // Refused: the session is over already. Not reached: it stays open on the server.
                revoked = m_connection.lastStatus() != 0 && m_connection.lastStatus() < 500;
                if (!revoked) {
                    *error = refused;
                }
            }
        } else if (stored.status == TokenVault::Status::Unavailable) {
            m_keychainProblem = stored.reason;
        }
    }
    if (m_connection.isSignedIn() && !m_connection.signOut(error)) {
        revoked = false;
    }
    m_keychainProblem.clear(); // the rotated token of the resume above is deleted below
    const TokenVault::Result removed = m_vault.remove(m_server, m_login);
    if (!removed.ok()) {
        m_keychainProblem = removed.reason;
    }
    QString linkError;
    const auto link = ServerLinkStore::read(m_db.connection(), &linkError);
    if (link && link->account.login.compare(m_login, Qt::CaseInsensitive) == 0
        && !ServerLinkStore::endOfflineUse(m_db.connection(), &linkError)) {
        *error = linkError;
        return false;
    }
    m_account.reset();
    return revoked;
}

} // namespace danhgia
