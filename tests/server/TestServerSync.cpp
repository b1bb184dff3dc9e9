#include "ApiRoutes.h"
#include "OutboxTranslator.h"
#include "PgConnection.h"
#include "ProvinceFixture.h"
#include "Router.h"
#include "ServerConfig.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtTest>

// The sync API end to end: a real PostgreSQL, a real danhgia-server process, HTTP on loopback.
class TestServerSync : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;

    static QJsonArray outcomes(const HttpTestClient::Response& response)
    {
        return response.json().value(QStringLiteral("outcomes")).toArray();
    }
    static QString status(const HttpTestClient::Response& response, int i = 0)
    {
        return outcomes(response).at(i).toObject().value(QStringLiteral("status")).toString();
    }
    static QString errorCode(const HttpTestClient::Response& response, int i = 0)
    {
        return outcomes(response)
            .at(i)
            .toObject()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    static QJsonObject leafChange(const QString& stage, const QString& code, double points)
    {
        // As the client's SheetValueStore records one value (changeRecord).
        return {{QStringLiteral("stage"), stage},
                {QStringLiteral("code"), code},
                {QStringLiteral("value"), QJsonObject{{QStringLiteral("points"), points}}},
                {QStringLiteral("change_reason"), QString()}};
    }
    QJsonObject row(const HttpTestClient& client, const QString& uuid)
    {
        const auto changes = client.get(QStringLiteral("/api/v1/sync/changes?since=0"));
        for (const QJsonValue& change : changes.json().value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("uuid")).toString() == uuid) {
                return change.toObject();
            }
        }
        return {};
    }
    QByteArray evidenceContent(int size, char seed)
    {
        QByteArray content(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i) {
            content[i] = static_cast<char>(seed + i * 7 % 251);
        }
        return content;
    }
    QString attachEvidence(const QString& login, const QString& sheet, const QByteArray& content)
    {
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString uuid = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            m_province.client(login), login + QStringLiteral("-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("evidence_files"), uuid,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("uuid"), uuid},
                                  {QStringLiteral("sheet_uuid"), sheet},
                                  {QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("size"), content.size()},
                                  {QStringLiteral("original_name"), QStringLiteral("Kế hoạch CCHC.pdf")},
                                  {QStringLiteral("added_by"), login}})});
        return status(answer) == QLatin1String("applied") ? sha : QString();
    }

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

    void twoCommunesAndAnAppraiserPushAndPull()
    {
        const QString xcl
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QString xdd
            = m_province.createSheet(QStringLiteral("xdd"), QStringLiteral("xdd-db"), QStringLiteral("XDD"));
        QVERIFY(!xcl.isEmpty() && !xdd.isEmpty());
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QJsonObject explanation{
            {QStringLiteral("code"), QStringLiteral("1.1")},
            {QStringLiteral("explanation"), QStringLiteral("Kế hoạch đăng trên cổng thông tin")}};
        QJsonObject values = leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 5);
        // A client's totals are never trusted: the server recomputes them.
        values.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("self"), QStringLiteral("100")}});
        auto answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(QStringLiteral("xcl-1"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 4)),
             ProvinceFixture::op(QStringLiteral("xcl-2"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0, values),
             ProvinceFixture::op(QStringLiteral("xcl-3"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0, explanation),
             ProvinceFixture::op(QStringLiteral("xcl-4"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("state"), QStringLiteral("submitted")},
                                  {QStringLiteral("role"), QStringLiteral("self_assessor")}})});
        QCOMPARE(answer.status, 200);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(status(answer, i) == QLatin1String("applied"), answer.body.constData());
        }
        // The commune sees its own sheet and not the other commune's.
        const QJsonObject own = row(commune, xcl);
        QCOMPARE(own.value(QStringLiteral("data")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(own.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("self"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toString(),
                 QStringLiteral("9"));
        QVERIFY(row(commune, xdd).isEmpty());
        // The provincial appraiser sees both, appraises one with a changed value and its reason.
        const HttpTestClient appraiser = m_province.client(QStringLiteral("thamdinh"));
        QVERIFY(!row(appraiser, xdd).isEmpty());
        const qint64 version = row(appraiser, xcl).value(QStringLiteral("version")).toInteger();
        QJsonObject appraised = leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 3);
        appraised.insert(QStringLiteral("change_reason"), QStringLiteral("Kế hoạch ban hành chậm"));
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("province-appraiser-db"),
            {ProvinceFixture::op(QStringLiteral("td-1"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), version, appraised),
             ProvinceFixture::op(QStringLiteral("td-2"), QStringLiteral("score_sheets"), xcl,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("appraised")}})});
        QVERIFY2(status(answer, 0) == QLatin1String("applied")
                     && status(answer, 1) == QLatin1String("applied"),
                 answer.body.constData());
        const QJsonObject pulled = row(commune, xcl).value(QStringLiteral("data")).toObject();
        QCOMPARE(pulled.value(QStringLiteral("state")).toString(), QStringLiteral("appraised"));
        QCOMPARE(pulled.value(QStringLiteral("reasons"))
                     .toObject()
                     .value(QStringLiteral("appraised"))
                     .toObject()
                     .value(QStringLiteral("1.1")),
                 QJsonValue(QStringLiteral("Kế hoạch ban hành chậm")));
        // Pages: a cursor and a limit walk every change once, in version order.
        qint64 cursor = 0;
        qint64 last = 0;
        bool more = true;
        for (int page = 0; page < 100 && more; ++page) {
            const auto changes
                = appraiser.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=2").arg(cursor));
            for (const QJsonValue& change : changes.json().value(QStringLiteral("changes")).toArray()) {
                const qint64 v = change.toObject().value(QStringLiteral("version")).toInteger();
                QVERIFY(v > last);
                last = v;
            }
            cursor = changes.json().value(QStringLiteral("next")).toInteger();
            more = changes.json().value(QStringLiteral("more")).toBool();
        }
        QVERIFY(!more);
        QCOMPARE(cursor, last);
    }

    void replayedPushChangesNothing()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xdd"), QStringLiteral("xdd-db"), QStringLiteral("XDD"));
        const HttpTestClient commune = m_province.client(QStringLiteral("xdd"));
        const QJsonArray batch{
            ProvinceFixture::op(QStringLiteral("xdd-r1"), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 2)),
            ProvinceFixture::op(QStringLiteral("xdd-r2"), QStringLiteral("score_sheets"), sheet,
                                QStringLiteral("update"), 0,
                                {{QStringLiteral("state"), QStringLiteral("approved")}})};
        const auto first = ProvinceFixture::push(commune, QStringLiteral("xdd-db"), batch);
        QCOMPARE(status(first, 0), QStringLiteral("applied"));
        QCOMPARE(status(first, 1), QStringLiteral("refused"));
        const auto second = ProvinceFixture::push(commune, QStringLiteral("xdd-db"), batch);
        QCOMPARE(outcomes(second), outcomes(first));
        QCOMPARE(second.json().value(QStringLiteral("server_version")),
                 first.json().value(QStringLiteral("server_version")));
    }

    void staleChangeBecomesAConflict()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient a = m_province.client(QStringLiteral("xcl"));
        const qint64 base = row(a, sheet).value(QStringLiteral("version")).toInteger();
        auto answer = ProvinceFixture::push(
            a, QStringLiteral("xcl-laptop"),
            {ProvinceFixture::op(QStringLiteral("lap-1"), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), base,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 1))});
        QCOMPARE(status(answer), QStringLiteral("applied"));
        // Another machine of the commune edits the same leaf on the old version.
        answer = ProvinceFixture::push(
            a, QStringLiteral("xcl-desktop"),
            {ProvinceFixture::op(QStringLiteral("desk-1"), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), base,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 3))});
        QCOMPARE(status(answer), QStringLiteral("conflict"));
        const QJsonObject conflict
            = outcomes(answer).at(0).toObject().value(QStringLiteral("conflict")).toObject();
        QCOMPARE(conflict.value(QStringLiteral("base_version")).toInteger(), base);
        QVERIFY(conflict.value(QStringLiteral("server_version")).toInteger() > base);
        QCOMPARE(conflict.value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("values.self.1.2")});
        QCOMPARE(conflict.value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("self"))
                     .toObject()
                     .value(QStringLiteral("1.2"))
                     .toObject()
                     .value(QStringLiteral("points"))
                     .toDouble(),
                 1.0);
        QVERIFY(conflict.value(QStringLiteral("base")).isObject());
        // The value on the server is the first one still.
        QCOMPARE(
            row(a, sheet)
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("values"))
                .toObject()
                .value(QStringLiteral("self")),
            QJsonValue(QJsonObject{{QStringLiteral("1.2"), QJsonObject{{QStringLiteral("points"), 1}}}}));
    }

    void communeCannotReachAnotherCommunesSheetOrEvidence()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, evidenceContent(1000, 'a'));
        QVERIFY(!sha.isEmpty());
        const HttpTestClient other = m_province.client(QStringLiteral("xdd"));
        const auto write = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 5))});
        QCOMPARE(status(write), QStringLiteral("refused"));
        QCOMPARE(errorCode(write), QStringLiteral("not_found"));
        // The same answer as for a sheet that does not exist: nothing leaks.
        const auto missing = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"),
                                 ProvinceFixture::newUuid(), QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 5))});
        QCOMPARE(outcomes(missing).at(0).toObject().value(QStringLiteral("error")),
                 outcomes(write).at(0).toObject().value(QStringLiteral("error")));
        QVERIFY(row(other, sheet).isEmpty());
        const auto download = other.get(QStringLiteral("/api/v1/evidence/%1").arg(sha));
        QCOMPARE(download.status, 404);
        QCOMPARE(other.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha)).status, 404);
        // Evidence rows on another commune's sheet are refused too.
        const auto attach = ProvinceFixture::push(
            other, QStringLiteral("xdd-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("evidence_files"),
                                 ProvinceFixture::newUuid(), QStringLiteral("insert"), 0,
                                 {{QStringLiteral("sheet_uuid"), sheet},
                                  {QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("size"), 1000}})});
        QCOMPARE(status(attach), QStringLiteral("refused"));
        QCOMPARE(errorCode(attach), QStringLiteral("unknown_reference"));
    }

    void communeCannotApprove()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        for (const QString& login : {QStringLiteral("xcl"), QStringLiteral("xcl-head")}) {
            const HttpTestClient client = m_province.client(login);
            const qint64 base = row(client, sheet).value(QStringLiteral("version")).toInteger();
            const auto answer = ProvinceFixture::push(
                client, login + QStringLiteral("-db"),
                {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                     QStringLiteral("update"), base,
                                     {{QStringLiteral("state"), QStringLiteral("approved")}})});
            QCOMPARE(status(answer), QStringLiteral("refused"));
            QVERIFY2(errorCode(answer) == QLatin1String("forbidden")
                         || errorCode(answer) == QLatin1String("workflow_refused"),
                     answer.body.constData());
        }
        // Even on an appraised sheet, the commune may not approve; the council chair may.
        const QString appraisedSheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        auto answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.1"), 4)),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 leafChange(QStringLiteral("self"), QStringLiteral("1.2"), 4)),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("explanation"), QStringLiteral("Có văn bản")}}),
             ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), 0,
                                 {{QStringLiteral("state"), QStringLiteral("submitted")}})});
        QCOMPARE(status(answer, 3), QStringLiteral("applied"));
        const HttpTestClient appraiser = m_province.client(QStringLiteral("thamdinh"));
        qint64 version = row(appraiser, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("appraised")}})});
        QCOMPARE(status(answer), QStringLiteral("applied"));
        version = row(commune, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("approved")}})});
        QCOMPARE(status(answer), QStringLiteral("refused"));
        QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
        answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 {{QStringLiteral("state"), QStringLiteral("approved")}})});
        QCOMPARE(status(answer), QStringLiteral("applied"));
        // Approved: immutable unless reopened with a reason; a change made on the old base conflicts.
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 1))});
        QCOMPARE(status(answer), QStringLiteral("conflict"));
        QVERIFY(outcomes(answer)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("conflict"))
                    .toObject()
                    .value(QStringLiteral("approved_since_base"))
                    .toBool());
        version = row(appraiser, appraisedSheet).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            appraiser, QStringLiteral("td-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), appraisedSheet,
                                 QStringLiteral("update"), version,
                                 leafChange(QStringLiteral("appraised"), QStringLiteral("1.1"), 1))});
        QCOMPARE(status(answer), QStringLiteral("refused"));
        QCOMPARE(errorCode(answer), QStringLiteral("workflow_refused"));
        QJsonObject reopen = ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"),
                                                 appraisedSheet, QStringLiteral("update"), version,
                                                 {{QStringLiteral("state"), QStringLiteral("appraised")}});
        answer = ProvinceFixture::push(m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
                                       {reopen});
        QCOMPARE(errorCode(answer), QStringLiteral("workflow_refused")); // no reason
        reopen.insert(QStringLiteral("op_id"), ProvinceFixture::newUuid());
        reopen.insert(QStringLiteral("reason"), QStringLiteral("Sửa điểm tiêu chí 1.1 theo kết luận"));
        answer = ProvinceFixture::push(m_province.client(QStringLiteral("chutich")), QStringLiteral("ct-db"),
                                       {reopen});
        QCOMPARE(status(answer), QStringLiteral("applied"));
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

    void evidenceUploadCutOffAndResumed()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray content = evidenceContent(300 * 1000, 'e');
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, content);
        QVERIFY(!sha.isEmpty());
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        const QString path = QStringLiteral("/api/v1/evidence/%1/upload?offset=%2&size=%3");
        auto answer = commune.put(path.arg(sha).arg(0).arg(content.size()), content.left(100000));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("committed")).toInteger(), 100000);
        // The next part is cut off half way: nothing of it is committed.
        QVERIFY(commune.sendTruncated(path.arg(sha).arg(100000).arg(content.size()),
                                      content.mid(100000, 100000), 50000));
        answer = commune.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha));
        QCOMPARE(answer.json().value(QStringLiteral("committed")).toInteger(), 100000);
        QVERIFY(!answer.json().value(QStringLiteral("complete")).toBool());
        // Sending from a wrong offset is refused with the committed one.
        answer = commune.put(path.arg(sha).arg(150000).arg(content.size()), content.mid(150000, 1000));
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.errorCode(), QStringLiteral("offset_mismatch"));
        answer = commune.put(path.arg(sha).arg(100000).arg(content.size()), content.mid(100000));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().value(QStringLiteral("complete")).toBool());
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1").arg(sha)).body, content);
        QCOMPARE(m_province.client(QStringLiteral("thamdinh"))
                     .get(QStringLiteral("/api/v1/evidence/%1").arg(sha))
                     .body,
                 content);
    }

    void wrongHashIsRefused()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray content = evidenceContent(5000, 'w');
        const QString sha = attachEvidence(QStringLiteral("xcl"), sheet, content);
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QByteArray tampered = content;
        tampered[10] = 'X';
        const auto answer = commune.put(
            QStringLiteral("/api/v1/evidence/%1/upload?offset=0&size=%2").arg(sha).arg(content.size()),
            tampered);
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.errorCode(), QStringLiteral("hash_mismatch"));
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1").arg(sha)).status, 404);
        QCOMPARE(commune.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha))
                     .json()
                     .value(QStringLiteral("committed"))
                     .toInteger(),
                 0);
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

    void onlyTheProvincePublishesAndPublishedSetsStay()
    {
        const QString set = ProvinceFixture::newUuid();
        QJsonObject payload{
            {QStringLiteral("set_id"), QStringLiteral("thu-nghiem-2026")},
            {QStringLiteral("version"), 2},
            {QStringLiteral("title"), QStringLiteral("Bộ tiêu chí thử nghiệm")},
            {QStringLiteral("kind"), QStringLiteral("par_index")},
            {QStringLiteral("document"), QString::fromUtf8(ProvinceFixture::criteriaDocument())},
            {QStringLiteral("status"), QStringLiteral("published")}};
        auto answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("xcl")), QStringLiteral("xcl-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"), set,
                                 QStringLiteral("insert"), 0, payload)});
        QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
        // A set the core finds wrong is refused with the path of the fault.
        QJsonObject broken = payload;
        broken.insert(QStringLiteral("document"),
                      QString::fromUtf8(ProvinceFixture::criteriaDocument())
                          .replace(QStringLiteral("\"max\": 5,"), QStringLiteral("\"max\": -5,")));
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"), set,
                                 QStringLiteral("insert"), 0, broken)});
        QCOMPARE(errorCode(answer), QStringLiteral("validation_failed"));
        QVERIFY(outcomes(answer)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("field"))
                    .toString()
                    .startsWith(QStringLiteral("payload.document.")));
        // The published version of the fixture cannot change.
        const qint64 version
            = row(admin, m_province.criteriaSetUuid).value(QStringLiteral("version")).toInteger();
        answer = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("criteria_sets"),
                                 m_province.criteriaSetUuid, QStringLiteral("update"), version,
                                 {{QStringLiteral("status"), QStringLiteral("draft")}})});
        QCOMPARE(errorCode(answer), QStringLiteral("published_immutable"));
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
    }

    void localIdsAreTranslatedAtTheEdge()
    {
        // Two client databases in which the campaign has different local ids (1 and 7): their
        // outbox payloads, built as SheetStore::save builds them, name it by local id.
        OutboxTranslator first;
        OutboxTranslator second;
        first.know(QStringLiteral("campaigns"), 1, m_province.campaignUuid);
        second.know(QStringLiteral("campaigns"), 7, m_province.campaignUuid);
        const QString a = ProvinceFixture::newUuid();
        const QString b = ProvinceFixture::newUuid();
        auto outbox = [](qint64 campaignId, const QString& uuid, const QString& period) {
            return QJsonObject{
                {QStringLiteral("campaign_id"), campaignId},
                {QStringLiteral("subject_code"), QStringLiteral("XCL")},
                {QStringLiteral("period"), period},
                {QStringLiteral("subject_name"), QStringLiteral("Ủy ban nhân dân xã Chi Lăng")},
                {QStringLiteral("subject_group"), QString()},
                {QStringLiteral("flags"), QStringLiteral("[]")},
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("stage"), QStringLiteral("self")},
                {QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("1.2"), QJsonObject{{QStringLiteral("points"), 2}}}}}};
        };
        QString error;
        const QJsonObject opA
            = first.translate(QStringLiteral("a-1"), QStringLiteral("score_sheets"), a,
                              QStringLiteral("insert"), 0, outbox(1, a, QStringLiteral("Q1")), &error);
        const QJsonObject opB
            = second.translate(QStringLiteral("b-1"), QStringLiteral("score_sheets"), b,
                               QStringLiteral("insert"), 0, outbox(7, b, QStringLiteral("Q2")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QCOMPARE(status(ProvinceFixture::push(commune, QStringLiteral("xcl-db-a"), {opA})),
                 QStringLiteral("applied"));
        QCOMPARE(status(ProvinceFixture::push(commune, QStringLiteral("xcl-db-b"), {opB})),
                 QStringLiteral("applied"));
        for (const QString& uuid : {a, b}) {
            QCOMPARE(row(commune, uuid)
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("campaign_uuid"))
                         .toString(),
                     m_province.campaignUuid);
        }
        // A payload that still carries a local id is refused, naming the field.
        const QString c = ProvinceFixture::newUuid();
        const auto raw = ProvinceFixture::push(
            commune, QStringLiteral("xcl-db-a"),
            {ProvinceFixture::op(QStringLiteral("a-2"), QStringLiteral("score_sheets"), c,
                                 QStringLiteral("insert"), 0, outbox(1, c, QStringLiteral("Q3")))});
        QCOMPARE(errorCode(raw), QStringLiteral("local_id"));
        QCOMPARE(outcomes(raw)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("payload.campaign_id"));
    }

    void aNewOfficeAndItsPeopleInOnePush()
    {
        // The province adds an office under a commune and its staff in one batch, as a catalogue
        // import on the client fills the outbox.
        const QString office = ProvinceFixture::newUuid();
        const QString person = ProvinceFixture::newUuid();
        const auto answer = ProvinceFixture::push(
            m_province.client(QStringLiteral("quantri")), QStringLiteral("province-db"),
            {ProvinceFixture::op(
                 ProvinceFixture::newUuid(), QStringLiteral("units"), office, QStringLiteral("insert"), 0,
                 {{QStringLiteral("code"), QStringLiteral("XCL-VP")},
                  {QStringLiteral("name"), QStringLiteral("Văn phòng HĐND và UBND xã Chi Lăng")},
                  {QStringLiteral("kind"), QStringLiteral("office")},
                  {QStringLiteral("parent_uuid"), m_province.unitUuids.value(QStringLiteral("XCL"))},
                  {QStringLiteral("uuid"), office}}),
             ProvinceFixture::op(
                 ProvinceFixture::newUuid(), QStringLiteral("people"), person, QStringLiteral("insert"), 0,
                 {{QStringLiteral("code"), QStringLiteral("CB-XCL-0001")},
                  {QStringLiteral("full_name"), QStringLiteral("Hoàng Thị Mai")},
                  {QStringLiteral("position"), QStringLiteral("Công chức Văn phòng - Thống kê")},
                  {QStringLiteral("unit_uuid"), office},
                  {QStringLiteral("uuid"), person}})});
        QVERIFY2(status(answer, 0) == QLatin1String("applied")
                     && status(answer, 1) == QLatin1String("applied"),
                 answer.body.constData());
        // The office is under the commune: its account sees both, the other commune neither.
        const HttpTestClient commune = m_province.client(QStringLiteral("xcl"));
        QVERIFY(!row(commune, office).isEmpty());
        QVERIFY(!row(commune, person).isEmpty());
        QVERIFY(row(m_province.client(QStringLiteral("xdd")), person).isEmpty());
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

    void fullResyncPastTheTombstoneHorizon()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const HttpTestClient admin = m_province.client(QStringLiteral("quantri"));
        const qint64 before = admin.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=1"))
                                  .json()
                                  .value(QStringLiteral("server_version"))
                                  .toInteger();
        const auto deleted = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("delete"), 0, {})});
        QCOMPARE(status(deleted), QStringLiteral("conflict")); // made on base 0, the row is newer
        const qint64 version = row(admin, sheet).value(QStringLiteral("version")).toInteger();
        const auto again = ProvinceFixture::push(
            admin, QStringLiteral("province-db"),
            {ProvinceFixture::op(ProvinceFixture::newUuid(), QStringLiteral("score_sheets"), sheet,
                                 QStringLiteral("delete"), version, {})});
        QCOMPARE(status(again), QStringLiteral("applied"));
        const QJsonObject tombstone = row(admin, sheet);
        QVERIFY(tombstone.value(QStringLiteral("deleted")).toBool());
        QVERIFY(tombstone.value(QStringLiteral("data")).isNull());
        const auto purged = ServerProcess::command(
            m_province.database(),
            {QStringLiteral("admin"), QStringLiteral("tombstones"), QStringLiteral("purge"),
             QStringLiteral("--older-than-days"), QStringLiteral("0")});
        QCOMPARE(purged.exitCode, 0);
        const auto behind = admin.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before));
        QCOMPARE(behind.status, 410);
        QCOMPARE(behind.errorCode(), QStringLiteral("resync_required"));
        QCOMPARE(admin.get(QStringLiteral("/api/v1/sync/changes?since=0")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "TestServerSync.moc"
