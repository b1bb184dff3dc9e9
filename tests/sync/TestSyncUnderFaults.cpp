// The sync over a bad network: two commune databases and the province's, each synchronising in
// turn through a fault-injecting proxy (FaultProxy: connections dropped after N bytes of a request
// or an answer, delays, sometimes past the client's timeout, requests sent twice, answers lost after
// the server committed, uploads cut off), with edits on every side between rounds: the communes
// score their sheets, the province adds and renames people in the communes. After the faulty
// rounds (each fails only when the network did) and a clean sync of each, every database and the server agree
// row by row, every operation was applied exactly once, and every edit is on the server as last written.
// DANHGIA_SYNC_SEED replays a run (the seed is printed, and named in every failure);
// DANHGIA_SYNC_ROUNDS changes the number of rounds (200).

#include "FaultProxy.h"
#include "SyncWorld.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

class TestSyncUnderFaults : public QObject
{
    Q_OBJECT

private:
    struct Client
    {
        QString login;
        QString unit; // the commune whose sheet it scores; empty: the province
        std::unique_ptr<Database> db;
        std::unique_ptr<ServerConnection> connection;
        qint64 sheet = 0;
    };

    SyncWorld m_world;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_runs = 0;

    static quint32 seedOfRun()
    {
        bool ok = false;
        const quint32 seed = qEnvironmentVariable("DANHGIA_SYNC_SEED").toUInt(&ok);
        return ok ? seed : QRandomGenerator::global()->generate();
    }
    static int roundsOfRun()
    {
        bool ok = false;
        const int rounds = qEnvironmentVariableIntValue("DANHGIA_SYNC_ROUNDS", &ok);
        return ok && rounds > 0 ? rounds : 200;
    }
    static QString lastLines(const QStringList& lines, int n)
    {
        return lines.mid(std::max<qsizetype>(0, lines.size() - n)).join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_world.stop(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void randomisedRoundsThroughAFaultyNetworkEndIdentical()
    {
        int refreshes = 0;
        roundsThroughFaults(m_world.province().port(), roundsOfRun(), &refreshes);
    }

    void accessTokensRenewedThroughAFaultyNetwork()
    {
        // A second server process on the same database whose access tokens live 2 seconds: each
        // client renews its token (or signs in again, when a renewal's answer was lost and the
        // used-up refresh token ended the session) through the faults whenever its token ran out
        // between rounds; halfway, every token is left to run out and each client must renew its
        // own with the refresh token, so at least three renewals happen however fast the rounds go.
        ServerProcess shortLived(m_world.province().database());
        QString error;
        QVERIFY2(shortLived.start(&error, {QStringLiteral("--access-ttl"), QStringLiteral("2")}),
                 qPrintable(error));
        int refreshes = 0;
        roundsThroughFaults(shortLived.port(), std::min(roundsOfRun(), 150), &refreshes, true);
        qInfo("%d access tokens renewed", refreshes);
        if (!QTest::currentTestFailed()) {
            QVERIFY2(refreshes >= 3, qPrintable(QString::number(refreshes)));
        }
    }

private:
    // Every client syncs once on a clean network, so that each holds a live session; then every
    // access token is left to expire, and each client's next sync must renew it with its refresh token.
    void renewEveryTokenOnce(Client* clients, int count, FaultProxy& proxy, quint32 seed)
    {
        proxy.setFaulty(false);
        for (int i = 0; i < count; ++i) {
            SyncEngine engine(*clients[i].db, *clients[i].connection);
            const SyncSummary summary = engine.run();
            QVERIFY2(summary.completed,
                     qPrintable(QStringLiteral("seed %1, %2 before the tokens expire: %3")
                                    .arg(seed)
                                    .arg(clients[i].login, summary.toText())));
        }
        QTest::qWait(2200); // past the 2-second access tokens the server handed out
        for (int i = 0; i < count; ++i) {
            const int before = clients[i].connection->refreshes();
            SyncEngine engine(*clients[i].db, *clients[i].connection);
            const SyncSummary summary = engine.run();
            QVERIFY2(summary.completed && clients[i].connection->refreshes() > before,
                     qPrintable(QStringLiteral("seed %1, %2 after its token expired: %3, %4 renewals")
                                    .arg(seed)
                                    .arg(clients[i].login, summary.toText())
                                    .arg(clients[i].connection->refreshes() - before)));
        }
        proxy.setFaulty(true);
    }

    // `rounds` rounds through a FaultProxy in front of the server at `serverPort`, then a clean
    // sync of each database, and every check; the access tokens the clients renewed. With
    // `expireHalfway`, every token runs out halfway and each client renews its own.
    void roundsThroughFaults(quint16 serverPort, int rounds, int* refreshes, bool expireHalfway = false)
    {
        const quint32 seed = seedOfRun();
        const QString prefix = QStringLiteral("R%1-").arg(++m_runs); // people of this run
        qInfo("DANHGIA_SYNC_SEED=%u, %d rounds", seed, rounds);
        QRandomGenerator random(seed);
        QString error;
        Client clients[3];
        clients[0].login = QStringLiteral("quantri");
        clients[1].login = QStringLiteral("xcl");
        clients[1].unit = QStringLiteral("XCL");
        clients[2].login = QStringLiteral("xdd");
        clients[2].unit = QStringLiteral("XDD");
        for (Client& client : clients) {
            client.db = SyncWorld::open(m_dir->filePath(client.login + QStringLiteral(".sqlite")), &error);
            QVERIFY2(client.db, qPrintable(error));
        }
        const QString campaign = m_world.openCampaign(*clients[0].db, &error);
        QVERIFY2(!campaign.isEmpty(), qPrintable(error));
        for (Client& client : clients) {
            QVERIFY2(m_world.syncDirect(*client.db, client.login, &error), qPrintable(error));
            if (!client.unit.isEmpty()) {
                client.sheet = SyncWorld::sheetOf(*client.db, campaign, client.unit);
                QVERIFY(client.sheet > 0);
            }
        }

        FaultProxy proxy(serverPort, seed,
                         {40, std::chrono::milliseconds(150), std::chrono::milliseconds(1300)});
        QVERIFY2(proxy.start(&error), qPrintable(error));
        ServerConnection::Options options;
        options.timeout = std::chrono::milliseconds(1000);
        options.attempts = 6;
        options.backoff = std::chrono::milliseconds(5);
        options.maxBackoff = std::chrono::milliseconds(60);
        const QUrl through(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        proxy.setFaulty(false);
        for (Client& client : clients) {
            client.connection = std::make_unique<ServerConnection>(through, options);
            QVERIFY2(client.connection->signIn(client.login, QString::fromLatin1(ProvinceFixture::Password),
                                               &error),
                     qPrintable(error));
        }
        proxy.setFaulty(true);

        SyncWorld::Expected expected;
        QMap<QString, QString> unitOf; // the people the province added: code → unit
        int completed = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            if (expireHalfway && round == rounds / 2) {
                renewEveryTokenOnce(clients, 3, proxy, seed);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
            const QString where = QStringLiteral("seed %1, round %2").arg(seed).arg(round);
            const int edits = static_cast<int>(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                Client& editor = clients[random.bounded(3)];
                if (editor.unit.isEmpty()) {
                    // A new person in a commune, or one renamed.
                    const bool rename = !unitOf.isEmpty() && random.bounded(2) == 0;
                    const QString code = rename
                        ? unitOf.keys().at(random.bounded(unitOf.size()))
                        : prefix + QStringLiteral("CB%1").arg(unitOf.size() + 1, 4, 10, QLatin1Char('0'));
                    if (!rename) {
                        unitOf.insert(code,
                                      random.bounded(2) == 0 ? QStringLiteral("XCL") : QStringLiteral("XDD"));
                    }
                    const QString name = QStringLiteral("Nguyễn Văn Thử %1 (vòng %2)").arg(code).arg(round);
                    QVERIFY2(SyncWorld::putPerson(*editor.db, code, name, unitOf.value(code), &error),
                             qPrintable(where + QLatin1String(": ") + error));
                    expected.people.insert(code, name);
                } else {
                    const QString code = SyncWorld::leaves().at(random.bounded(4));
                    const Decimal points = *Decimal::fromString(QString::number(random.bounded(11) * 0.5));
                    QVERIFY2(SyncWorld::score(*editor.db, editor.sheet, editor.login, code, points, &error),
                             qPrintable(where + QLatin1String(": ") + error));
                    expected
                        .selfValues[SyncWorld::uuidOf(*editor.db, QStringLiteral("score_sheets"),
                                                      editor.sheet)]
                        .insert(code, points);
                }
            }
            Client& syncing = clients[random.bounded(3)];
            SyncEngine engine(*syncing.db, *syncing.connection);
            const SyncSummary summary = engine.run();
            completed += summary.completed ? 1 : 0;
            // A round fails only when the network did: after the bounded retries, no answer.
            QVERIFY2(summary.completed || syncing.connection->lastStatus() == 0,
                     qPrintable(QStringLiteral("%1, %2 failed with HTTP %3: %4\n%5")
                                    .arg(where, syncing.login)
                                    .arg(syncing.connection->lastStatus())
                                    .arg(summary.error, lastLines(proxy.log(), 20))));
            QVERIFY2(
                summary.refused == 0 && summary.conflicts == 0,
                qPrintable(QStringLiteral("%1, %2: %3\n%4")
                               .arg(where, syncing.login, summary.toText(), lastLines(proxy.log(), 20))));
        }
        const qint64 faultyMs = timer.elapsed();

        // A clean network: each syncs twice (the second takes what the others sent after its first).
        proxy.setFaulty(false);
        for (int pass = 0; pass < 2; ++pass) {
            for (Client& client : clients) {
                SyncEngine engine(*client.db, *client.connection);
                const SyncSummary summary = engine.run();
                QVERIFY2(summary.completed && summary.refused == 0 && summary.conflicts == 0,
                         qPrintable(QStringLiteral("seed %1, final sync of %2: %3")
                                        .arg(seed)
                                        .arg(client.login, summary.toText())));
            }
        }
        for (Client& client : clients) {
            const QStringList differences = m_world.differences(*client.db, client.login);
            QVERIFY2(differences.isEmpty(),
                     qPrintable(QStringLiteral("seed %1, %2 differs from the server:\n%3")
                                    .arg(seed)
                                    .arg(client.login, lastLines(differences, 20))));
            const QStringList twice = m_world.notExactlyOnce(*client.db);
            QVERIFY2(
                twice.isEmpty(),
                qPrintable(
                    QStringLiteral("seed %1, %2:\n%3").arg(seed).arg(client.login, lastLines(twice, 20))));
        }
        const QStringList lost = m_world.missing(expected);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("seed %1, lost:\n%2").arg(seed).arg(lastLines(lost, 20))));

        // The network was bad, in every way, and the rounds still got through.
        const auto counts = proxy.counts();
        QStringList tally;
        for (auto fault :
             {FaultProxy::Fault::DropRequest, FaultProxy::Fault::TruncateUpload,
              FaultProxy::Fault::DelayRequest, FaultProxy::Fault::DelayResponse, FaultProxy::Fault::Duplicate,
              FaultProxy::Fault::LoseResponse, FaultProxy::Fault::DropResponse}) {
            tally.append(QStringLiteral("%1 %2").arg(FaultProxy::name(fault)).arg(counts.value(fault)));
            if (rounds >= 200) {
                QVERIFY2(counts.value(fault) > 0,
                         qPrintable(QStringLiteral("seed %1: no %2").arg(seed).arg(FaultProxy::name(fault))));
            }
        }
        QVERIFY(completed > 0);
        for (const Client& client : clients) {
            *refreshes += client.connection->refreshes();
        }
        qInfo("%d of %d rounds completed in %lld ms; %d people, faults: %s", completed, rounds, faultyMs,
              static_cast<int>(unitOf.size()), qPrintable(tally.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnderFaults)
#include "TestSyncUnderFaults.moc"
