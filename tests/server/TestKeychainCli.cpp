// The saved sign-in of danhgia-cli against a real danhgia-server (real PostgreSQL) and a real
// Secret Service (gnome-keyring in a private D-Bus session, HOME in a temporary directory:
// scripts/with-keyring.sh): the refresh token is stored at the first sync and reused by the next
// one without a password, the rotated one replacing it; the database is linked to the account;
// `signout` revokes the session on the server and deletes the token; no file under HOME, no
// database file and no output holds the token or the password; with no keychain service the CLI
// says why and asks for the password again.

#include "PgConnection.h"
#include "ProvinceFixture.h"
#include "Secrets.h"
#include "credentials/TokenVault.h"
#include "database/Database.h"
#include "sync/ServerLinkStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace danhgia;
using danhgia::server::PgConnection;
using danhgia::server::PgResult;

class TestKeychainCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };

    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QByteArray m_output; // every byte the CLI wrote, for the scan
    QStringList m_tokens; // every refresh token seen in the keychain

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    static QString password() { return QString::fromLatin1(ProvinceFixture::Password); }

    // danhgia-cli with the password in DANHGIA_PASSWORD (none when empty) and nothing on stdin;
    // `noKeychain`: the session bus points nowhere, so no Secret Service answers.
    Run cli(const QStringList& arguments, const QString& passwordToGive, bool noKeychain = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DANHGIA_PASSWORD"));
        if (!passwordToGive.isEmpty()) {
            env.insert(QStringLiteral("DANHGIA_PASSWORD"), passwordToGive);
        }
        if (noKeychain) {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/danhgia-no-keychain"));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DANHGIA_CLI_PATH), arguments);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        Run run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        m_output += run.out + run.err;
        return run;
    }
    Run sync(const QString& passwordToGive, bool noKeychain = false)
    {
        return cli({QStringLiteral("sync"), QStringLiteral("--db"), m_db, QStringLiteral("--server"),
                    serverUrl().toString(), QStringLiteral("--user"), QStringLiteral("xcl")},
                   passwordToGive, noKeychain);
    }
    QString storedToken()
    {
        const TokenVault::Result read = TokenVault().read(serverUrl(), QStringLiteral("xcl"));
        if (read.ok()) {
            m_tokens.append(read.token);
        }
        return read.token;
    }
    // The server's session that a refresh token belongs to (as issued or rotated from it), or 0.
    qint64 sessionOf(const QString& token)
    {
        PgConnection pg;
        QString error;
        if (!pg.open(m_province.database(), &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        const QByteArray hash = danhgia::server::Secrets::tokenHash(token.toLatin1()).toHex();
        const PgResult result = pg.exec(
            "SELECT id FROM sessions WHERE refresh_hash = decode($1, 'hex') UNION SELECT session_id "
            "FROM spent_refresh_tokens WHERE refresh_hash = decode($1, 'hex')",
            {PgConnection::text(QString::fromLatin1(hash))});
        return result.ok() && result.rows() > 0 ? result.integer(0, 0) : 0;
    }
    bool revoked(qint64 session)
    {
        PgConnection pg;
        QString error;
        if (!pg.open(m_province.database(), &error)) {
            return false;
        }
        const PgResult result
            = pg.exec("SELECT revoked FROM sessions WHERE id = $1::bigint", {PgConnection::number(session)});
        return result.ok() && result.rows() == 1 && result.boolean(0, 0);
    }
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("DANHGIA_KEYRING_HOME").isEmpty(),
                 "run under scripts/with-keyring.sh");
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        m_output.clear();
        m_tokens.clear();
        Database db;
        QString error;
        QVERIFY2(db.open(m_db, &error), qPrintable(error));
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
    }
    void cleanup()
    {
        TokenVault().remove(serverUrl(), QStringLiteral("xcl"));
        m_dir.reset();
    }

    void theTokenIsStoredAndReusedWithoutAPassword()
    {
        Run run = sync(password());
        QVERIFY2(run.status == 0, QByteArray(run.out + run.err).constData());
        const QString first = storedToken();
        QVERIFY2(!first.isEmpty(), "no token in the keychain after the first sync");

        // The second run: no password anywhere, server and login from the database's link.
        run = cli({QStringLiteral("sync"), QStringLiteral("--db"), m_db}, QString());
        QVERIFY2(run.status == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("Đã nhận: "), run.out.constData());
        const QString second = storedToken();
        QVERIFY(!second.isEmpty());
        QVERIFY2(second != first, "the rotated token was not stored");
        QCOMPARE(sessionOf(second), sessionOf(first));

        Database db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        const auto link = ServerLinkStore::read(db.connection(), &error);
        QVERIFY2(link, qPrintable(error));
        QCOMPARE(link->serverUrl, serverUrl().toString());
        QCOMPARE(link->account.login, QStringLiteral("xcl"));
        QCOMPARE(link->account.unitCode, QStringLiteral("XCL"));
        QCOMPARE(link->account.roles, QList<Role>{Role::SelfAssessor});
        QVERIFY(link->account.usableOffline(QDateTime::currentDateTimeUtc().addDays(29)));
    }

    void signOutRevokesAndDeletesTheToken()
    {
        QCOMPARE(sync(password()).status, 0);
        const QString token = storedToken();
        QVERIFY(!token.isEmpty());
        const qint64 session = sessionOf(token);
        QVERIFY(session > 0);
        QVERIFY(!revoked(session));

        const Run run = cli({QStringLiteral("signout"), QStringLiteral("--db"), m_db}, QString());
        QVERIFY2(run.status == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(TokenVault().read(serverUrl(), QStringLiteral("xcl")).status, TokenVault::Status::NotFound);
        QVERIFY(revoked(session));
        const HttpTestClient anonymous(m_province.port());
        QCOMPARE(
            anonymous.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}})
                .status,
            401);
        Database db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        const auto link = ServerLinkStore::read(db.connection(), &error);
        QVERIFY(link);
        QVERIFY(!link->account.usableOffline(QDateTime::currentDateTimeUtc()));

        // Signed out, the next sync needs the password again.
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--db"), m_db}, QString());
        QCOMPARE(again.status, 2);
        QVERIFY2(again.err.contains("DANHGIA_PASSWORD"), again.err.constData());
    }

    void noFileAndNoOutputHoldsTheTokenOrThePassword()
    {
        QCOMPARE(sync(password()).status, 0);
        storedToken();
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--db"), m_db}, QString()).status, 0);
        storedToken();
        QCOMPARE(sync(password(), true).status, 0);
        QCOMPARE(cli({QStringLiteral("signout"), QStringLiteral("--db"), m_db}, QString()).status, 0);
        QCOMPARE(m_tokens.size(), 2);
        writeFile(m_dir->filePath(QStringLiteral("cli-output.txt")), m_output);

        QStringList secrets = m_tokens;
        secrets.append(password());
        const QString home = qEnvironmentVariable("DANHGIA_KEYRING_HOME");
        int scanned = 0;
        for (const QString& root : {home, m_dir->path()}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QByteArray bytes = file.readAll();
                for (const QString& secret : secrets) {
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
                }
                ++scanned;
            }
        }
        QVERIFY(scanned >= 2); // the database and the output at least
    }

    void withoutAKeychainTheCliSaysWhyAndAsksForThePassword()
    {
        QCOMPARE(sync(password()).status, 0);
        QVERIFY(!storedToken().isEmpty());
        // The token is in the keychain, but no keychain service answers this run.
        Run run = sync(QString(), true);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains("DANHGIA_PASSWORD"), run.err.constData());
        QVERIFY2(run.err.contains("khóa"), run.err.constData()); // the keychain's problem, in Vietnamese
        run = sync(password(), true);
        QVERIFY2(run.status == 0, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.err.contains("khóa"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "TestKeychainCli.moc"
