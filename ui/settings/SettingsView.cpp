#include "SettingsView.h"

#include "AppRestart.h"
#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "MessageBar.h"
#include "network/ServerAddress.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace danhgia::ui {

SettingsView::SettingsView(AppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto* userBox = new QGroupBox(tr("Who works at this computer"), this);
    auto* userForm = new QFormLayout(userBox);
    m_userName = new QLineEdit(userBox);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("Full name"));
    m_userName->setToolTip(tr("Your full name, as the audit trail records who changed what"));
    userForm->addRow(tr("&Full name:"), m_userName);
    m_role = new QComboBox(userBox);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setToolTip(tr("The role you act in: it decides which steps of the workflow you may take"));
    userForm->addRow(tr("&Role:"), m_role);
    m_account = new QLabel(userBox);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setWordWrap(true);
    userForm->addRow(m_account);
    layout->addWidget(userBox);

    auto* serverBox = new QGroupBox(tr("Provincial server"), this);
    auto* serverForm = new QFormLayout(serverBox);
    m_serverAddress = new QLineEdit(serverBox);
    m_serverAddress->setObjectName(QStringLiteral("serverAddressEdit"));
    m_serverAddress->setAccessibleName(tr("Address of the provincial server"));
    m_serverAddress->setPlaceholderText(QStringLiteral("https://danhgia.tinh.gov.vn"));
    m_serverAddress->setToolTip(tr("Where the database is synchronised; empty: this computer works alone"));
    serverForm->addRow(tr("Server &address:"), m_serverAddress);
    m_caCertificate = new QLineEdit(serverBox);
    m_caCertificate->setObjectName(QStringLiteral("caCertificateEdit"));
    m_caCertificate->setAccessibleName(tr("CA certificate to trust"));
    m_caCertificate->setToolTip(tr("Optional: a PEM file with the certificate authority of the provincial "
                                   "server; then only that authority is trusted"));
    auto* browse = new QPushButton(tr("C&hoose…"), serverBox);
    browse->setObjectName(QStringLiteral("chooseCaCertificateButton"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caCertificate, 1);
    caRow->addWidget(browse);
    auto* caLabel = new QLabel(tr("&CA certificate:"), serverBox);
    caLabel->setBuddy(m_caCertificate);
    serverForm->addRow(caLabel, caRow);
    layout->addWidget(serverBox);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageLayout = new QVBoxLayout(languageBox);
    auto* languageForm = new QFormLayout;
    languageLayout->addLayout(languageForm);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the program"));
    m_language->setToolTip(tr("Applies the next time the program starts"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languageForm->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language takes effect when the program restarts. After "
                                       "saving, you may restart it at once."),
                                    languageBox);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageLayout->addWidget(languageNote);
    layout->addWidget(languageBox);

    m_apply = new QPushButton(tr("&Save settings"), this);
    m_apply->setObjectName(QStringLiteral("applySettingsButton"));
    m_apply->setToolTip(tr("Save the user, the role, the server and the language"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &SettingsView::chooseCaCertificate);
    connect(m_apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_userName, &QLineEdit::returnPressed, this, &SettingsView::apply);
    connect(&m_session, &AppSession::userChanged, this, &SettingsView::showSession);
    const AppSettings settings;
    m_serverAddress->setText(settings.value(AppSettings::Key::ServerAddress).toString());
    m_caCertificate->setText(settings.value(AppSettings::Key::ServerCaCertificate).toString());
    showSession();
}

void SettingsView::restoreUser(AppSession& session)
{
    const AppSettings settings;
    const QString name = settings.value(AppSettings::Key::UserName).toString();
    const auto role = Roles::fromName(settings.value(AppSettings::Key::UserRole).toString());
    session.setUser(name, role.value_or(Role::SelfAssessor));
}

QString SettingsView::savedLanguage()
{
    return AppSettings().value(AppSettings::Key::Language).toString();
}

void SettingsView::apply()
{
    const bool linked = m_session.account().has_value();
    // Linked: the name is the account's; the one typed before linking stays in the settings.
    const QString name = linked ? AppSettings().value(AppSettings::Key::UserName).toString().simplified()
                                : m_userName->text().simplified();
    if (!linked && name.isEmpty()) {
        m_messages->showError(tr("Write your full name: the audit trail records it with every change."));
        m_userName->setFocus();
        return;
    }
    QString serverError;
    if (!saveServer(&serverError)) {
        m_messages->showError(serverError);
        return;
    }
    const auto role = Roles::fromName(m_role->currentData().toString());
    AppSettings settings;
    settings.setValue(AppSettings::Key::UserName, name);
    settings.setValue(AppSettings::Key::UserRole, m_role->currentData().toString());
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != savedLanguage();
    settings.setValue(AppSettings::Key::Language, language);
    settings.sync(); // on disk before a restart reads it
    m_session.setUser(name, role.value_or(Role::SelfAssessor));
    m_messages->showMessage(languageChanged ? tr("Settings saved. The new language applies the next time the "
                                                 "program starts.")
                                            : tr("Settings saved."),
                            MessageBar::Level::Positive);
    if (languageChanged
        && DialogService::ask(this, tr("Restart the program"),
                              tr("The new language is shown once the program starts again. Restart it now?"))
        && !AppRestart::restart(this)) {
        m_messages->showError(tr("The program cannot be started again. Close it and start it yourself to "
                                 "see the new language."));
    }
}

// The address and the CA file are checked before anything is saved; a refused value stays in its
// field, with the message naming it.
bool SettingsView::saveServer(QString* error)
{
    const QString address = m_serverAddress->text().trimmed();
    if (!address.isEmpty() && !ServerAddress::parse(address, error)) {
        m_serverAddress->setFocus();
        return false;
    }
    const QString ca = m_caCertificate->text().trimmed();
    if (!ServerAddress::checkCaCertificate(ca, error)) {
        m_caCertificate->setFocus();
        return false;
    }
    AppSettings settings;
    settings.setValue(AppSettings::Key::ServerAddress, address);
    settings.setValue(AppSettings::Key::ServerCaCertificate, ca);
    return true;
}

void SettingsView::chooseCaCertificate()
{
    const QString path = DialogService::openFile(this, tr("CA certificate of the provincial server"),
                                                 tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_caCertificate->setText(path);
    }
}

void SettingsView::showSession()
{
    const auto& account = m_session.account();
    m_userName->setText(m_session.userName());
    m_userName->setReadOnly(account.has_value());
    m_role->clear();
    for (const Role role : m_session.offeredRoles()) {
        m_role->addItem(Roles::title(role), Roles::name(role));
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(Roles::name(m_session.role()))));
    if (account) {
        const QString unit = account->unitName.isEmpty()
            ? account->unitCode
            : tr("%1 (%2)").arg(account->unitName, account->unitCode);
        m_account->setText(tr("Signed in to %1 as %2, unit: %3. The name, the unit and the roles are those "
                              "of the account.")
                               .arg(m_session.linkedServer(), account->login, unit));
    } else {
        m_account->setText(
            tr("This database is not linked to the provincial server: any role may be chosen."));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
}

} // namespace danhgia::ui
