#include "ApiRoutes.h"
#include "PgConnection.h"
#include "ProvinceFixture.h"
#include "Router.h"
#include "ServerConfig.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

// Accounts and the HTTP edge of a real danhgia-server on a real PostgreSQL: every route but the
// open ones needs a token; tokens expire, rotate, and are revoked by sign-out, by disabling the
// account and by a refresh token used twice; failed sign-ins are throttled per login and per
// address; --help lists every option; one log line per request, without secrets; oversize
// requests get 413 and slow clients are cut off.
class TestServerAccounts : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error,
                                  {QStringLiteral("--body-limit"), QStringLiteral("1048576"),
                                   QStringLiteral("--header-limit"), QStringLiteral("8192"),
                                   QStringLiteral("--request-timeout-ms"), QStringLiteral("1500")}),
                 qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void healthVersionAndSignInRequired()
    {
        const HttpTestClient anonymous(m_province.port());
        QCOMPARE(anonymous.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(anonymous.get(QStringLiteral("/version")).json().value(QStringLiteral("api")).toInt(), 1);
        const auto refused = anonymous.get(QStringLiteral("/api/v1/sync/changes?since=0"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(!refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        const auto wrong = anonymous.post(QStringLiteral("/api/v1/auth/sign-in"),
                                          {{QStringLiteral("login"), QStringLiteral("xcl")},
                                           {QStringLiteral("password"), QStringLiteral("sai")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("bad_credentials"));
        // No secret in the log.
        QVERIFY(!m_province.server().log().contains(ProvinceFixture::Password));
    }

    void everyRouteButTheOpenOnesNeedsAToken()
    {
        danhgia::server::Router router;
        danhgia::server::ApiRoutes::addAll(router);
        HttpTestClient forged(m_province.port());
        forged.setToken("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const HttpTestClient anonymous(m_province.port());
        const QString sha(64, QLatin1Char('a'));
        int guarded = 0;
        for (const auto& route : router.routes()) {
            if (!route.signedIn) {
                continue;
            }
            ++guarded;
            const QString path = QString(route.pattern).replace(QStringLiteral("{sha256}"), sha)
                + QStringLiteral("?since=0&offset=0&size=1");
            for (const HttpTestClient* client : {&anonymous, static_cast<const HttpTestClient*>(&forged)}) {
                const auto answer = client->request(route.method, path, QByteArrayLiteral("{}"),
                                                    {{"Content-Type", "application/json"}});
                QVERIFY2(answer.status == 401 && answer.errorCode() == QLatin1String("unauthenticated"),
                         qPrintable(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern
                                    + QStringLiteral(": ") + QString::number(answer.status)));
                // The same shape everywhere: the code, a Vietnamese message, the field at fault.
                const QJsonObject error = answer.json().value(QStringLiteral("error")).toObject();
                QVERIFY2(
                    error.value(QStringLiteral("message")).toString().contains(QStringLiteral("đăng nhập")),
                    qPrintable(error.value(QStringLiteral("message")).toString()));
                QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("Authorization"));
            }
        }
        QVERIFY(guarded >= 7);
    }

    void commandLineHelpListsEveryOption()
    {
        const auto help = ServerProcess::command(m_province.database(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const auto& option : danhgia::server::ServerConfig::options()) {
            QVERIFY2(help.out.contains(danhgia::server::ServerConfig::flagName(option.key)),
                     qPrintable(option.key));
            QVERIFY2(help.out.contains(danhgia::server::ServerConfig::environmentName(option.key)),
                     qPrintable(option.key));
        }
        for (const char* command : {"serve", "migrate", "admin unit import", "admin user add",
                                    "admin user disable", "admin user list", "admin sessions purge"}) {
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        }
        // In Vietnamese, as every message of the server.
        QVERIFY2(help.out.contains(QStringLiteral("Cách dùng")), qPrintable(help.out.left(200)));
        const auto unknown = ServerProcess::command(m_province.database(),
                                                    {QStringLiteral("serve"), QStringLiteral("--port")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("--port")));
    }

    void expiredOrRevokedTokenIsRefused()
    {
        HttpTestClient client(m_province.port());
        const auto signedIn
            = client.post(QStringLiteral("/api/v1/auth/sign-in"),
                          {{QStringLiteral("login"), QStringLiteral("xdd")},
                           {QStringLiteral("password"), QString::fromLatin1(ProvinceFixture::Password)}});
        const QByteArray access = signedIn.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const QString refresh = signedIn.json().value(QStringLiteral("refresh_token")).toString();
        client.setToken(access);
        QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
        // Expired: the access token's time is up (moved back in the database, not waited for).
        danhgia::server::PgConnection db;
        QString error;
        QVERIFY2(db.open(m_province.database(), &error), qPrintable(error));
        QVERIFY(db.exec("UPDATE sessions SET access_expires = now() - interval '1 second'").ok());
        const auto expired = client.get(QStringLiteral("/api/v1/me"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
        // Refresh rotates: a new pair works (the old refresh token presented again ends the
        // session: refreshTokenUsedTwiceEndsTheSession).
        const HttpTestClient anonymous(m_province.port());
        const auto rotated = anonymous.post(QStringLiteral("/api/v1/auth/refresh"),
                                            {{QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(rotated.status, 200);
        QVERIFY(rotated.json().value(QStringLiteral("refresh_token")).toString() != refresh);
        client.setToken(rotated.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
        // Revoked by sign-out: the access and the refresh token.
        QCOMPARE(client.post(QStringLiteral("/api/v1/auth/sign-out"), {}).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(anonymous
                     .post(QStringLiteral("/api/v1/auth/refresh"),
                           {{QStringLiteral("refresh_token"),
                             rotated.json().value(QStringLiteral("refresh_token"))}})
                     .status,
                 401);
        // Revoked by disabling the account.
        const HttpTestClient head = m_province.client(QStringLiteral("xcl-head"));
        QCOMPARE(head.get(QStringLiteral("/api/v1/me")).status, 200);
        const auto disabled = ServerProcess::command(m_province.database(),
                                                     {QStringLiteral("admin"), QStringLiteral("user"),
                                                      QStringLiteral("disable"), QStringLiteral("xcl-head")});
        QCOMPARE(disabled.exitCode, 0);
        QCOMPARE(head.get(QStringLiteral("/api/v1/me")).status, 401);
        QVERIFY(m_province.signIn(QStringLiteral("xcl-head")).isEmpty());
        const auto list = ServerProcess::command(
            m_province.database(), {QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("xcl-head\tXCL\tunit_head")));
    }

    void refreshTokenUsedTwiceEndsTheSession()
    {
        const HttpTestClient anonymous(m_province.port());
        const auto signedIn
            = anonymous.post(QStringLiteral("/api/v1/auth/sign-in"),
                             {{QStringLiteral("login"), QStringLiteral("xdd")},
                              {QStringLiteral("password"), QString::fromLatin1(ProvinceFixture::Password)}});
        const QString first = signedIn.json().value(QStringLiteral("refresh_token")).toString();
        const auto rotated = anonymous.post(QStringLiteral("/api/v1/auth/refresh"),
                                            {{QStringLiteral("refresh_token"), first}});
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(second != first);
        HttpTestClient holder(m_province.port());
        holder.setToken(rotated.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(holder.get(QStringLiteral("/api/v1/me")).status, 200);
        // The used-up token comes back (a copy someone kept): refused, and the session ends for
        // whoever holds its newer tokens too.
        const auto reused = anonymous.post(QStringLiteral("/api/v1/auth/refresh"),
                                           {{QStringLiteral("refresh_token"), first}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("refresh_invalid"));
        QCOMPARE(holder.get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(
            anonymous
                .post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), second}})
                .status,
            401);
        // Other sessions of the account go on; signing in again works.
        QVERIFY(!m_province.signIn(QStringLiteral("xdd")).isEmpty());
    }

    void endedSessionsArePurged()
    {
        const HttpTestClient live = m_province.client(QStringLiteral("thamdinh"));
        HttpTestClient signedOut = m_province.client(QStringLiteral("thamdinh"));
        QCOMPARE(signedOut.post(QStringLiteral("/api/v1/auth/sign-out"), {}).status, 200);
        danhgia::server::PgConnection db;
        QString error;
        QVERIFY2(db.open(m_province.database(), &error), qPrintable(error));
        QVERIFY(db.exec("SELECT count(*) FROM sessions WHERE revoked").integer(0, 0) > 0);
        const auto purged = ServerProcess::command(
            m_province.database(),
            {QStringLiteral("admin"), QStringLiteral("sessions"), QStringLiteral("purge")});
        QCOMPARE(purged.exitCode, 0);
        QCOMPARE(
            db.exec("SELECT count(*) FROM sessions WHERE revoked OR refresh_expires < now()").integer(0, 0),
            qint64(0));
        QCOMPARE(live.get(QStringLiteral("/api/v1/me")).status, 200);
        QCOMPARE(signedOut.get(QStringLiteral("/api/v1/me")).status, 401);
    }

    void failedSignInsAreThrottled()
    {
        const auto added
            = ServerProcess::command(m_province.database(),
                                     {QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                                      QStringLiteral("khoa"), QStringLiteral("--unit"), QStringLiteral("XDD"),
                                      QStringLiteral("--role"), QStringLiteral("self_assessor")},
                                     "dung-mat-khau\n");
        QCOMPARE(added.exitCode, 0);
        const HttpTestClient anonymous(m_province.port());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(anonymous
                         .post(QStringLiteral("/api/v1/auth/sign-in"),
                               {{QStringLiteral("login"), QStringLiteral("khoa")},
                                {QStringLiteral("password"), QStringLiteral("sai")}})
                         .status,
                     401);
        }
        const auto locked = anonymous.post(QStringLiteral("/api/v1/auth/sign-in"),
                                           {{QStringLiteral("login"), QStringLiteral("khoa")},
                                            {QStringLiteral("password"), QStringLiteral("dung-mat-khau")}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
    }

    void failedSignInsAreThrottledPerAddress()
    {
        // Behind nginx: the client's address is the last of X-Forwarded-For.
        ServerProcess behindNginx(m_province.database());
        QString error;
        QVERIFY2(behindNginx.start(&error,
                                   {QStringLiteral("--trust-forwarded-for"), QStringLiteral("true"),
                                    QStringLiteral("--address-failures"), QStringLiteral("3")}),
                 qPrintable(error));
        const HttpTestClient proxy(behindNginx.port());
        auto signIn = [&proxy](const QString& login, const QByteArray& password, const QByteArray& from) {
            const QByteArray body
                = QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                            {QStringLiteral("password"), QString::fromLatin1(password)}})
                      .toJson(QJsonDocument::Compact);
            return proxy.request("POST", QStringLiteral("/api/v1/auth/sign-in"), body,
                                 {{"Content-Type", "application/json"}, {"X-Forwarded-For", from}});
        };
        // Three logins guessed from one address (none of them locked on its own)...
        for (const QString& login :
             {QStringLiteral("doan-1"), QStringLiteral("doan-2"), QStringLiteral("doan-3")}) {
            QCOMPARE(signIn(login, "sai", "10.1.1.1, 198.51.100.7").status, 401);
        }
        // ...lock that address, even for a right password...
        const auto locked = signIn(QStringLiteral("quantri"), ProvinceFixture::Password, "198.51.100.7");
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
        // ...and no other address.
        QCOMPARE(signIn(QStringLiteral("quantri"), ProvinceFixture::Password, "198.51.100.8").status, 200);
        // A server not told to trust the header counts the peer, not what a client writes in it.
        const HttpTestClient direct(m_province.port());
        const QByteArray body
            = QJsonDocument(
                  QJsonObject{{QStringLiteral("login"), QStringLiteral("quantri")},
                              {QStringLiteral("password"), QString::fromLatin1(ProvinceFixture::Password)}})
                  .toJson(QJsonDocument::Compact);
        QCOMPARE(direct
                     .request("POST", QStringLiteral("/api/v1/auth/sign-in"), body,
                              {{"Content-Type", "application/json"}, {"X-Forwarded-For", "198.51.100.7"}})
                     .status,
                 200);
    }

    void requestsAreLoggedWithoutSecrets()
    {
        const QByteArray token = m_province.signIn(QStringLiteral("thamdinh"));
        HttpTestClient client(m_province.port());
        client.setToken(token);
        QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 200);
        const QByteArray log = m_province.server().log();
        QVERIFY(!log.contains(token));
        QVERIFY(!log.contains(ProvinceFixture::Password));
        // One JSON line per request: its id, the user, the route, the status and the time taken.
        QJsonObject line;
        for (const QByteArray& text : log.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            if (object.value(QStringLiteral("route")) == QLatin1String("/api/v1/me")
                && object.value(QStringLiteral("user")) == QLatin1String("thamdinh")) {
                line = object;
            }
        }
        QVERIFY2(!line.isEmpty(), log.right(500).constData());
        QVERIFY(!line.value(QStringLiteral("request")).toString().isEmpty());
        QCOMPARE(line.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(line.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(line.value(QStringLiteral("ms")).isDouble());
        // A sign-in names who signed in; a failed one names nobody (a login field sometimes holds
        // a mistyped password).
        bool signInNamed = false;
        for (const QByteArray& text : log.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            if (object.value(QStringLiteral("route")) == QLatin1String("/api/v1/auth/sign-in")) {
                const int status = object.value(QStringLiteral("status")).toInt();
                const QString user = object.value(QStringLiteral("user")).toString();
                QVERIFY2(status == 200 || user.isEmpty(), text.constData());
                signInNamed = signInNamed || (status == 200 && user == QLatin1String("thamdinh"));
            }
        }
        QVERIFY(signInNamed);
    }

    void oversizeRequestGets413()
    {
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const auto body
            = commune.request("POST", QStringLiteral("/api/v1/sync/push"), QByteArray(2 * 1024 * 1024, 'x'),
                              {{"Content-Type", "application/json"}});
        QCOMPARE(body.status, 413);
        QCOMPARE(body.errorCode(), QStringLiteral("body_too_large"));
        const auto header
            = commune.request("GET", QStringLiteral("/health"), {}, {{"X-Padding", QByteArray(16000, 'p')}});
        QCOMPARE(header.status, 413);
        QCOMPARE(header.errorCode(), QStringLiteral("header_too_large"));
        // The server goes on serving.
        QCOMPARE(commune.get(QStringLiteral("/health")).status, 200);
    }

    void slowClientIsCutOff()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_province.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and never the end of the headers
        socket.waitForBytesWritten(1000);
        // Bounded: the server closes the connection after its request timeout (1.5 s here).
        QVERIFY(socket.waitForDisconnected(10000));
        QVERIFY(socket.readAll().isEmpty());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerAccounts)
#include "TestServerAccounts.moc"
