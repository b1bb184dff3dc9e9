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
// the audit trail records), and the language of the program.
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

public Q_SLOTS:
    // Saves and applies what the form shows. After a change of language, asks whether to
    // restart the program now (the new language is used from the next start).
    void apply();

private:
    void showSession();

    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace danhgia::ui
