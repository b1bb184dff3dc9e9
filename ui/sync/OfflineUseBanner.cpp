#include "OfflineUseBanner.h"

#include "AppSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace danhgia::ui {

OfflineUseBanner::OfflineUseBanner(AppSession& session, QAction* signIn, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("offlineUseBanner"));
    setStyleSheet(QStringLiteral(
        "QFrame#offlineUseBanner { background: #fdf3d8; border: 1px solid #d9b44a; border-radius: 4px; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
    m_signInButton = new QPushButton(tr("Sign in…"), this);
    m_signInButton->setObjectName(QStringLiteral("offlineUseSignIn"));
    m_signInButton->setToolTip(tr("Sign in to the provincial server to work as the account again"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_signInButton, 0, Qt::AlignVCenter);
    connect(m_signInButton, &QPushButton::clicked, signIn, &QAction::trigger);
    connect(&m_session, &AppSession::userChanged, this, &OfflineUseBanner::update);
    connect(&m_session, &AppSession::databaseChanged, this, &OfflineUseBanner::update);
    update();
}

QString OfflineUseBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void OfflineUseBanner::update()
{
    const QString refusal = m_session.writeRefusal();
    if (refusal.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(tr("%1 Reading, printing and exporting still work.").arg(refusal));
    setAccessibleName(m_text->text());
    show();
}

} // namespace danhgia::ui
