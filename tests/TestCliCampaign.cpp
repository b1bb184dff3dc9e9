// "danhgia-cli campaign create" end to end: a campaign with its deadlines (classification by
// default on 15 December, or 15 January for a special calendar), participants from an Excel list
// and their score sheets, all or none.

#include "CliRunner.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "tabular/XlsxWriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QByteArray UnitsCsv("Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên\r\n"
                          "LS;UBND tỉnh Lạng Sơn;tỉnh;\r\n"
                          "XCL;Ủy ban nhân dân xã Chi Lăng;xã;LS\r\n");
const QByteArray PeopleCsv("Mã;Họ và tên;Mã đơn vị;Nhóm nhiệm vụ\r\n"
                           "CC01;Hoàng Văn Bình;XCL;Chuyên viên\r\n"
                           "CC02;Nguyễn Thị An;XCL;Chuyên viên\r\n");

} // namespace

class TestCliCampaign : public QObject
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

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString file = path(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    QString participants(const QStringList& codes)
    {
        const QString file = path(QStringLiteral("tham-gia.xlsx"));
        XlsxWriter writer(file);
        writer.addSheet(QStringLiteral("Danh sách"));
        writer.writeText(0, 0, QStringLiteral("STT"));
        writer.writeText(0, 1, QStringLiteral("Mã"));
        for (int i = 0; i < codes.size(); ++i) {
            writer.writeText(i + 1, 0, QString::number(i + 1));
            writer.writeText(i + 1, 1, codes.at(i));
        }
        if (!writer.close()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    CliRun create(const QStringList& more)
    {
        return runCli(QStringList{QStringLiteral("campaign"), QStringLiteral("create"),
                                  QStringLiteral("--db"), m_db, QStringLiteral("--code"),
                                  QStringLiteral("T01-2026"), QStringLiteral("--title"),
                                  QStringLiteral("Đánh giá tháng 01/2026"), QStringLiteral("--criteria"),
                                  QStringLiteral("cong-chuc-2026@1"), QStringLiteral("--periods"),
                                  QStringLiteral("2026-01")}
                      + more);
    }

    qint64 count(const char* sql) { return countRows(m_db, QString::fromUtf8(sql)); }

private Q_SLOTS:
    void init()
    {
        m_db = path(QStringLiteral("tinh.sqlite"));
        for (const QStringList& step :
             {QStringList{QStringLiteral("db"), QStringLiteral("init"), m_db},
              QStringList{QStringLiteral("import"), QStringLiteral("units"), QStringLiteral("--db"), m_db,
                          writeFile(QStringLiteral("donvi.csv"), UnitsCsv)},
              QStringList{QStringLiteral("import"), QStringLiteral("people"), QStringLiteral("--db"), m_db,
                          writeFile(QStringLiteral("canbo.csv"), PeopleCsv)},
              QStringList{QStringLiteral("import"), QStringLiteral("criteria"), QStringLiteral("--db"), m_db,
                          dataPath(QStringLiteral("examples/cong-chuc-2026.criteria.json"))}}) {
            const CliRun run = runCli(step);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(step.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.err));
        }
    }

    void createsWithDeadlinesParticipantsAndSheets()
    {
        const CliRun run = create({QStringLiteral("--deadline"), QStringLiteral("self=2026-02-05"),
                                   QStringLiteral("--deadline"), QStringLiteral("appraisal=10/02/2026"),
                                   QStringLiteral("--participants"),
                                   participants({QStringLiteral("CC01"), QStringLiteral("CC02")})});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("T01-2026")) && out.contains(QStringLiteral("15/12/2026")),
                 qPrintable(out));
        QCOMPARE(
            count(
                "SELECT COUNT(*) FROM campaigns WHERE self_deadline = '2026-02-05' AND appraisal_deadline = "
                "'2026-02-10' AND classification_deadline = '2026-12-15' AND kind = 'staff'"),
            1);
        QCOMPARE(count("SELECT COUNT(*) FROM campaign_participants"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM score_sheets WHERE period = '2026-01' AND state = 'draft'"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM score_sheets WHERE subject_code = 'CC01' AND subject_group = "
                       "'Chuyên viên'"),
                 1);
    }

    void specialCalendarDefault()
    {
        const CliRun run = create({QStringLiteral("--special-calendar")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count("SELECT COUNT(*) FROM campaigns WHERE classification_deadline = '2027-01-15' AND "
                       "self_deadline IS NULL"),
                 1);
        QCOMPARE(count("SELECT COUNT(*) FROM score_sheets"), 0);
    }

    void allOrNothing()
    {
        // An unknown code in the list: no campaign, no participant, no sheet.
        CliRun run = create({QStringLiteral("--participants"),
                             participants({QStringLiteral("CC01"), QStringLiteral("CC99")})});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("CC99")), qPrintable(run.err));
        QCOMPARE(count("SELECT COUNT(*) FROM campaigns"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM campaign_participants"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM score_sheets"), 0);

        // Deadlines out of order, in Vietnamese, naming both dates.
        run = create({QStringLiteral("--deadline"), QStringLiteral("self=2026-03-01"),
                      QStringLiteral("--deadline"), QStringLiteral("appraisal=2026-02-01")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("01/03/2026"))
                     && run.err.contains(QStringLiteral("Thời hạn")),
                 qPrintable(run.err));
        QCOMPARE(count("SELECT COUNT(*) FROM campaigns"), 0);
    }

    void wrongCommandLine()
    {
        CliRun run = create({QStringLiteral("--deadline"), QStringLiteral("approval=2026-02-01")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("approval")), qPrintable(run.err));
        run = create({QStringLiteral("--deadline"), QStringLiteral("self=31/02/2026")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("31/02/2026")), qPrintable(run.err));
        run = runCli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 2);
        run = create({QStringLiteral("--criteria"), QStringLiteral("khong-co@1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("khong-co@1")), qPrintable(run.err));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliCampaign)
#include "TestCliCampaign.moc"
