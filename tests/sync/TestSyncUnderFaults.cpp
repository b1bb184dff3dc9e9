// The sync over a bad network: five databases (the province's administrator on two, the officer
// of the commune XCL on two, the officer of XDD on one) each synchronising in turn through a
// fault-injecting proxy (FaultProxy: connections dropped after N bytes of a request or an answer,
// delays, sometimes past the client's timeout, requests sent twice, answers lost after the server
// committed, uploads cut off), with edits on every side between rounds (RoundEdits): the communes
// score their sheets and attach evidence files of up to about 1 MB, the province adds and renames
// people in the communes. The two sessions of one account edit the same rows between their syncs,
// so conflicts arise through the faults; after each sync, every conflict is resolved as an officer
// does in the inbox (ConflictReferee: a sheet's by keeping mine and the server's in turn, a
// person's by keeping the server's). After the faulty rounds (each fails only when the network
// did) and clean syncs until nothing moves: no conflict left, every database and the server agree
// row by row, every operation was applied exactly once, every field is on the server as the last
// applied write or resolution left it (WriteLedger), and every evidence file is whole, with its
// bytes and SHA-256, on the server and on every database that has its sheet (EvidenceAgreement).
// DANHGIA_SYNC_SEED replays a run (the seed is printed, and named in every failure);
// DANHGIA_SYNC_ROUNDS changes the number of rounds (200).

#include "ConflictReferee.h"
#include "EvidenceAgreement.h"
#include "FaultProxy.h"
#include "RoundEdits.h"
#include "SyncClient.h"
#include "SyncWorld.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace danhgia;

class TestSyncUnderFaults : public QObject
{
    Q_OBJECT

private:
    static constexpr int Clients = 5;

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
    // One sync of `client` and the decision of every conflict it brought; false when the test failed.
    bool syncAndDecide(SyncClient& client, ConflictReferee& referee, RoundEdits& edits, const QString& where,
                       SyncSummary* summary)
    {
        SyncEngine engine(*client.db, *client.connection);
        *summary = engine.run();
        QString error;
        const bool decided = referee.resolveAll(*client.db, client.role, client.login, edits.ledger(),
                                                where + QLatin1String(", ") + client.label, &error);
        if (!decided) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        }
        return decided;
    }

    // Every client syncs once on a clean network, so that each holds a live session; then every
    // access token is left to expire, and each client's next sync must renew it with its refresh token.
    void renewEveryTokenOnce(SyncClient* clients, FaultProxy& proxy, ConflictReferee& referee,
                             RoundEdits& edits, quint32 seed)
    {
        const QString where = QStringLiteral("seed %1, the tokens' expiry").arg(seed);
        proxy.setFaulty(false);
        for (int i = 0; i < Clients; ++i) {
            SyncSummary summary;
            if (!syncAndDecide(clients[i], referee, edits, where, &summary)) {
                return;
            }
            QVERIFY2(summary.completed,
                     qPrintable(
                         QStringLiteral("%1, %2 before: %3").arg(where, clients[i].label, summary.toText())));
        }
        QTest::qWait(2200); // past the 2-second access tokens the server handed out
        for (int i = 0; i < Clients; ++i) {
            const int before = clients[i].connection->refreshes();
            SyncSummary summary;
            if (!syncAndDecide(clients[i], referee, edits, where, &summary)) {
                return;
            }
            QVERIFY2(summary.completed && clients[i].connection->refreshes() > before,
                     qPrintable(QStringLiteral("%1, %2 after its token expired: %3, %4 renewals")
                                    .arg(where, clients[i].label, summary.toText())
                                    .arg(clients[i].connection->refreshes() - before)));
        }
        proxy.setFaulty(true);
    }

    // The five databases: each opened, and synced directly once (the communes find their sheet).
    void openClients(SyncClient* clients, const QString& campaign)
    {
        const char* const accounts[Clients][3] = {{"quantri", "quantri", ""},
                                                  {"quantri", "quantri-2", ""},
                                                  {"xcl", "xcl", "XCL"},
                                                  {"xcl", "xcl-2", "XCL"},
                                                  {"xdd", "xdd", "XDD"}};
        QString error;
        for (int i = 0; i < Clients; ++i) {
            SyncClient& client = clients[i];
            client.login = QString::fromLatin1(accounts[i][0]);
            client.label = QString::fromLatin1(accounts[i][1]);
            client.unit = QString::fromLatin1(accounts[i][2]);
            client.role = client.unit.isEmpty() ? Role::Administrator : Role::SelfAssessor;
            if (i > 0) {
                client.db
                    = SyncWorld::open(m_dir->filePath(client.label + QStringLiteral(".sqlite")), &error);
                QVERIFY2(client.db, qPrintable(error));
            }
            QVERIFY2(m_world.syncDirect(*client.db, client.login, &error), qPrintable(error));
            if (!client.unit.isEmpty()) {
                client.sheet = SyncWorld::sheetOf(*client.db, campaign, client.unit);
                QVERIFY(client.sheet > 0);
                client.sheetUuid
                    = SyncWorld::uuidOf(*client.db, QStringLiteral("score_sheets"), client.sheet);
            }
        }
    }

    // Clean syncs of every database, each conflict decided, until a pass in which nothing was sent
    // and no conflict or evidence file was left: then each has what all the others sent.
    void settle(SyncClient* clients, ConflictReferee& referee, RoundEdits& edits, quint32 seed)
    {
        for (int pass = 0; pass < 8; ++pass) {
            bool quiet = true;
            const QString where = QStringLiteral("seed %1, final sync %2").arg(seed).arg(pass + 1);
            for (int i = 0; i < Clients; ++i) {
                SyncSummary summary;
                if (!syncAndDecide(clients[i], referee, edits, where, &summary)) {
                    return;
                }
                QVERIFY2(summary.completed && summary.refused == 0,
                         qPrintable(
                             QStringLiteral("%1 of %2: %3").arg(where, clients[i].label, summary.toText())));
                quiet = quiet && summary.sent == 0 && summary.conflicts == 0 && summary.filesSent == 0
                    && summary.filesFailed == 0;
            }
            if (quiet) {
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("seed %1: the clean syncs did not settle in 8 passes").arg(seed)));
    }

    // Every check of the end, each failure naming the seed.
    void checkTheEnd(SyncClient* clients, RoundEdits& edits, quint32 seed, const QString& campaign)
    {
        EvidenceAgreement evidence(m_world.province());
        for (int i = 0; i < Clients; ++i) {
            SyncClient& client = clients[i];
            QVERIFY2(ConflictReferee::open(*client.db) == 0,
                     qPrintable(QStringLiteral("seed %1, %2: %3 conflicts left")
                                    .arg(seed)
                                    .arg(client.label)
                                    .arg(ConflictReferee::open(*client.db))));
            for (const QStringList& found :
                 {m_world.differences(*client.db, client.login), m_world.notExactlyOnce(*client.db),
                  EvidenceAgreement::onDatabase(*client.db, edits.attached(), false)}) {
                QVERIFY2(found.isEmpty(),
                         qPrintable(QStringLiteral("seed %1, %2:\n%3")
                                        .arg(seed)
                                        .arg(client.label, lastLines(found, 20))));
            }
        }
        const QStringList server = evidence.onServer(edits.attached());
        QVERIFY2(
            server.isEmpty(),
            qPrintable(
                QStringLiteral("seed %1, the server's evidence:\n%2").arg(seed).arg(lastLines(server, 20))));
        // The province's database has every sheet: every file attached is there, whole.
        QSqlQuery files(clients[0].db->connection());
        files.prepare(
            QStringLiteral("SELECT count(DISTINCT e.sha256) FROM evidence_files e JOIN score_sheets s ON "
                           "s.id = e.sheet_id JOIN campaigns c ON c.id = s.campaign_id WHERE c.code = ?"));
        files.addBindValue(campaign);
        QVERIFY(files.exec() && files.next());
        QCOMPARE(files.value(0).toInt(), static_cast<int>(edits.attached().size()));
        const WriteLedger::Verdict verdict = edits.ledger().check(m_world.province());
        QVERIFY2(verdict.problems.isEmpty(),
                 qPrintable(QStringLiteral("seed %1, lost or not as decided:\n%2")
                                .arg(seed)
                                .arg(lastLines(verdict.problems, 20))));
        qInfo("%d fields decided in a conflict kept the value chosen to the end, %d were changed again later",
              verdict.decisionsFinal, verdict.decisionsOverridden);
    }

    // `rounds` rounds through a FaultProxy in front of the server at `serverPort`, then clean
    // syncs of each database, and every check; the access tokens the clients renewed. With
    // `expireHalfway`, every token runs out halfway and each client renews its own.
    void roundsThroughFaults(quint16 serverPort, int rounds, int* refreshes, bool expireHalfway = false)
    {
        const quint32 seed = seedOfRun();
        qInfo("DANHGIA_SYNC_SEED=%u, %d rounds", seed, rounds);
        QRandomGenerator random(seed);
        QString error;
        SyncClient clients[Clients];
        clients[0].db = SyncWorld::open(m_dir->filePath(QStringLiteral("quantri.sqlite")), &error);
        QVERIFY2(clients[0].db, qPrintable(error));
        const QString campaign = m_world.openCampaign(*clients[0].db, &error);
        QVERIFY2(!campaign.isEmpty(), qPrintable(error));
        openClients(clients, campaign);
        if (QTest::currentTestFailed()) {
            return;
        }

        FaultProxy proxy(serverPort, seed,
                         {40, std::chrono::milliseconds(150), std::chrono::milliseconds(900)});
        QVERIFY2(proxy.start(&error), qPrintable(error));
        ServerConnection::Options options;
        options.timeout = std::chrono::milliseconds(700);
        options.attempts = 6;
        options.backoff = std::chrono::milliseconds(5);
        options.maxBackoff = std::chrono::milliseconds(60);
        const QUrl through(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        proxy.setFaulty(false);
        for (SyncClient& client : clients) {
            client.connection = std::make_unique<ServerConnection>(through, options);
            QVERIFY2(client.connection->signIn(client.login, QString::fromLatin1(ProvinceFixture::Password),
                                               &error),
                     qPrintable(error));
        }
        proxy.setFaulty(true);

        RoundEdits edits(random, QStringLiteral("R%1-").arg(++m_runs));
        ConflictReferee referee;
        int completed = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            if (expireHalfway && round == rounds / 2) {
                renewEveryTokenOnce(clients, proxy, referee, edits, seed);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
            const QString where = QStringLiteral("seed %1, round %2").arg(seed).arg(round);
            const int count = static_cast<int>(random.bounded(3));
            for (int e = 0; e < count; ++e) {
                QVERIFY2(edits.edit(clients[random.bounded(Clients)], where, &error), qPrintable(error));
            }
            SyncClient& syncing = clients[random.bounded(Clients)];
            SyncSummary summary;
            if (!syncAndDecide(syncing, referee, edits, where, &summary)) {
                return;
            }
            completed += summary.completed ? 1 : 0;
            // A round fails only when the network did: after the bounded retries, no answer.
            QVERIFY2(summary.completed || syncing.connection->lastStatus() == 0,
                     qPrintable(QStringLiteral("%1, %2 failed with HTTP %3: %4\n%5")
                                    .arg(where, syncing.label)
                                    .arg(syncing.connection->lastStatus())
                                    .arg(summary.error, lastLines(proxy.log(), 20))));
            QVERIFY2(
                summary.refused == 0,
                qPrintable(QStringLiteral("%1, %2: %3\n%4")
                               .arg(where, syncing.label, summary.toText(), lastLines(proxy.log(), 20))));
        }
        const qint64 faultyMs = timer.elapsed();

        const int faultyRequests = static_cast<int>(proxy.requests().size());
        proxy.setFaulty(false);
        settle(clients, referee, edits, seed);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkTheEnd(clients, edits, seed, campaign);
        if (QTest::currentTestFailed()) {
            return;
        }

        // The network was bad, in every way, conflicts arose and were decided both ways, and the
        // rounds still got through.
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
        // Evidence went up and came down through the faults too.
        const QStringList log = proxy.log();
        const auto uploadFaults = log.filter(QStringLiteral("PUT /api/v1/evidence/")).size();
        const auto downloadFaults
            = log.filter(QRegularExpression(QStringLiteral("GET /api/v1/evidence/[0-9a-f]{64}:"))).size();
        tally.append(
            QStringLiteral("on evidence uploads %1, downloads %2").arg(uploadFaults).arg(downloadFaults));
        const ConflictReferee::Tally& decided = referee.tally();
        if (rounds >= 150) {
            QVERIFY2(decided.keptMine > 0 && decided.keptServer > 0 && decided.otherRows > 0
                         && edits.attached().size() >= 3 && uploadFaults > 0 && downloadFaults > 0,
                     qPrintable(
                         QStringLiteral("seed %1: %2 sheets kept mine, %3 the server's, %4 people; %5 files")
                             .arg(seed)
                             .arg(decided.keptMine)
                             .arg(decided.keptServer)
                             .arg(decided.otherRows)
                             .arg(edits.attached().size())));
        }
        QVERIFY(completed > 0);
        for (const SyncClient& client : clients) {
            *refreshes += client.connection->refreshes();
        }
        qInfo("%d of %d rounds (%d requests) completed in %lld ms; %d people, %d evidence files (%lld "
              "bytes); conflicts "
              "resolved: %d sheets kept mine, %d the server's, %d people; faults: %s",
              completed, rounds, faultyRequests, faultyMs, edits.people(),
              static_cast<int>(edits.attached().size()), edits.attachedBytes(), decided.keptMine,
              decided.keptServer, decided.otherRows, qPrintable(tally.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnderFaults)
#include "TestSyncUnderFaults.moc"
