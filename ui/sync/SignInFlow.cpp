#include "SignInFlow.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "SignInDialog.h"
#include "network/ServerAddress.h"

namespace danhgia::ui {

SignInFlow::SignInFlow(AppSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // The connection works on the database open now: another one ends it.
    connect(&m_session, &AppSession::databaseChanged, this, &SignInFlow::forget);
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::forget()
{
    const bool was = m_signedIn;
    m_signIn.reset();
    m_signedIn = false;
    if (was) {
        Q_EMIT signedInChanged();
    }
}

ServerConnection* SignInFlow::connection() const
{
    return m_signedIn && m_signIn ? &m_signIn->connection() : nullptr;
}

std::optional<QUrl> SignInFlow::server(QString* error) const
{
    if (!m_session.linkedServer().isEmpty()) {
        return QUrl(m_session.linkedServer());
    }
    const QString address = AppSettings().value(AppSettings::Key::ServerAddress).toString();
    if (address.trimmed().isEmpty()) {
        *error
            = tr("No provincial server is set: write its address in Settings, under \"Provincial server\".");
        return std::nullopt;
    }
    return ServerAddress::parse(address, error);
}

ServerConnection::Options SignInFlow::options() const
{
    ServerConnection::Options options;
    options.caCertificate = AppSettings().value(AppSettings::Key::ServerCaCertificate).toString();
    return options;
}

bool SignInFlow::resume()
{
    m_notice.clear();
    if (m_signedIn) {
        return true;
    }
    QString error;
    const auto address = server(&error);
    if (!m_session.hasDatabase() || !m_session.account() || !address) {
        return false;
    }
    auto signIn = std::make_unique<AccountSignIn>(m_session.database(), *address, m_session.account()->login,
                                                  options());
    const AccountSignIn::Outcome outcome = signIn->resume();
    if (outcome != AccountSignIn::Outcome::SignedIn) {
        m_notice = outcome == AccountSignIn::Outcome::Unreachable
            ? tr("The provincial server cannot be reached; working offline: %1").arg(signIn->message())
            : signIn->message();
        return false;
    }
    m_signIn = std::move(signIn);
    m_signedIn = true;
    m_session.reloadAccount();
    Q_EMIT signedInChanged();
    return true;
}

std::optional<QString> SignInFlow::attempt(const QUrl& address, const QString& login, const QString& password)
{
    auto signIn = std::make_unique<AccountSignIn>(m_session.database(), address, login, options());
    if (signIn->signIn(password) != AccountSignIn::Outcome::SignedIn) {
        return signIn->message();
    }
    m_notice = signIn->keychainProblem().isEmpty()
        ? QString()
        : tr("The sign-in is not kept on this computer: %1 The password will be asked at the next sign-in.")
              .arg(signIn->keychainProblem());
    m_signIn = std::move(signIn);
    m_signedIn = true;
    return std::nullopt;
}

ServerConnection* SignInFlow::ensureSignedIn(QWidget* parent)
{
    if (m_signedIn) {
        return connection();
    }
    if (!m_session.hasDatabase()) {
        DialogService::warn(parent, tr("Sign in to the provincial server"),
                            tr("Open a database first: the sign-in links it to the server."));
        return nullptr;
    }
    QString error;
    const auto address = server(&error);
    if (!address) {
        DialogService::warn(parent, tr("Sign in to the provincial server"), error);
        return nullptr;
    }
    if (resume()) {
        return connection();
    }
    const QString note = m_notice; // why the saved sign-in could not be used, if there was one
    const QString login = m_session.account() ? m_session.account()->login : QString();
    SignInDialog dialog(
        address->toString(), login, note,
        [this, address](const QString& typed, const QString& password) {
            return attempt(*address, typed, password);
        },
        parent);
    if (dialog.exec() != QDialog::Accepted || !m_signedIn) {
        return nullptr;
    }
    m_session.reloadAccount();
    Q_EMIT signedInChanged();
    return connection();
}

bool SignInFlow::signOut(QString* error)
{
    m_notice.clear();
    if (!m_session.hasDatabase()) {
        return true;
    }
    std::unique_ptr<AccountSignIn> signIn = std::move(m_signIn);
    m_signedIn = false;
    if (!signIn) {
        const auto address = server(error);
        if (!address || !m_session.account()) {
            return address.has_value();
        }
        signIn = std::make_unique<AccountSignIn>(m_session.database(), *address, m_session.account()->login,
                                                 options());
    }
    const bool revoked = signIn->signOut(error);
    m_notice = signIn->keychainProblem();
    m_session.reloadAccount();
    Q_EMIT signedInChanged();
    return revoked;
}

} // namespace danhgia::ui
