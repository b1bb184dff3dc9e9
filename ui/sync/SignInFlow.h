#pragma once

#include "credentials/AccountSignIn.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QWidget;

namespace danhgia::ui {

class AppSession;

// The app's sign-in to the provincial server, for the sync controller and the menu: a signed-in
// connection for the open database, resumed silently from the keychain's saved sign-in when there
// is one, else through the sign-in dialog; sign-out. The server is the database's link, else the
// address of the settings; the settings' CA certificate is pinned. After a sign-in or sign-out the
// session reads the account again (who the user is). The connection belongs to this flow and ends
// when another database is opened.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    explicit SignInFlow(AppSession& session, QObject* parent = nullptr);
    ~SignInFlow() override;

    // A signed-in connection, or nullptr when the user cancelled or nothing can sign in (no
    // database, no server address: said in a dialog).
    ServerConnection* ensureSignedIn(QWidget* parent);
    // With the keychain's saved sign-in only, no dialog; false with why in notice().
    bool resume();
    // Revokes the session on the server and deletes the saved sign-in; false with why in `error`.
    bool signOut(QString* error);

    ServerConnection* connection() const;
    bool isSignedIn() const { return connection() != nullptr; }
    // What the user should know after the last step (the keychain cannot be used, the server
    // did not answer), for the status bar; empty when all went well.
    QString notice() const { return m_notice; }

    // The server to sign in to: the database's link, else the settings'; nullopt with why.
    std::optional<QUrl> server(QString* error) const;

Q_SIGNALS:
    void signedInChanged();

private:
    ServerConnection::Options options() const;
    std::optional<QString> attempt(const QUrl& server, const QString& login, const QString& password);
    void forget();

    AppSession& m_session;
    std::unique_ptr<AccountSignIn> m_signIn;
    bool m_signedIn = false;
    QString m_notice;
};

} // namespace danhgia::ui
