#include "SyncPasswordPrompt.h"

#include "MessageBar.h"
#include "network/ServerConnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace danhgia::ui {

SyncPasswordPrompt::SyncPasswordPrompt(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncPasswordPrompt"));
    setWindowTitle(tr("Sign in to the provincial server"));
    m_messages = new MessageBar(this);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://danhgia.langson.gov.vn"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Server address:"), m_server);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SyncPasswordPrompt::setServer(const QString& address)
{
    m_server->setText(address);
}

void SyncPasswordPrompt::setLogin(const QString& login)
{
    m_login->setText(login);
}

void SyncPasswordPrompt::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString SyncPasswordPrompt::server() const
{
    return m_server->text().trimmed();
}

QString SyncPasswordPrompt::login() const
{
    return m_login->text().trimmed();
}

ServerConnection* SyncPasswordPrompt::signIn(QObject* owner)
{
    const QUrl url = QUrl::fromUserInput(server());
    if (server().isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_messages->showError(tr("Server address: \"%1\" is not the address of a server (for example "
                                 "https://danhgia.langson.gov.vn).")
                                  .arg(server()));
        m_server->setFocus();
        return nullptr;
    }
    if (login().isEmpty() || m_password->text().isEmpty()) {
        m_messages->showError(tr("Login and password: both are needed to sign in."));
        (login().isEmpty() ? m_login : m_password)->setFocus();
        return nullptr;
    }
    auto connection = std::make_unique<ServerConnection>(url, ServerConnection::Options{}, owner);
    QString error;
    if (!connection->signIn(login(), m_password->text(), &error)) {
        m_messages->showError(error);
        m_password->setFocus();
        return nullptr;
    }
    m_password->clear();
    return connection.release();
}

std::function<ServerConnection*(QWidget*)> SyncPasswordPrompt::provider(QObject* owner)
{
    // What was typed last, offered again; the connection signed in last, for the timer.
    struct Remembered
    {
        QString server;
        QString login;
        QPointer<ServerConnection> connection;
    };
    auto remembered = std::make_shared<Remembered>();
    return [owner, remembered](QWidget* parent) -> ServerConnection* {
        if (remembered->connection && !remembered->connection->isCancelled()) {
            return remembered->connection;
        }
        if (!parent) {
            return nullptr; // the timer asks nobody
        }
        SyncPasswordPrompt prompt(parent);
        prompt.setServer(remembered->server);
        prompt.setLogin(remembered->login);
        while (prompt.exec() == QDialog::Accepted) {
            remembered->server = prompt.server();
            remembered->login = prompt.login();
            if (ServerConnection* connection = prompt.signIn(owner)) {
                remembered->connection = connection;
                return connection;
            }
        }
        return nullptr;
    };
}

} // namespace danhgia::ui
