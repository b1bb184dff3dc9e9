// "danhgia-cli conflicts" end to end on a database with a conflict made on purpose (the same leaf
// edited here and on the server): list and show in Vietnamese with the fields side by side, a
// typed value the method refuses named with its field and nothing written, the resolution with
// a typed value written as a change based on the server's version; a sheet approved meanwhile
// refuses "--keep mine" and says to ask the approver to reopen it; a wrong command line exits 2.
// A person's conflict shown column by column in Vietnamese (Họ và tên, Đơn vị by title) and
// resolved with --field per column name: the name kept mine, the unit kept mine, the rest the
// server's; the self-assessor's role may not, the administrator's may.

#include "CliRunner.h"
#include "ConflictFixture.h"
#include "RowConflictFixture.h"
#include "TestSupport.h"
#include "sync/SyncOutbox.h"

#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCliConflicts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    bool prepare(const QString& serverState)
    {
        Database db;
        QString error;
        ConflictFixture fixture(db);
        if (!db.open(m_path, &error) || !fixture.createSyncedSheet(&error)
            || !fixture.makeConflict(serverState, 1, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    CliRun conflicts(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("conflicts")} + arguments);
    }
    QString stored(const QString& sql)
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error)) {
            return error;
        }
        return ConflictFixture(db).text(sql);
    }

private Q_SLOTS:
    void aPersonIsResolvedPerColumnName()
    {
        {
            Database db;
            QString error;
            RowConflictFixture rows(db);
            QVERIFY2(db.open(m_path, &error) && rows.createSyncedCatalogue(&error)
                         && rows.makePersonConflict(&error),
                     qPrintable(error));
        }
        CliRun run = conflicts({QStringLiteral("show"), QStringLiteral("--db"), m_path, QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        const QString shown = QString::fromUtf8(run.out);
        QVERIFY2(shown.contains(QStringLiteral("Họ và tên [full_name]\t?\tNguyễn Văn Ân\tNguyễn Văn Anh\t")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(
                     QStringLiteral("Đơn vị [unit_uuid]\t?\tXCL — Ủy ban nhân dân xã Chi Lăng\tXDD — Ủy "
                                    "ban nhân dân xã Đồng Đăng\t?\tmine, server\n")),
                 qPrintable(shown));
        const QStringList resolve{QStringLiteral("resolve"),
                                  QStringLiteral("--db"),
                                  m_path,
                                  QStringLiteral("1"),
                                  QStringLiteral("--keep"),
                                  QStringLiteral("server"),
                                  QStringLiteral("--field"),
                                  QStringLiteral("full_name=mine"),
                                  QStringLiteral("--field"),
                                  QStringLiteral("unit_uuid=mine"),
                                  QStringLiteral("--field"),
                                  QStringLiteral("position=Phó Chủ tịch UBND xã")};
        run = conflicts(resolve);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("chưa được giải quyết")), qPrintable(run.err));
        run = conflicts(resolve + QStringList{QStringLiteral("--role"), QStringLiteral("administrator")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(stored(QStringLiteral(
                     "SELECT p.full_name || '|' || p.position || '|' || p.is_leader || '|' || u.code "
                     "FROM people p JOIN units u ON u.id = p.unit_id WHERE p.code = 'CB01'")),
                 QStringLiteral("Nguyễn Văn Anh|Phó Chủ tịch UBND xã|1|XDD"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")),
                 QStringLiteral("0"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("xa.sqlite"));
    }
    void cleanup() { m_dir.reset(); }

    void listsShowsAndResolvesWithATypedValue()
    {
        QVERIFY(prepare(QStringLiteral("draft")));
        CliRun run = conflicts({QStringLiteral("list"), QStringLiteral("--db"), m_path});
        QCOMPARE(run.exitCode, 0);
        const QString listed = QString::fromUtf8(run.out);
        QVERIFY2(listed.startsWith(QStringLiteral("1\tSở Nội vụ — CCHC-2026\t")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("1 trường khác nhau")), qPrintable(listed));
        run = conflicts({QStringLiteral("show"), QStringLiteral("--db"), m_path, QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        const QString shown = QString::fromUtf8(run.out);
        QVERIFY2(
            shown.contains(QStringLiteral("Công tác tuyên truyền CCHC [values.self.1.4]\t?\t1\t1.5\t?\tmine, "
                                          "server, edited")),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("can-bo-xa")), qPrintable(shown));
        run = conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path, QStringLiteral("1"),
                         QStringLiteral("--keep"), QStringLiteral("server"), QStringLiteral("--field"),
                         QStringLiteral("values.self.1.4=0,3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("values.self.1.4"))
                     && run.err.contains(QStringLiteral("chưa được giải quyết")),
                 qPrintable(run.err));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")),
                 QStringLiteral("1"));
        run = conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path, QStringLiteral("1"),
                         QStringLiteral("--keep"), QStringLiteral("server"), QStringLiteral("--field"),
                         QStringLiteral("values.self.1.4=0,75"), QStringLiteral("--actor"),
                         QStringLiteral("can-bo-xa")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("đã được giải quyết")));
        QCOMPARE(
            stored(QStringLiteral("SELECT value FROM sheet_values WHERE code = '1.4' AND stage = 'self'")),
            QStringLiteral("{\"points\":0.75}"));
        QCOMPARE(stored(QStringLiteral("SELECT resolved_by FROM sync_conflicts")),
                 QStringLiteral("can-bo-xa"));
        QCOMPARE(stored(QStringLiteral("SELECT server_version FROM score_sheets")), QStringLiteral("9"));
        run = conflicts({QStringLiteral("list"), QStringLiteral("--db"), m_path});
        QCOMPARE(QString::fromUtf8(run.out).trimmed(),
                 QStringLiteral("Không có xung đột nào chờ quyết định."));
    }

    void anApprovedSheetRefusesKeepMine()
    {
        QVERIFY(prepare(QStringLiteral("approved")));
        CliRun run = conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path,
                                QStringLiteral("1"), QStringLiteral("--keep"), QStringLiteral("mine")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("đề nghị người phê duyệt mở lại phiếu")),
                 qPrintable(run.err));
        QCOMPARE(stored(QStringLiteral("SELECT state FROM score_sheets")), QStringLiteral("draft"));
        run = conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path, QStringLiteral("1"),
                         QStringLiteral("--keep"), QStringLiteral("server")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(stored(QStringLiteral("SELECT state FROM score_sheets")), QStringLiteral("approved"));
    }

    void wrongCommandLinesExitTwo()
    {
        QVERIFY(prepare(QStringLiteral("draft")));
        QCOMPARE(conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path, QStringLiteral("1")})
                     .exitCode,
                 2);
        QCOMPARE(conflicts({QStringLiteral("resolve"), QStringLiteral("--db"), m_path, QStringLiteral("1"),
                            QStringLiteral("--keep"), QStringLiteral("both")})
                     .exitCode,
                 2);
        QCOMPARE(
            conflicts({QStringLiteral("show"), QStringLiteral("--db"), m_path, QStringLiteral("x")}).exitCode,
            2);
        const CliRun missing
            = conflicts({QStringLiteral("show"), QStringLiteral("--db"), m_path, QStringLiteral("7")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("không có xung đột đồng bộ số 7")),
                 qPrintable(missing.err));
        QCOMPARE(conflicts({QStringLiteral("frob"), QStringLiteral("--db"), m_path}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliConflicts)
#include "TestCliConflicts.moc"
