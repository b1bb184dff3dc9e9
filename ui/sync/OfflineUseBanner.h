#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;

namespace danhgia::ui {

class AppSession;

// The bar above every screen while the linked account's offline use has ended and it has not
// signed in again (AppSession::writeRefusal): it says why nothing can be changed, that reading,
// printing and exporting still work, and offers the sign-in (the File menu's action). Hidden
// otherwise. The core refuses the changes itself; this only says so before the user tries.
class OfflineUseBanner : public QFrame
{
    Q_OBJECT

public:
    OfflineUseBanner(AppSession& session, QAction* signIn, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* signInButton() const { return m_signInButton; }

private:
    void update();

    AppSession& m_session;
    QLabel* m_text = nullptr;
    QPushButton* m_signInButton = nullptr;
};

} // namespace danhgia::ui
