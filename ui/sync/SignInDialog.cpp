#include "SignInDialog.h"

#include "MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace danhgia::ui {

SignInDialog::SignInDialog(const QString& server, const QString& login, const QString& note, Attempt attempt,
                           QWidget* parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the provincial server"));
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("signInMessages"));
    layout->addWidget(m_messages);
    if (!note.isEmpty()) {
        m_messages->showInformation(note);
    }

    auto* form = new QFormLayout;
    auto* serverLabel = new QLabel(server, this);
    serverLabel->setObjectName(QStringLiteral("signInServer"));
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Server:"), serverLabel);
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_login->setAccessibleName(tr("Login"));
    form->addRow(tr("&Login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto* explanation = new QLabel(tr("The password is never saved. The sign-in is kept in this computer's "
                                      "keychain, so that the next synchronisations need no password."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

void SignInDialog::accept()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_messages->showError(tr("Write your login on the provincial server."));
        growToContents();
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_messages->showError(tr("Write the password of %1.").arg(login));
        growToContents();
        m_password->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    const std::optional<QString> refused = m_attempt(login, m_password->text());
    m_signIn->setEnabled(true);
    if (refused) {
        m_messages->showError(*refused);
        growToContents();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

// A message above the fields wraps over several lines: the dialog grows to hold it (its height for
// the width, which the minimum size does not account for) instead of squeezing the fields.
void SignInDialog::growToContents()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

} // namespace danhgia::ui
