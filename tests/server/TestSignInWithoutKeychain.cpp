// The app without a usable keychain (issue 14, "Without a usable keychain the app signs in each
// time and says why"), against a real danhgia-server: the session bus points nowhere
// (tests/keychain.cmake sets DBUS_SESSION_BUS_ADDRESS), so no Secret Service answers. Signing in
// from the File menu works and the status bar says, in Vietnamese, that the sign-in cannot be kept
// on this computer and why; no file under HOME (settings, data, cache), no database file holds the
// refresh token or the password; the next start (a second window on the same database) cannot sign
// in silently, says why, and the sign-in dialog asks for the password again with the reason.

#include <QApplication>

#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProvinceFixture.h"
#include "SignInDialog.h"
#include "SignInDialogStep.h"
#include "SignInFlow.h"
#include "TestSupport.h"

#include <QAction>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace danhgia;
using namespace danhgia::ui;

class TestSignInWithoutKeychain : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    static QString password() { return QString::fromLatin1(ProvinceFixture::Password); }
    static void onDialog(const std::function<void(SignInDialog*)>& step) { test::onSignInDialog(step); }
    // The files under `folder` that contain `secret`.
    static QStringList filesHolding(const QString& folder, const QByteArray& secret)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret)) {
                found.append(file.fileName());
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
                 "the test expects a session bus that points nowhere (tests/keychain.cmake)");
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }
    void init()
    {
        QSettings().clear();
        AppSettings().setValue(AppSettings::Key::ServerAddress, serverUrl().toString());
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        DialogService::setResponder({});
        m_dir.reset();
    }

    void signingInWorksSaysWhyItIsNotKeptAndAsksAgainAtTheNextStart()
    {
        const QString path = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        QByteArray token;
        {
            AppSession session;
            MainWindow window(session);
            QString error;
            QVERIFY2(session.openDatabase(path, &error, true), qPrintable(error));
            onDialog([](SignInDialog* dialog) {
                dialog->loginEdit()->setText(QStringLiteral("xcl"));
                dialog->passwordEdit()->setText(password());
                dialog->signInButton()->click();
            });
            window.signInAction()->trigger();
            QVERIFY(window.signInFlow()->isSignedIn());
            QVERIFY(session.account());
            const QString said = window.statusBar()->currentMessage();
            QVERIFY2(said.contains(QStringLiteral("không được lưu trên máy này"))
                         && said.contains(QStringLiteral("khóa")),
                     qPrintable(said));
            token = window.signInFlow()->connection()->refreshToken().toLatin1();
            QVERIFY(!token.isEmpty());
        }
        // Nothing kept: not under HOME (settings, data, cache), not in the database's folder.
        for (const QString& folder : {QDir::homePath(), m_dir->path()}) {
            QCOMPARE(filesHolding(folder, token), QStringList());
            QCOMPARE(filesHolding(folder, ProvinceFixture::Password), QStringList());
        }
        QFile settings(AppSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(token));

        // The next start: no silent sign-in, the reason in the status bar; the sync's sign-in asks
        // for the password again and says why.
        AppSession session;
        MainWindow window(session);
        QString error;
        QVERIFY2(session.openDatabase(path, &error), qPrintable(error));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("khóa")));
        QVERIFY(!window.signInFlow()->isSignedIn());
        QString note;
        QString loginShown;
        onDialog([&](SignInDialog* dialog) {
            note = dialog->messages()->text();
            loginShown = dialog->loginEdit()->text();
            dialog->passwordEdit()->setText(password());
            dialog->signInButton()->click();
        });
        QVERIFY(window.signInFlow()->ensureSignedIn(&window));
        QVERIFY2(note.contains(QStringLiteral("khóa")), qPrintable(note));
        QCOMPARE(loginShown, QStringLiteral("xcl"));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSignInWithoutKeychain)
#include "TestSignInWithoutKeychain.moc"
