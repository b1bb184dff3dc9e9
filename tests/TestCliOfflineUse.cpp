// danhgia-cli on a database linked to an account whose offline use ended (issue 14): every command
// that writes (flag add, import sheets) refuses with the Vietnamese reason (the login, when offline
// use ended, how to sign in again) and writes nothing; the commands that read (flag list, export,
// audit verify) keep working; once the account signed in again (the link says until when), the
// same command writes. Who a command acts as on a linked database is the account: the audit trail
// names its login, a role it does not hold is refused, and --actor may not name anyone else.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "sync/ServerLinkStore.h"

#include <QTemporaryDir>

#include <memory>

using namespace danhgia;
using namespace danhgia::test;

class TestCliOfflineUse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QDateTime m_ended;

    // Links the database to xcl-head, whose offline use lasts until `until`.
    bool link(const QDateTime& until, const QList<Role>& roles = {Role::UnitHead, Role::Administrator})
    {
        Database db;
        QString error;
        ServerLinkStore::Link link;
        link.serverUrl = QStringLiteral("https://danhgia.tinh.gov.vn");
        link.account.login = QStringLiteral("xcl-head");
        link.account.unitCode = QStringLiteral("XCL");
        link.account.roles = roles;
        link.account.offlineUntil = until;
        if (!db.open(m_db, &error) || !ServerLinkStore::save(db.connection(), link, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    CliRun addFlag(const QStringList& more = {})
    {
        return runCli(QStringList{QStringLiteral("flag"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--campaign"), QStringLiteral("T1"),
                                  QStringLiteral("--person"), QStringLiteral("CC03"),
                                  QStringLiteral("--flag"), QStringLiteral("ky_luat"),
                                  QStringLiteral("--reason"), QStringLiteral("Khiển trách")}
                      + more);
    }
    qint64 flags() const { return countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM person_flags")); }
    qint64 outbox() const { return countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox")); }
    void verifyRefused(const CliRun& run) const
    {
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("xcl-head"))
                     && run.err.contains(m_ended.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")))
                     && run.err.contains(QStringLiteral("danhgia-cli sync")),
                 qPrintable(run.err));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        const QString failed = createCivilServantCampaign(m_db, 4);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_ended = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(link(m_ended));
    }
    void cleanup() { m_dir.reset(); }

    void commandsThatWriteRefuseAndWriteNothing()
    {
        const qint64 before = outbox();
        QVERIFY(before > 0);
        verifyRefused(addFlag());
        verifyRefused(
            runCli({QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--campaign"), QStringLiteral("T1"), civilServantSheet(5)}));
        QCOMPARE(outbox(), before);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM person_flags")), 0);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 4);
    }

    void commandsThatReadKeepWorking()
    {
        for (const QStringList& step :
             {QStringList{QStringLiteral("flag"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--campaign"), QStringLiteral("T1")},
              QStringList{QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--campaign"), QStringLiteral("T1"), QStringLiteral("--csv"),
                          m_dir->filePath(QStringLiteral("ket-qua.csv"))},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}}) {
            const CliRun run = runCli(step);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(step.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err));
        }
    }

    void afterASignInTheSameCommandWrites()
    {
        QVERIFY(link(QDateTime::currentDateTimeUtc().addDays(30)));
        const CliRun run = addFlag();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(flags(), 1);
    }

    void theAuditTrailNamesTheAccountNotTheToolOrATypedName()
    {
        QVERIFY(link(QDateTime::currentDateTimeUtc().addDays(30)));
        const CliRun renamed = addFlag({QStringLiteral("--actor"), QStringLiteral("Nguyễn Văn A")});
        QCOMPARE(renamed.exitCode, 1);
        QVERIFY2(renamed.err.contains(QStringLiteral("xcl-head"))
                     && renamed.err.contains(QStringLiteral("--actor"))
                     && renamed.err.contains(QStringLiteral("Nguyễn Văn A")),
                 qPrintable(renamed.err));
        QCOMPARE(flags(), 0);
        const QString byTool
            = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor LIKE 'danhgia-cli%'");
        const qint64 toolEntries = countRows(m_db, byTool);
        const CliRun run = addFlag();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(flags(), 1);
        QVERIFY(countRows(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = "
                                         "'xcl-head (administrator)'"))
                > 0);
        QCOMPARE(countRows(m_db, byTool), toolEntries);
    }

    void aRoleTheAccountDoesNotHoldIsRefused()
    {
        QVERIFY(link(QDateTime::currentDateTimeUtc().addDays(30), {Role::UnitHead}));
        const qint64 before = outbox();
        const CliRun run = addFlag();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("xcl-head"))
                     && run.err.contains(QStringLiteral("Quản trị viên")),
                 qPrintable(run.err));
        const CliRun import
            = runCli({QStringLiteral("import"), QStringLiteral("sheets"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), QStringLiteral("T1"), civilServantSheet(5)});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("xcl-head")), qPrintable(import.err));
        QCOMPARE(flags(), 0);
        QCOMPARE(outbox(), before);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliOfflineUse)
#include "TestCliOfflineUse.moc"
