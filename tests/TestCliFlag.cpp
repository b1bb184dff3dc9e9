// "danhgia-cli flag" end to end: discipline recorded for a person forces KHTNV in the exported
// results, removed with a reason gives the grade back; list and history say who, when and why;
// refusals name the problem in Vietnamese and write nothing; a wrong command line exits 2.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCliFlag : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_db;

    QString path(const QString& name)
    {
        return m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
    }

    CliRun flag(const QString& action, const QStringList& more)
    {
        return runCli(QStringList{QStringLiteral("flag"), action, QStringLiteral("--db"), m_db,
                                  QStringLiteral("--campaign"), QStringLiteral("T1")}
                      + more);
    }

    // The grade code of a subject in "export results --csv" (column 7).
    QString gradeOf(const QString& subject)
    {
        const QString csv = path(QStringLiteral("ket-qua.csv"));
        const CliRun run
            = runCli({QStringLiteral("export"), QStringLiteral("results"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), QStringLiteral("T1"), QStringLiteral("--csv"), csv});
        if (run.exitCode != 0) {
            qFatal("export failed: %s", qPrintable(run.err));
        }
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(csv));
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        for (const QString& line : lines) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.value(0) == subject) {
                return cells.value(6);
            }
        }
        return QStringLiteral("(missing)");
    }

private Q_SLOTS:
    void init()
    {
        m_db = path(QStringLiteral("tinh.sqlite"));
        const QString failed = createCivilServantCampaign(m_db, 5);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void disciplineForcesTheGradeUntilRemoved()
    {
        const QString before = gradeOf(QStringLiteral("CC03"));
        QCOMPARE(before, QStringLiteral("HTTNV")); // 99.39, above the quota
        CliRun run = flag(
            QStringLiteral("add"),
            {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
             QStringLiteral("ky_luat"), QStringLiteral("--reason"), QStringLiteral("Khiển trách"),
             QStringLiteral("--document"), QStringLiteral("12/QĐ-UBND"), QStringLiteral("--document-date"),
             QStringLiteral("02/03/2026"), QStringLiteral("--actor"), QStringLiteral("Hoàng Thị Lan")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("KHTNV")), run.out.constData());
        QCOMPARE(gradeOf(QStringLiteral("CC03")), QStringLiteral("KHTNV"));

        run = flag(QStringLiteral("list"), {});
        QCOMPARE(run.exitCode, 0);
        const QString listed = QString::fromUtf8(run.out);
        QVERIFY2(listed.startsWith(QStringLiteral("CC03\tky_luat"))
                     && listed.contains(QStringLiteral("Khiển trách"))
                     && listed.contains(QStringLiteral("12/QĐ-UBND ngày 02/03/2026"))
                     && listed.contains(QStringLiteral("Hoàng Thị Lan")),
                 qPrintable(listed));

        run = flag(QStringLiteral("remove"),
                   {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
                    QStringLiteral("ky_luat"), QStringLiteral("--reason"),
                    QStringLiteral("Quyết định đã bị hủy")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(gradeOf(QStringLiteral("CC03")), before);
        run = flag(QStringLiteral("history"), {QStringLiteral("--person"), QStringLiteral("CC03")});
        QCOMPARE(run.exitCode, 0);
        const QStringList history = QString::fromUtf8(run.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(history.size(), 2);
        QVERIFY2(history[0].contains(QStringLiteral("Hoàng Thị Lan"))
                     && history[0].contains(QStringLiteral("đã ghi")),
                 qPrintable(history[0]));
        QVERIFY2(history[1].contains(QStringLiteral("danhgia-cli"))
                     && history[1].contains(QStringLiteral("đã gỡ bỏ"))
                     && history[1].contains(QStringLiteral("Quyết định đã bị hủy")),
                 qPrintable(history[1]));
        QCOMPARE(
            countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'person_flags'")),
            2);
        run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 0);
    }

    void refusalsAreNamedAndWriteNothing()
    {
        CliRun run
            = flag(QStringLiteral("add"),
                   {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
                    QStringLiteral("nghi_phep"), QStringLiteral("--reason"), QStringLiteral("Nghỉ phép")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("nghi_phep")) && run.err.contains(QStringLiteral("ky_luat")),
                 qPrintable(run.err));
        run = flag(QStringLiteral("add"),
                   {QStringLiteral("--person"), QStringLiteral("CC99"), QStringLiteral("--flag"),
                    QStringLiteral("ky_luat"), QStringLiteral("--reason"), QStringLiteral("Lý do")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CC99")) && run.err.contains(QStringLiteral("phiếu")),
                 qPrintable(run.err));
        run = flag(QStringLiteral("remove"),
                   {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
                    QStringLiteral("ky_luat"), QStringLiteral("--reason"), QStringLiteral("Nhầm")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM person_flags")), 0);
        QCOMPARE(
            countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'person_flags'")),
            0);
        run = flag(QStringLiteral("list"), {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("Không có yếu tố")), run.out.constData());
    }

    void wrongCommandLine()
    {
        // No reason: the option is named.
        CliRun run = flag(QStringLiteral("add"),
                          {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
                           QStringLiteral("ky_luat")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--reason")), qPrintable(run.err));
        run = flag(QStringLiteral("tick"), {});
        QCOMPARE(run.exitCode, 2);
        run = flag(QStringLiteral("add"),
                   {QStringLiteral("--person"), QStringLiteral("CC03"), QStringLiteral("--flag"),
                    QStringLiteral("ky_luat"), QStringLiteral("--reason"), QStringLiteral("Lý do"),
                    QStringLiteral("--document-date"), QStringLiteral("31/02/2026")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("31/02/2026")), qPrintable(run.err));
        run = runCli({QStringLiteral("flag"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("--reason")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliFlag)
#include "TestCliFlag.moc"
