// A writer killed with SIGKILL at random moments never leaves a damaged database, never loses a
// transaction whose commit it reported, never leaves one half applied, and the outbox and the
// audit trail always match the data.

#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>

using namespace danhgia;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged()
    {
        const int kills = qEnvironmentVariableIntValue("DANHGIA_CRASH_KILLS") > 0
            ? qEnvironmentVariableIntValue("DANHGIA_CRASH_KILLS")
            : 200;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        std::mt19937 random(20261122);
        qint64 next = 1;
        qint64 acknowledged = 0;
        int killedMidWrite = 0;
        for (int round = 0; round < kills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(DANHGIA_CRASH_WRITER), {path, QString::number(next)});
            QVERIFY(writer.waitForStarted());
            // Every other round waits for a first commit, so that the writer makes progress
            // however loaded the machine is; the others may also hit start-up and migration.
            QByteArray early;
            if (round % 2 == 0) {
                while (!early.contains("committed ") && writer.waitForReadyRead(10000)) {
                    early += writer.readAllStandardOutput();
                }
            }
            // Let it commit for a random while.
            const int waitMs = static_cast<int>(random() % 40);
            if (waitMs > 0) {
                writer.waitForFinished(waitMs);
            }
            QCOMPARE(writer.state(), QProcess::Running);
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            const QList<QByteArray> lines = QByteArray(early + writer.readAllStandardOutput()).split('\n');
            for (const QByteArray& line : lines) {
                if (line.startsWith("committed ")) {
                    acknowledged = std::max(acknowledged, line.mid(10).toLongLong());
                }
            }

            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(db.checkIntegrity(&error), qPrintable(error));
            const qint64 units = scalar(db, QStringLiteral("SELECT COUNT(*) FROM units"));
            const qint64 people = scalar(db, QStringLiteral("SELECT COUNT(*) FROM people"));
            // Every acknowledged transaction is there; at most one more (committed, not yet reported).
            QVERIFY2(units >= acknowledged && units <= acknowledged + 1,
                     qPrintable(QStringLiteral("round %1: %2 units, %3 acknowledged")
                                    .arg(round)
                                    .arg(units)
                                    .arg(acknowledged)));
            if (units > acknowledged) {
                ++killedMidWrite;
            }
            // Numbered without gaps, never half applied.
            QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(CAST(SUBSTR(code, 2) AS INTEGER)) FROM units")),
                     units == 0 ? 0 : units);
            QCOMPARE(people, units);
            // The outbox and the audit trail match the data.
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE operation = 'insert'")),
                     units + people);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM units u JOIN outbox o ON o.uuid = u.uuid")),
                units);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), units + people);
            const AuditLog::Verification chain = AuditLog::verify(db.connection());
            QVERIFY2(chain.ok, qPrintable(chain.message));
            acknowledged = units;
            next = units + 1;
        }
        qInfo("%d kills, %lld transactions survived, %d kills after a commit and before its report", kills,
              next - 1, killedMidWrite);
        QVERIFY(next > kills / 2); // the writer really wrote between kills
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
