#include "SettingsView.h"

#include "AppRestart.h"
#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "MessageBar.h"

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
    for (const Role role : Roles::all()) {
        m_role->addItem(Roles::title(role), Roles::name(role));
    }
    userForm->addRow(tr("&Role:"), m_role);
    layout->addWidget(userBox);

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
    m_apply->setToolTip(tr("Save the user, the role and the language"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_userName, &QLineEdit::returnPressed, this, &SettingsView::apply);
    connect(&m_session, &AppSession::userChanged, this, &SettingsView::showSession);
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
    const QString name = m_userName->text().simplified();
    if (name.isEmpty()) {
        m_messages->showError(tr("Write your full name: the audit trail records it with every change."));
        m_userName->setFocus();
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

void SettingsView::showSession()
{
    m_userName->setText(m_session.userName());
    m_role->setCurrentIndex(m_role->findData(Roles::name(m_session.role())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
}

} // namespace danhgia::ui
