// Integration test: "danhgia-cli import criteria" of a criteria set filled in a CSV template.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace danhgia::test;

class TestCliCriteriaTable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

private Q_SLOTS:
    void importsCsvAndRejectsBadRows()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("danhgia.db"));
        const CliRun init = runCli({QStringLiteral("db"), QStringLiteral("init"), db});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        const QString good
            = writeFile(QStringLiteral("tieuchi.csv"),
                        "Mã,Tiêu chí,Điểm tối đa,Phương pháp,Mức,Tài liệu kiểm chứng,Bước\n"
                        "1,Công tác chỉ đạo,3,,,,\n"
                        "1.1,Ban hành kế hoạch,1,Chọn mức,\"Đúng hạn=1; Chậm=0,5; Không=0\",Bắt buộc,\n"
                        "1.2,Tuyên truyền,2,Chấm điểm,,Không bắt buộc,\"0,5\"\n");
        const QStringList base{QStringLiteral("import"), QStringLiteral("criteria"), QStringLiteral("--db"),
                               db};

        // Without --id and --title the table form is a usage error.
        CliRun run = runCli(base + QStringList{good}, "en");
        QCOMPARE(run.exitCode, 2);

        run = runCli(base
                         + QStringList{QStringLiteral("--id"), QStringLiteral("bang-2026"),
                                       QStringLiteral("--title"), QStringLiteral("Bộ tiêu chí thử"), good},
                     "en");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM criteria_sets WHERE set_id = 'bang-2026'")),
            1);

        const QString bad = writeFile(QStringLiteral("sai.csv"),
                                      "Mã,Tiêu chí,Điểm tối đa,Phương pháp\n"
                                      "1,Nhóm,3,\n"
                                      "1.1,Lá,1,đoán mò\n");
        run = runCli(base
                         + QStringList{QStringLiteral("--id"), QStringLiteral("sai"),
                                       QStringLiteral("--title"), QStringLiteral("Sai"), bad},
                     "en");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("row 3, column «Phương pháp»")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1.1")), qPrintable(run.err));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliCriteriaTable)
#include "TestCliCriteriaTable.moc"
