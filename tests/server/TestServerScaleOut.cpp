#include "PgConnection.h"
#include "ProvinceFixture.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>
#include <QtTest>

// Two server processes on one database share nothing else; a server killed with SIGKILL in the
// middle of pushes loses no acknowledged operation and applies none twice.
class TestServerScaleOut : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;

    static QJsonArray outcomes(const HttpTestClient::Response& response)
    {
        return response.json().value(QStringLiteral("outcomes")).toArray();
    }
    static QJsonObject comment(const QString& opId, const QString& sheet, const QString& text)
    {
        const QString uuid = QUuid::createUuidV5(QUuid(), opId).toString(QUuid::WithoutBraces);
        return ProvinceFixture::op(opId, QStringLiteral("comments"), uuid, QStringLiteral("insert"), 0,
                                   {{QStringLiteral("sheet_uuid"), sheet},
                                    {QStringLiteral("code"), QStringLiteral("1.1")},
                                    {QStringLiteral("author"), QStringLiteral("xcl")},
                                    {QStringLiteral("body"), text}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }

    void twoProcessesShareOneDatabase()
    {
        ServerProcess second(m_province.database());
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        QVERIFY(!sheet.isEmpty());
        // Pushed through the first, pulled through the second (a token of one works on the other).
        HttpTestClient viaSecond(second.port());
        viaSecond.setToken(m_province.signIn(QStringLiteral("xcl")));
        const auto changes = viaSecond.get(QStringLiteral("/api/v1/sync/changes?since=0"));
        QVERIFY(changes.body.contains(sheet.toLatin1()));
        // A batch replayed against the other applies nothing.
        const HttpTestClient viaFirst = m_province.client(QStringLiteral("xcl"));
        const QJsonArray batch{comment(QStringLiteral("two-1"), sheet, QStringLiteral("Đã bổ sung")),
                               comment(QStringLiteral("two-2"), sheet, QStringLiteral("Đã gửi"))};
        const auto first = ProvinceFixture::push(viaFirst, QStringLiteral("xcl-db"), batch);
        QCOMPARE(outcomes(first).at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const auto replayed = ProvinceFixture::push(viaSecond, QStringLiteral("xcl-db"), batch);
        QCOMPARE(outcomes(replayed), outcomes(first));
        QCOMPARE(replayed.json().value(QStringLiteral("server_version")),
                 first.json().value(QStringLiteral("server_version")));
        // An upload started on one is finished on the other.
        QByteArray content(120000, 'z');
        for (int i = 0; i < content.size(); ++i) {
            content[i] = static_cast<char>(i % 253);
        }
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString evidence = ProvinceFixture::newUuid();
        const auto attached = ProvinceFixture::push(
            viaFirst, QStringLiteral("xcl-db"),
            {ProvinceFixture::op(QStringLiteral("two-3"), QStringLiteral("evidence_files"), evidence,
                                 QStringLiteral("insert"), 0,
                                 {{QStringLiteral("sheet_uuid"), sheet},
                                  {QStringLiteral("code"), QStringLiteral("1.1")},
                                  {QStringLiteral("sha256"), sha},
                                  {QStringLiteral("size"), content.size()},
                                  {QStringLiteral("original_name"), QStringLiteral("bien-ban.pdf")}})});
        QCOMPARE(outcomes(attached).at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const QString path = QStringLiteral("/api/v1/evidence/%1/upload?offset=%2&size=%3");
        QCOMPARE(viaFirst.put(path.arg(sha).arg(0).arg(content.size()), content.left(60000)).status, 200);
        QCOMPARE(viaSecond.get(QStringLiteral("/api/v1/evidence/%1/upload").arg(sha))
                     .json()
                     .value(QStringLiteral("committed"))
                     .toInteger(),
                 60000);
        const auto done = viaSecond.put(path.arg(sha).arg(60000).arg(content.size()), content.mid(60000));
        QVERIFY(done.json().value(QStringLiteral("complete")).toBool());
        QCOMPARE(viaFirst.get(QStringLiteral("/api/v1/evidence/%1").arg(sha)).body, content);
    }

    void connectionsPastTheLimitAreRefused()
    {
        ServerProcess limited(m_province.database());
        QString error;
        QVERIFY2(limited.start(&error, {QStringLiteral("--max-connections"), QStringLiteral("1")}),
                 qPrintable(error));
        QTcpSocket idle;
        idle.connectToHost(QStringLiteral("127.0.0.1"), limited.port());
        QVERIFY(idle.waitForConnected(5000));
        const HttpTestClient client(limited.port());
        // Bounded: the idle connection is counted once the server has accepted it.
        HttpTestClient::Response busy;
        for (int i = 0; i < 50 && busy.status != 503; ++i) {
            busy = client.get(QStringLiteral("/health"));
        }
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.errorCode(), QStringLiteral("busy"));
        idle.disconnectFromHost();
        HttpTestClient::Response served;
        for (int i = 0; i < 50 && served.status != 200; ++i) {
            QThread::msleep(100);
            served = client.get(QStringLiteral("/health"));
        }
        QCOMPARE(served.status, 200);
    }

    void killedDuringPushesLosesAndDoublesNothing()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray token = m_province.signIn(QStringLiteral("xcl"));
        const int rounds = 50;
        const int perBatch = 20;
        QSet<QString> acknowledged;
        QList<QJsonArray> batches;
        for (int round = 0; round < rounds; ++round) {
            QJsonArray batch;
            for (int i = 0; i < perBatch; ++i) {
                const QString id = QStringLiteral("kill-%1-%2").arg(round).arg(i);
                batch.append(comment(id, sheet, QStringLiteral("Ý kiến %1").arg(id)));
            }
            batches.append(batch);
        }
        ServerProcess server(m_province.database());
        const QByteArray head = "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                "Content-Type: application/json\r\nAuthorization: Bearer "
            + token + "\r\n";
        for (int round = 0; round < rounds; ++round) {
            QString error;
            QVERIFY2(server.start(&error), qPrintable(error));
            // This round's batch and the one before it (a client retrying what was not acknowledged).
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
            QVERIFY(socket.waitForConnected(5000));
            const QByteArray body
                = QJsonDocument(QJsonObject{{QStringLiteral("client"), QStringLiteral("xcl-kill-db")},
                                            {QStringLiteral("operations"), batches[round]}})
                      .toJson(QJsonDocument::Compact);
            socket.write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket.waitForBytesWritten(1000);
            // Killed at a different moment each round: before, during or after the commit.
            QThread::usleep(static_cast<unsigned long>((round % 10) * 6000));
            server.kill();
            QByteArray answer;
            for (int i = 0; i < 20 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
                if (socket.waitForReadyRead(50)) {
                    answer += socket.readAll();
                }
            }
            answer += socket.readAll();
            const int end = answer.indexOf("\r\n\r\n");
            if (answer.startsWith("HTTP/1.1 200") && end > 0) {
                for (const QJsonValue& outcome : QJsonDocument::fromJson(answer.mid(end + 4))
                                                     .object()
                                                     .value(QStringLiteral("outcomes"))
                                                     .toArray()) {
                    acknowledged.insert(outcome.toObject().value(QStringLiteral("op_id")).toString());
                }
            }
        }
        QString error;
        danhgia::server::PgConnection db;
        QVERIFY2(db.open(m_province.database(), &error), qPrintable(error));
        // No acknowledged operation is lost: each is in the history before any retry.
        for (const QString& id : acknowledged) {
            QCOMPARE(
                db.exec("SELECT count(*) FROM record_history WHERE op_id = $1", {id.toUtf8()}).integer(0, 0),
                qint64(1));
        }
        // After a restart the client pushes everything again: each operation is applied once.
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpTestClient client(server.port());
        client.setToken(token);
        for (const QJsonArray& batch : batches) {
            const auto answer = ProvinceFixture::push(client, QStringLiteral("xcl-kill-db"), batch);
            QCOMPARE(answer.status, 200);
            for (const QJsonValue& outcome : outcomes(answer)) {
                QCOMPARE(outcome.toObject().value(QStringLiteral("status")).toString(),
                         QStringLiteral("applied"));
            }
        }
        const auto counts
            = db.exec("SELECT count(*), count(DISTINCT op_id) FROM record_history WHERE op_id LIKE 'kill-%'");
        QCOMPARE(counts.integer(0, 0), qint64(rounds * perBatch));
        QCOMPARE(counts.integer(0, 1), qint64(rounds * perBatch));
        const auto rows = db.exec(
            "SELECT count(*) FROM records WHERE entity = 'comments' AND data->>'body' LIKE 'Ý kiến kill-%'");
        QCOMPARE(rows.integer(0, 0), qint64(rounds * perBatch));
        // Every acknowledged operation is there (it was counted above with all the others).
        qInfo("%lld operations acknowledged before a kill", static_cast<long long>(acknowledged.size()));
    }
};

QTEST_GUILESS_MAIN(TestServerScaleOut)
#include "TestServerScaleOut.moc"
