// A client killed with SIGKILL in the middle of `danhgia-cli sync` resumes without loss or
// duplicates: 20 times, the commune scores its sheet (a batch of changes waiting to be sent) and the
// province adds a person (a change waiting to be received), danhgia-cli sync starts and is killed
// at a random moment of its run, then runs again to completion. Every third time the commune also
// attaches an evidence file of about 1 MB, which goes up over a slow line (a FaultProxy without
// faults between the CLI and the server, 16 MB/s for large requests), and the kill lands while the
// server is receiving it. In the end the database passes PRAGMA integrity_check and `audit
// verify`, agrees with the server row by row, every operation was applied exactly once, every
// value is on the server as last written, and every file arrived whole and once (its bytes and
// SHA-256 on the server, its parts without gap or overlap, one row naming it) and nothing else is
// in the commune's evidence store.
// DANHGIA_SYNC_SEED replays a run (the seed is printed, and named in every failure).

#include "EvidenceAgreement.h"
#include "FaultProxy.h"
#include "SyncWorld.h"
#include "database/Database.h"
#include "stores/EvidenceStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace danhgia;

class TestSyncKilled : public QObject
{
    Q_OBJECT

private:
    SyncWorld m_world;
    std::unique_ptr<QTemporaryDir> m_dir;

    // Starts `danhgia-cli sync` on the database as the commune's officer, through `server`.
    void startSync(QProcess& cli, const QString& path, const QUrl& server)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHGIA_PASSWORD"), QString::fromLatin1(ProvinceFixture::Password));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(DANHGIA_CLI_PATH),
                  {QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--server"),
                   server.toString(), QStringLiteral("--user"), QStringLiteral("xcl")});
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

    void syncKilledAtRandomMomentsResumesWithoutLossOrDuplicates()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("DANHGIA_SYNC_SEED").toUInt(&seeded);
        const quint32 used = seeded ? seed : QRandomGenerator::global()->generate();
        QRandomGenerator random(used);
        qInfo("DANHGIA_SYNC_SEED=%u", used);
        QString error;
        auto province = SyncWorld::open(m_dir->filePath(QStringLiteral("province.sqlite")), &error);
        QVERIFY2(province, qPrintable(error));
        const QString path = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        auto commune = SyncWorld::open(path, &error);
        QVERIFY2(commune, qPrintable(error));
        const QString campaign = m_world.openCampaign(*province, &error);
        QVERIFY2(!campaign.isEmpty(), qPrintable(error));
        QVERIFY2(m_world.syncDirect(*commune, QStringLiteral("xcl"), &error), qPrintable(error));
        const qint64 sheet = SyncWorld::sheetOf(*commune, campaign, QStringLiteral("XCL"));
        QVERIFY(sheet > 0);
        const QString sheetUuid = SyncWorld::uuidOf(*commune, QStringLiteral("score_sheets"), sheet);

        FaultProxy line(m_world.province().port(), used,
                        {0, std::chrono::milliseconds(0), std::chrono::milliseconds(0), 16 * 1024 * 1024});
        QVERIFY2(line.start(&error), qPrintable(error));
        line.setFaulty(false);
        const QUrl through(QStringLiteral("http://127.0.0.1:%1").arg(line.port()));
        QMap<QString, QByteArray> attached;
        int killedUploading = 0;

        SyncWorld::Expected expected;
        qint64 runMs = 1000; // how long a whole run took last time: the kill lands within it
        int killedRunning = 0;
        int killedAfterPush = 0;
        for (int iteration = 0; iteration < 20; ++iteration) {
            const QString where = QStringLiteral("seed %1, iteration %2").arg(used).arg(iteration);
            for (int edit = 0; edit < 25; ++edit) {
                const QString code = SyncWorld::leaves().at(random.bounded(4));
                const Decimal points = *Decimal::fromString(QString::number(random.bounded(11) * 0.5));
                QVERIFY2(SyncWorld::score(*commune, sheet, QStringLiteral("xcl"), code, points, &error),
                         qPrintable(where + QLatin1String(": ") + error));
                expected.selfValues[sheetUuid].insert(code, points);
            }
            const QString person = QStringLiteral("CB%1").arg(iteration + 1, 4, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("Trần Thị Ngắt %1").arg(iteration + 1);
            QVERIFY2(SyncWorld::putPerson(*province, person, name, QStringLiteral("XCL"), &error),
                     qPrintable(where + QLatin1String(": ") + error));
            QVERIFY2(m_world.syncDirect(*province, QStringLiteral("quantri"), &error),
                     qPrintable(where + QLatin1String(": ") + error));
            expected.people.insert(person, name);

            const bool withFile = iteration % 3 == 2;
            qint64 fileSize = 0;
            if (withFile) {
                fileSize = 800 * 1024 + random.bounded(400 * 1024);
                QByteArray content = QStringLiteral("%1|").arg(where).toUtf8();
                while (content.size() < fileSize) {
                    content.append(static_cast<char>(random.bounded(256)));
                }
                QVERIFY2(EvidenceStore::attachData(*commune, sheet, SyncWorld::leaves().at(random.bounded(4)),
                                                   content, QStringLiteral("bien-ban-%1.pdf").arg(iteration),
                                                   QStringLiteral("xcl"), &error),
                         qPrintable(where + QLatin1String(": ") + error));
                attached.insert(QString::fromLatin1(
                                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                                content);
            }

            QProcess killed;
            startSync(killed, path, through);
            QVERIFY2(killed.waitForStarted(), qPrintable(where));
            if (withFile) {
                // While the server receives the file: it goes up in about fileSize / 16 MB/s.
                QElapsedTimer waited;
                waited.start();
                while (line.slowRequestsInFlight() == 0 && killed.state() == QProcess::Running
                       && waited.elapsed() < 30000) {
                    QThread::msleep(1);
                }
                QThread::msleep(
                    random.bounded(static_cast<quint32>(fileSize * 1000 / line.uploadBytesPerSecond())));
                killedUploading += line.slowRequestsInFlight() > 0 ? 1 : 0;
            } else {
                // Past the first quarter (the process starting), anywhere in sign-in, push and pull.
                const auto quarter = static_cast<quint32>(std::max<qint64>(1, runMs / 4));
                QThread::msleep(quarter + random.bounded(3 * quarter));
            }
            killedRunning += killed.state() == QProcess::Running ? 1 : 0;
            killed.kill(); // SIGKILL
            QVERIFY2(killed.waitForFinished(10000), qPrintable(where));
            // Whether the killed run had got as far as recording the server's answer to its push.
            QSqlQuery waiting(commune->connection());
            QVERIFY(
                waiting.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE id NOT IN (SELECT outbox_id "
                                            "FROM outbox_outcomes)"))
                && waiting.next());
            killedAfterPush += waiting.value(0).toInt() == 0 ? 1 : 0;

            QProcess again;
            QElapsedTimer clock;
            clock.start();
            startSync(again, path, through);
            QVERIFY2(again.waitForFinished(120000), qPrintable(where));
            if (!withFile) {
                runMs = clock.elapsed();
            }
            QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                     qPrintable(QStringLiteral("%1: exit %2\n%3%4")
                                    .arg(where)
                                    .arg(again.exitCode())
                                    .arg(QString::fromUtf8(again.readAllStandardOutput()),
                                         QString::fromUtf8(again.readAllStandardError()))));
        }
        qInfo("%d of 20 runs killed while running, %d of them after their push was answered, %d while the "
              "server received a file of about 1 MB; a whole run took %lld ms",
              killedRunning, killedAfterPush, killedUploading, runMs);
        QVERIFY2(killedRunning >= 10, "most kills must land during a run, not after it");
        QVERIFY2(killedUploading >= 4, "most kills aimed at an upload must land during it");

        QSqlQuery check(commune->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QProcess audit;
        audit.start(QStringLiteral(DANHGIA_CLI_PATH),
                    {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY(audit.waitForFinished(60000));
        QVERIFY2(audit.exitCode() == 0, qPrintable(QString::fromUtf8(audit.readAllStandardError())));
        const QStringList differences = m_world.differences(*commune, QStringLiteral("xcl"));
        QVERIFY2(
            differences.isEmpty(),
            qPrintable(QStringLiteral("seed %1:\n%2").arg(used).arg(differences.join(QLatin1Char('\n')))));
        const QStringList twice = m_world.notExactlyOnce(*commune);
        QVERIFY2(twice.isEmpty(),
                 qPrintable(QStringLiteral("seed %1:\n%2").arg(used).arg(twice.join(QLatin1Char('\n')))));
        const QStringList files = EvidenceAgreement(m_world.province()).onServer(attached)
            + EvidenceAgreement::onDatabase(*commune, attached, false);
        QVERIFY2(files.isEmpty(),
                 qPrintable(QStringLiteral("seed %1:\n%2").arg(used).arg(files.join(QLatin1Char('\n')))));
        const QStringList lost = m_world.missing(expected);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("seed %1:\n%2").arg(used).arg(lost.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestSyncKilled)
#include "TestSyncKilled.moc"
