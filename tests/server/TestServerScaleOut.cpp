#include "PgConnection.h"
#include "ProvinceFixture.h"
#include "SchemaMigrator.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
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
        QCOMPARE(ProvinceFixture::outcomes(first).at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const auto replayed = ProvinceFixture::push(viaSecond, QStringLiteral("xcl-db"), batch);
        QCOMPARE(ProvinceFixture::outcomes(replayed), ProvinceFixture::outcomes(first));
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
        QCOMPARE(
            ProvinceFixture::outcomes(attached).at(0).toObject().value(QStringLiteral("status")).toString(),
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

    void migrationsRunOnceAndANewerSchemaIsRefused()
    {
        QString error;
        const QString fresh = m_province.cluster().createDatabase(QStringLiteral("fresh"), &error);
        QVERIFY2(!fresh.isEmpty(), qPrintable(error));
        // Two processes migrate the empty database at once (two servers starting together).
        QProcess first;
        QProcess second;
        for (QProcess* process : {&first, &second}) {
            process->start(ServerProcess::executable(),
                           {QStringLiteral("migrate"), QStringLiteral("--database"), fresh});
        }
        for (QProcess* process : {&first, &second}) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
        }
        const QString applied
            = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
        danhgia::server::PgConnection db;
        QVERIFY2(db.open(fresh, &error), qPrintable(error));
        const auto versions
            = db.exec("SELECT count(*), count(DISTINCT version), max(version) FROM schema_migrations");
        QCOMPARE(versions.integer(0, 0), versions.integer(0, 1));
        QCOMPARE(versions.integer(0, 2), qint64(danhgia::server::SchemaMigrator::latestVersion()));
        // Each version was applied by one of them only.
        for (int version = 1; version <= danhgia::server::SchemaMigrator::latestVersion(); ++version) {
            QCOMPARE(applied.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(version))), 1);
        }
        // Again: nothing to do.
        auto again = ServerProcess::command(fresh, {QStringLiteral("migrate")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.isEmpty());
        // A database a newer server wrote: this one refuses to migrate it or serve on it.
        QVERIFY(db.exec("INSERT INTO schema_migrations (version) VALUES (99)").ok());
        again = ServerProcess::command(fresh, {QStringLiteral("migrate")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("99")), qPrintable(again.err));
        ServerProcess refused(fresh);
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void killedDuringPushesLosesAndDoublesNothing()
    {
        const QString sheet
            = m_province.createSheet(QStringLiteral("xcl"), QStringLiteral("xcl-db"), QStringLiteral("XCL"));
        const QByteArray token = m_province.signIn(QStringLiteral("xcl"));
        const int rounds = 50;
        const int perBatch = 20;
        QList<QJsonArray> batches;
        for (int round = 0; round < rounds; ++round) {
            QJsonArray batch;
            for (int i = 0; i < perBatch; ++i) {
                const QString id = QStringLiteral("kill-%1-%2").arg(round).arg(i);
                batch.append(comment(id, sheet, QStringLiteral("Ý kiến %1").arg(id)));
            }
            batches.append(batch);
        }
        QString error;
        danhgia::server::PgConnection db;
        QVERIFY2(db.open(m_province.database(), &error), qPrintable(error));
        auto appliedOf = [&db](int round) {
            return db
                .exec("SELECT count(*) FROM record_history WHERE op_id LIKE $1",
                      {QStringLiteral("kill-%1-%").arg(round).toUtf8()})
                .integer(0, 0);
        };
        ServerProcess server(m_province.database());
        const QByteArray head = "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                "Content-Type: application/json\r\nAuthorization: Bearer "
            + token + "\r\n";
        QSet<QString> acknowledged;
        int inTransaction = 0; // kills that landed while the push's transaction was open
        for (int round = 0; round < rounds; ++round) {
            QVERIFY2(server.start(&error), qPrintable(error));
            // The batch before this round's again (a client retrying what may not have been
            // acknowledged), then this round's: operations already applied come back with their
            // stored outcome, in the same transaction as the new ones.
            QJsonArray operations = round > 0 ? batches[round - 1] : QJsonArray();
            for (const QJsonValue& op : batches[round]) {
                operations.append(op);
            }
            const QByteArray body
                = QJsonDocument(QJsonObject{{QStringLiteral("client"), QStringLiteral("xcl-kill-db")},
                                            {QStringLiteral("operations"), operations}})
                      .toJson(QJsonDocument::Compact);
            const QByteArray since = db.exec("SELECT clock_timestamp()").bytes(0, 0);
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket.waitForBytesWritten(1000);
            QByteArray answer;
            // Killed at one of three moments, watched in the database rather than timed (bounded
            // waits): once it has answered; while the push's transaction is open; as soon as the
            // batch's outcomes are committed, before or after the answer leaves.
            const int moment = round % 3;
            for (int i = 0; i < 2000 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
                if (moment == 1
                    && db.exec("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                               "pid <> pg_backend_pid() AND xact_start >= $1 AND query NOT LIKE '%pg_stat%'",
                               {since})
                            .integer(0, 0)
                        > 0) {
                    ++inTransaction;
                    break;
                }
                if (moment == 2
                    && db.exec("SELECT count(*) FROM operations WHERE client = 'xcl-kill-db' AND op_id = $1",
                               {QStringLiteral("kill-%1-%2").arg(round).arg(perBatch - 1).toUtf8()})
                            .integer(0, 0)
                        > 0) {
                    break;
                }
                if (socket.waitForReadyRead(moment == 0 ? 50 : 1)) {
                    answer += socket.readAll();
                }
            }
            server.kill();
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
            // A push is one transaction: a batch is applied whole or not at all.
            const qint64 applied = appliedOf(round);
            QVERIFY2(applied == 0 || applied == perBatch, qPrintable(QString::number(applied)));
        }
        // The answered rounds acknowledged their batches: the test did check something.
        QVERIFY(acknowledged.size() >= (rounds / 3) * perBatch);
        // No acknowledged operation is lost: each is in the history, once, before any retry.
        for (const QString& id : std::as_const(acknowledged)) {
            QCOMPARE(
                db.exec("SELECT count(*) FROM record_history WHERE op_id = $1", {id.toUtf8()}).integer(0, 0),
                qint64(1));
        }
        // Applied by a server killed before it answered: the case the stored outcomes are for.
        const qint64 appliedUnanswered
            = db.exec("SELECT count(*) FROM record_history WHERE op_id LIKE 'kill-%'").integer(0, 0)
            - acknowledged.size();
        // After a restart the client pushes everything again: each operation is applied once.
        QVERIFY2(server.start(&error), qPrintable(error));
        HttpTestClient client(server.port());
        client.setToken(token);
        for (const QJsonArray& batch : batches) {
            const auto answer = ProvinceFixture::push(client, QStringLiteral("xcl-kill-db"), batch);
            QCOMPARE(answer.status, 200);
            for (const QJsonValue& outcome : ProvinceFixture::outcomes(answer)) {
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
        qInfo("%lld operations acknowledged before a kill; %lld applied by a killed server without an "
              "answer; %d kills while a push's transaction was open",
              static_cast<long long>(acknowledged.size()), static_cast<long long>(appliedUnanswered),
              inTransaction);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestServerScaleOut)
#include "TestServerScaleOut.moc"
