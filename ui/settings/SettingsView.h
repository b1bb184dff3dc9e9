#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// Settings: who works at this computer and in which role (what the workflow allows and what
// the audit trail records), the provincial server (its address, a CA certificate to pin), and the
// language of the program. Once the database is linked to the server, the name and unit are the
// account's (not editable) and the role picker offers only the account's roles.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(AppSession& session, QWidget* parent = nullptr);

    // The user and role saved by an earlier session (defaults for a first start).
    static void restoreUser(AppSession& session);
    // The language chosen in the settings ("vi" unless changed).
    static QString savedLanguage();

    QLineEdit* userNameEdit() const { return m_userName; }
    QComboBox* roleCombo() const { return m_role; }
    QComboBox* languageCombo() const { return m_language; }
    QLabel* accountLabel() const { return m_account; }
    QLineEdit* serverAddressEdit() const { return m_serverAddress; }
    QLineEdit* caCertificateEdit() const { return m_caCertificate; }

public Q_SLOTS:
    // Saves and applies what the form shows. After a change of language, asks whether to
    // restart the program now (the new language is used from the next start).
    void apply();

private:
    void showSession();
    void chooseCaCertificate();
    bool saveServer(QString* error);

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_account = nullptr;
    QLineEdit* m_serverAddress = nullptr;
    QLineEdit* m_caCertificate = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace danhgia::ui
