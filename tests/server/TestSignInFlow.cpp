// The app's sign-in to the provincial server (ui/sync: SignInDialog, SignInFlow, the File menu),
// against a real danhgia-server and a real Secret Service (scripts/with-keyring.sh): a refused
// sign-in shows the server's reason in the dialog and keeps the login; a good one links the
// database to the account and keeps the token in the keychain only; a linked database signs in
// again silently when the app opens it; "Đăng xuất" revokes the session and deletes the token.

#include <QApplication>

#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProvinceFixture.h"
#include "SignInDialog.h"
#include "SignInFlow.h"
#include "SyncStatusBar.h"
#include "TestSupport.h"
#include "credentials/AccountSignIn.h"
#include "credentials/TokenVault.h"
#include "database/Database.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

class TestSignInFlow : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    static QString password() { return QString::fromLatin1(ProvinceFixture::Password); }
    // Runs `step` on the sign-in dialog once it is shown (modal: from the event loop it runs).
    static void onDialog(const std::function<void(SignInDialog*)>& step)
    {
        QTimer::singleShot(0, [step] {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            step(dialog);
        });
    }
    bool signInWithoutTheApp(QString* error)
    {
        Database db;
        if (!db.open(m_db, error)) {
            return false;
        }
        AccountSignIn signIn(db, serverUrl(), QStringLiteral("xcl"));
        if (signIn.signIn(password()) != AccountSignIn::Outcome::SignedIn) {
            *error = signIn.message();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void init()
    {
        QSettings().clear();
        AppSettings().setValue(AppSettings::Key::ServerAddress, serverUrl().toString());
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_db, &error), qPrintable(error));
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
    }
    void cleanup()
    {
        DialogService::setResponder({});
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
        m_dir.reset();
    }

    void aRefusedSignInShowsTheServersReasonAndKeepsTheLogin()
    {
        AppSession session;
        QString error;
        QVERIFY(session.openDatabase(m_db, &error));
        SignInFlow flow(session);
        QString shownAfterRefusal;
        QString loginAfterRefusal;
        QString passwordAfterRefusal = QStringLiteral("?");
        bool fieldsKeptTheirHeight = false;
        onDialog([&](SignInDialog* dialog) {
            dialog->loginEdit()->setText(QStringLiteral("xcl"));
            dialog->passwordEdit()->setText(QStringLiteral("sai-mat-khau"));
            dialog->signInButton()->click();
            shownAfterRefusal = dialog->messages()->text();
            loginAfterRefusal = dialog->loginEdit()->text();
            passwordAfterRefusal = dialog->passwordEdit()->text();
            QVERIFY(dialog->isVisible());
            // The message above the fields makes the dialog taller: the fields keep their height.
            QApplication::processEvents();
            fieldsKeptTheirHeight = dialog->height() >= dialog->minimumSizeHint().height()
                && dialog->loginEdit()->height() >= dialog->loginEdit()->minimumSizeHint().height();
            dialog->passwordEdit()->setText(password());
            dialog->signInButton()->click();
        });
        ServerConnection* connection = flow.ensureSignedIn(nullptr);
        QVERIFY2(shownAfterRefusal.contains(QStringLiteral("mật khẩu")), qPrintable(shownAfterRefusal));
        QCOMPARE(loginAfterRefusal, QStringLiteral("xcl"));
        QVERIFY(passwordAfterRefusal.isEmpty());
        QVERIFY(fieldsKeptTheirHeight);
        QVERIFY(connection);
        QVERIFY(flow.isSignedIn());
        QVERIFY(session.account());
        QCOMPARE(session.account()->login, QStringLiteral("xcl"));
        QCOMPARE(session.offeredRoles(), QList<Role>{Role::SelfAssessor});
        const TokenVault::Result stored = TokenVault().read(serverUrl(), QStringLiteral("xcl"));
        QVERIFY2(stored.ok(), qPrintable(stored.reason));
        // The settings file holds neither the token nor the password.
        QFile settings(AppSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        QVERIFY(!bytes.contains(stored.token.toLatin1()));
        QVERIFY(!bytes.contains(ProvinceFixture::Password));
    }

    void aLinkedDatabaseSignsInAgainSilentlyWhenOpened()
    {
        QString error;
        QVERIFY2(signInWithoutTheApp(&error), qPrintable(error));
        const QString before = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(m_db, &error));
        QTRY_VERIFY(window.signInFlow()->isSignedIn());
        QVERIFY(!QApplication::activeModalWidget());
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY2(label->text().contains(QStringLiteral("Đã đăng nhập")), qPrintable(label->text()));
        // The server answered the sign-in: the sync's part of the status bar says so, not "not
        // connected yet".
        QCOMPARE(window.syncStatus()->reachText(), QStringLiteral("Trực tuyến"));
        // The token was used up; the rotated one is in the keychain.
        const QString after = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
    }

    void signOutFromTheMenuRevokesAndDeletesTheToken()
    {
        QString error;
        QVERIFY2(signInWithoutTheApp(&error), qPrintable(error));
        AppSession session;
        MainWindow window(session);
        QVERIFY(session.openDatabase(m_db, &error));
        QTRY_VERIFY(window.signInFlow()->isSignedIn());
        const QString token = TokenVault().read(serverUrl(), QStringLiteral("xcl")).token;
        DialogService::setResponder([](const DialogRequest& request) -> QVariant {
            return request.kind == DialogRequest::Kind::Question ? QVariant(true) : QVariant();
        });
        QVERIFY(window.signOutAction()->isEnabled());
        window.signOutAction()->trigger();
        QVERIFY(!window.signInFlow()->isSignedIn());
        QCOMPARE(TokenVault().read(serverUrl(), QStringLiteral("xcl")).status, TokenVault::Status::NotFound);
        const HttpTestClient anonymous(m_province.port());
        QCOMPARE(
            anonymous.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}})
                .status,
            401);
        // Still the account's database: its roles only, but it needs a sign-in again.
        QVERIFY(session.account());
        QCOMPARE(session.offeredRoles(), QList<Role>{Role::SelfAssessor});
        const auto* label = window.findChild<QLabel*>(QStringLiteral("accountStatus"));
        QVERIFY2(label->text().contains(QStringLiteral("đăng nhập lại")), qPrintable(label->text()));
        QVERIFY(window.signInAction()->isEnabled());
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSignInFlow)
#include "TestSignInFlow.moc"
