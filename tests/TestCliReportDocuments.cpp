// danhgia-cli document report and document decision on a demo database file: PDFs with the Sở
// Nội vụ's stored signer, options that change the stored settings for one document, the tables
// to .xlsx and CSV, and clear refusals of an unknown campaign, unit or database.

#include "CliRunner.h"
#include "PdfProbe.h"
#include "TestSupport.h"
#include "demo/DemoDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString Staff = QString::fromLatin1(DemoDatabase::StaffCampaign);

} // namespace

class TestCliReportDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_db, &error), qPrintable(error));
    }

    void reportOfTheCampaign()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("report"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), Staff, QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--xlsx"), m_dir.filePath(QStringLiteral("report.xlsx")),
                      QStringLiteral("--csv"), csv, QStringLiteral("--date"), QStringLiteral("2026-01-05"),
                      QStringLiteral("--number"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.crashed);
        PdfProbe probe(pdf);
        QVERIFY(probe.isA4());
        QVERIFY(probe.pageCount() >= 3);
        const QString text = probe.flatText();
        for (const char* expected :
             {"UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "Số: 05/BC-SNV", "Lạng Sơn, ngày 05 tháng 01 năm 2026",
              "BÁO CÁO", "Kết quả đánh giá, xếp loại công chức hằng tháng, quý IV năm 2026",
              "Lương Thị Hồng Nhung"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("report.xlsx"))).size() > 0);
        // Several tables: one CSV file each, beside the name given (per grade, per task group, the
        // quota, the results; the fresh demo has no grade decided against the rules).
        const QStringList csvFiles
            = QDir(m_dir.path()).entryList({QStringLiteral("report-*.csv")}, QDir::Files);
        QCOMPARE(csvFiles.size(), 4);
    }

    // A unit without stored settings prints its catalogue defaults; the options win over them.
    void decisionOfOneUnit()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("decision.pdf"));
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("decision"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), Staff, QStringLiteral("--unit"),
                      QStringLiteral("SNV-CCVC"), QStringLiteral("--pdf"), pdf, QStringLiteral("--date"),
                      QStringLiteral("29/06/2026"), QStringLiteral("--number"), QStringLiteral("12"),
                      QStringLiteral("--symbol"), QStringLiteral("QĐ-CCVC"), QStringLiteral("--proposer"),
                      QStringLiteral("Phó Trưởng phòng phụ trách")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfProbe(pdf).flatText();
        for (const char* expected :
             {"SỞ NỘI VỤ", "PHÒNG CÔNG CHỨC, VIÊN CHỨC", "Số: 12/QĐ-CCVC",
              "Lạng Sơn, ngày 29 tháng 6 năm 2026", "QUYẾT ĐỊNH", "TRƯỞNG PHÒNG CÔNG CHỨC, VIÊN CHỨC",
              "Theo đề nghị của Phó Trưởng phòng phụ trách.", "đối với 5 cá nhân", "Điều 3.", "- Như Điều 3;",
              "PHỤ LỤC",
              "(Kèm theo Quyết định số 12/QĐ-CCVC ngày 29 tháng 6 năm 2026 của Trưởng phòng Công chức, viên "
              "chức)"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!text.contains(QStringLiteral("Lương Thị Hồng Nhung")));
    }

    void decisionOfTheHomeAffairsDepartmentByDefault()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("decision-snv.pdf"));
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("decision"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--campaign"), Staff, QStringLiteral("--pdf"), pdf,
                      QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--agency"),
                      QStringLiteral("Sở Nội vụ tỉnh Lạng Sơn")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfProbe(pdf).flatText();
        for (const char* expected : {"SỞ NỘI VỤ TỈNH LẠNG SƠN", "/QĐ-SNV", "GIÁM ĐỐC SỞ NỘI VỤ TỈNH LẠNG SƠN",
                                     "Lương Thị Hồng Nhung", "đối với 40 cá nhân"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mustName");
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        QTest::newRow("unknown campaign") << QStringList{QStringLiteral("report"),
                                                         QStringLiteral("--db"),
                                                         m_db,
                                                         QStringLiteral("--campaign"),
                                                         QStringLiteral("KHONG-CO-2026"),
                                                         QStringLiteral("--pdf"),
                                                         pdf}
                                          << 1 << QStringLiteral("KHONG-CO-2026");
        QTest::newRow("unknown unit") << QStringList{QStringLiteral("decision"),
                                                     QStringLiteral("--db"),
                                                     m_db,
                                                     QStringLiteral("--campaign"),
                                                     Staff,
                                                     QStringLiteral("--unit"),
                                                     QStringLiteral("SO-LA"),
                                                     QStringLiteral("--pdf"),
                                                     pdf}
                                      << 1 << QStringLiteral("SO-LA");
        QTest::newRow("missing database") << QStringList{QStringLiteral("report"),
                                                         QStringLiteral("--db"),
                                                         m_dir.filePath(QStringLiteral("none.sqlite")),
                                                         QStringLiteral("--campaign"),
                                                         Staff,
                                                         QStringLiteral("--pdf"),
                                                         pdf}
                                          << 3 << QStringLiteral("none.sqlite");
        QTest::newRow("no pdf") << QStringList{QStringLiteral("decision"), QStringLiteral("--db"), m_db,
                                               QStringLiteral("--campaign"), Staff}
                                << 2 << QStringLiteral("--pdf");
        QTest::newRow("bad date") << QStringList{QStringLiteral("report"),
                                                 QStringLiteral("--db"),
                                                 m_db,
                                                 QStringLiteral("--campaign"),
                                                 Staff,
                                                 QStringLiteral("--pdf"),
                                                 pdf,
                                                 QStringLiteral("--date"),
                                                 QStringLiteral("31/02/2026")}
                                  << 2 << QStringLiteral("31/02/2026");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mustName);
        const CliRun run
            = runCli(QStringList{QStringLiteral("document")} + arguments, QByteArrayLiteral("en"));
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mustName), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }

    void help()
    {
        for (const QString& kind : {QStringLiteral("report"), QStringLiteral("decision")}) {
            const CliRun run = runCli({QStringLiteral("document"), kind, QStringLiteral("--help")}, "en");
            QCOMPARE(run.exitCode, 0);
            const QString out = QString::fromUtf8(run.out);
            QVERIFY(out.contains(QStringLiteral("danhgia-cli document ") + kind));
            QVERIFY(out.contains(QStringLiteral("--campaign ID")));
            QVERIFY(out.contains(QStringLiteral("--unit CODE")));
            QVERIFY(out.contains(QStringLiteral("--date DATE")));
        }
        const CliRun list = runCli({QStringLiteral("document"), QStringLiteral("--help")}, "en");
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("decision")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

DANHGIA_TEST_GUILESS_MAIN(TestCliReportDocuments)
#include "TestCliReportDocuments.moc"
