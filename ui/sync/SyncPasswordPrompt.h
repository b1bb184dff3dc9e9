#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLineEdit;

namespace danhgia {
class ServerConnection;
}

namespace danhgia::ui {

class MessageBar;

// A minimal sign-in for the Sync action until the credentials part (the OS keychain, the server
// address in the settings, who the user is) provides the app's connections: asks for the server's
// address, the login and the password, and signs in. A refused sign-in keeps what was typed and
// says why in the dialog. The password lives only in the signed-in connection, in memory.
class SyncPasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    explicit SyncPasswordPrompt(QWidget* parent = nullptr);

    void setServer(const QString& address);
    void setLogin(const QString& login);
    void setPassword(const QString& password);
    QString server() const;
    QString login() const;
    MessageBar* messageBar() const { return m_messages; }

    // Signs in with what is typed; the connection (owned by `owner`) or nullptr with the reason
    // shown in the dialog.
    ServerConnection* signIn(QObject* owner);

    // A provider for SyncController: asks (with a window) and signs in; without a window (the timer)
    // gives the connection signed in before, if it is still usable. Connections belong to `owner`.
    static std::function<ServerConnection*(QWidget*)> provider(QObject* owner);

private:
    QLineEdit* m_server = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    MessageBar* m_messages = nullptr;
};

} // namespace danhgia::ui
