#pragma once

#include "credentials/TokenVault.h"
#include "network/ServerConnection.h"
#include "workflow/ServerAccount.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace danhgia {

class Database;

// Who signs in to the provincial server for a database, for the CLI and the app alike: first with
// the refresh token kept in the keychain (no password), else with login and password; every
// rotated refresh token goes back to the keychain at once; the signed-in account (/api/v1/me) is
// recorded as the database's link (sync/ServerLinkStore), so that who the user is comes from the
// account, offline too. Sign-out revokes the session on the server, deletes the token from the
// keychain and ends offline use. Without a usable keychain nothing is kept and keychainProblem()
// says why; the password is then asked each time. No token is ever written anywhere else.
class AccountSignIn : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        SignedIn,
        NeedsPassword, // no token in the keychain, no usable keychain, or the token was refused
        Refused, // the server refused the login and password (message(): its reason)
        Unreachable, // the server could not be reached or failed: try again later
        Failed, // the account could not be read or recorded
    };

    AccountSignIn(Database& db, const QUrl& server, const QString& login,
                  const ServerConnection::Options& options = {}, QObject* parent = nullptr);

    Outcome resume();
    Outcome signIn(const QString& password);
    // True when the session is revoked (or was over already) and the token deleted; false with the
    // reason in `error` when the server could not be reached: the token is deleted all the same.
    bool signOut(QString* error);

    ServerConnection& connection() { return m_connection; }
    const QUrl& server() const { return m_server; }
    const QString& login() const { return m_login; }
    const std::optional<ServerAccount>& account() const { return m_account; }
    QString message() const { return m_message; } // why the last step did not sign in
    QString keychainProblem() const { return m_keychainProblem; } // empty: the keychain works

private:
    Outcome finish();
    void keepToken();
    Outcome failure(Outcome outcome, const QString& message);

    Database& m_db;
    QUrl m_server;
    QString m_login;
    QString m_caCertificate;
    TokenVault m_vault;
    ServerConnection m_connection;
    std::optional<ServerAccount> m_account;
    QString m_message;
    QString m_keychainProblem;
};

} // namespace danhgia
