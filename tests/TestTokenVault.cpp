// The refresh token kept in the keychain (credentials/TokenVault), against a real Secret Service
// (gnome-keyring in a private D-Bus session: scripts/with-keyring.sh): stored, read back, replaced
// by the rotated one, removed; one key per server and login; nothing of it in a file under HOME.

#include "credentials/TokenVault.h"

#include <QDirIterator>
#include <QFile>
#include <QUuid>
#include <QtTest>

using namespace danhgia;

class TestTokenVault : public QObject
{
    Q_OBJECT

private:
    QUrl m_server;
    QString m_login;

    static QString newToken()
    {
        return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-tok");
    }

private Q_SLOTS:
    void init()
    {
        // A server address of its own per function, so that no function sees another's token.
        m_server = QUrl(QStringLiteral("https://tinh.example.vn:8443/%1/")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_login = QStringLiteral("xcl");
    }

    void cleanup() { TokenVault().remove(m_server, m_login); }

    void aStoredTokenIsReadBack()
    {
        const TokenVault vault;
        const QString token = newToken();
        const TokenVault::Result stored = vault.store(m_server, m_login, token);
        QVERIFY2(stored.ok(), qPrintable(stored.reason));
        const TokenVault::Result read = vault.read(m_server, m_login);
        QVERIFY2(read.ok(), qPrintable(read.reason));
        QCOMPARE(read.token, token);
    }

    void theRotatedTokenReplacesTheOldOne()
    {
        const TokenVault vault;
        QVERIFY(vault.store(m_server, m_login, newToken()).ok());
        const QString rotated = newToken();
        QVERIFY(vault.store(m_server, m_login, rotated).ok());
        QCOMPARE(vault.read(m_server, m_login).token, rotated);
    }

    void aRemovedTokenIsGone()
    {
        const TokenVault vault;
        QVERIFY(vault.store(m_server, m_login, newToken()).ok());
        QVERIFY(vault.remove(m_server, m_login).ok());
        const TokenVault::Result read = vault.read(m_server, m_login);
        QCOMPARE(read.status, TokenVault::Status::NotFound);
        QVERIFY(read.token.isEmpty());
        // Removing what is not there is no failure: sign-out may run twice.
        QVERIFY(vault.remove(m_server, m_login).ok());
    }

    void eachServerAndLoginHasItsOwnToken()
    {
        const TokenVault vault;
        const QUrl other(m_server.toString() + QStringLiteral("khac/"));
        const QString mine = newToken();
        QVERIFY(vault.store(m_server, m_login, mine).ok());
        QCOMPARE(vault.read(m_server, QStringLiteral("xdd")).status, TokenVault::Status::NotFound);
        QCOMPARE(vault.read(other, m_login).status, TokenVault::Status::NotFound);
        // The login's case and a trailing slash of the address do not make another account.
        QCOMPARE(vault.read(m_server.adjusted(QUrl::StripTrailingSlash), QStringLiteral("XCL")).token, mine);
        QVERIFY(TokenVault::key(m_server, m_login) != TokenVault::key(other, m_login));
    }

    void noFileUnderHomeHoldsTheToken()
    {
        const QString home = qEnvironmentVariable("DANHGIA_KEYRING_HOME");
        QVERIFY2(!home.isEmpty(), "run under scripts/with-keyring.sh");
        const QString token = newToken();
        QVERIFY(TokenVault().store(m_server, m_login, token).ok());
        QDirIterator files(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toLatin1()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
