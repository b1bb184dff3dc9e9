#pragma once

#include <QDialog>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace danhgia::ui {

class MessageBar;

// Sign-in to the provincial server: the server shown, login and password. The dialog stays open
// on a refusal, with the server's reason (in Vietnamese) above the fields and the login kept; only
// the password is cleared. Whatever signs in is the caller's `attempt`.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Signs in; nullopt when signed in, else what went wrong, for the user.
    using Attempt = std::function<std::optional<QString>(const QString& login, const QString& password)>;

    SignInDialog(const QString& server, const QString& login, const QString& note, Attempt attempt,
                 QWidget* parent = nullptr);

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    MessageBar* messages() const { return m_messages; }
    QPushButton* signInButton() const { return m_signIn; }

public Q_SLOTS:
    void accept() override;

private:
    void growToContents();
    Attempt m_attempt;
    MessageBar* m_messages = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace danhgia::ui
