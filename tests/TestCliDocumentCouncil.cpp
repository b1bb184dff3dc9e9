// `danhgia-cli document council`: the minutes and summary sheet of an interview council printed
// from a council file by the built CLI, to PDF, .xlsx and CSV; a broken council file is refused
// as `danhgia-cli council` refuses it.

#include "CliRunner.h"
#include "PdfProbe.h"
#include "TestSupport.h"
#include "tabular/TabularReader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString CouncilFile = QStringLiteral("documents/council-minutes.council.json");

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestCliDocumentCouncil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Without XDG_RUNTIME_DIR (a server, CI), Qt's note about it stays off standard error: on
    // success it is empty, and a refused file gives exactly the council command's messages.
    void initTestCase() { qunsetenv("XDG_RUNTIME_DIR"); }

    void printsTheMinutesAndTheSheet()
    {
        QTemporaryDir dir;
        const QString pdf = PdfProbe::outputPath(dir, QStringLiteral("cli-council.pdf"));
        const QString xlsx = dir.filePath(QStringLiteral("council.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("council.csv"));
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"),
                      csv, QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--number"),
                      QStringLiteral("5")});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        PdfProbe probe(pdf);
        QVERIFY(probe.isA4());
        QCOMPARE(probe.pageCount(), 3);
        for (const auto& font : probe.fonts()) {
            QVERIFY2(font.embedded, qPrintable(font.name));
        }
        const QString text = probe.flatText();
        for (const char* expected :
             {"Số: 05/BB-HĐSH", "BIÊN BẢN", "Họp Hội đồng kiểm tra, sát hạch",
              "Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 01 năm 2026.",
              "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.", "Đàm Thị Ngọc Ánh",
              "Chủ tịch Hội đồng (Hoàng Văn Thắng) đã chủ trì đối thoại, Hội đồng thống nhất điểm 68,5",
              "Trưởng ban (Lộc Thị Hạnh)", "chưa thống nhất được điểm", "BẢNG TỔNG HỢP KẾT QUẢ SÁT HẠCH",
              "(Kèm theo Biên bản số 05/BB-HĐSH, ngày 05 tháng 01 năm 2026)", "85,75", "85,7", "46,25",
              "72,3"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        // A biên bản has no date line in its header.
        QVERIFY(!text.contains(QStringLiteral("Lạng Sơn, ngày")));

        QString error;
        const auto table = TabularReader::readXlsx(xlsx, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(table->header.at(3), QStringLiteral("TV1"));
        QCOMPARE(table->cell(0, 1), QStringLiteral("TS01"));
        QCOMPARE(table->cell(0, 2), QStringLiteral("Nguyễn Thị Hằng"));
        QCOMPARE(table->cell(0, 11), QStringLiteral("85.7"));
        QCOMPARE(table->cell(1, 10), QStringLiteral("68.5"));
        QCOMPARE(table->cell(3, 12), QStringLiteral("Chờ đối thoại"));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY(csvText.contains(QStringLiteral("Họ và tên")));
        QVERIFY(csvText.contains(QStringLiteral("TS07,Hứa Thị Quyên,72.0,72.5,72.25,72.25,72.3,0.5")));
    }

    void settingsFileDescribesTheMeeting()
    {
        QTemporaryDir dir;
        const QString pdf = PdfProbe::outputPath(dir, QStringLiteral("cli-council-settings.pdf"));
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--settings"),
                      dataPath(QStringLiteral("documents/council-settings.json"))});
        QCOMPARE(run.exitCode, 0);
        const QString text = PdfProbe(pdf).flatText();
        for (const char* expected :
             {"Số: 12/BB-HĐSH", "Thời gian bắt đầu: 14 giờ 00 phút, ngày 05 tháng 01 năm 2026.",
              "Địa điểm: Phòng họp tầng 3, Sở Nội vụ tỉnh Lạng Sơn.",
              "được thành lập theo Quyết định số 125/QĐ-SNV ngày 02/01/2026 của Giám đốc Sở Nội vụ",
              "Cuộc họp kết thúc vào 17 giờ 15 phút, ngày 05 tháng 01 năm 2026./."}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void brokenCouncilFileIsRefusedAsByTheCouncilCommand_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mustName");
        QTest::newRow("not JSON") << QByteArrayLiteral("{ \"format\": ") << QStringLiteral("JSON");
        QTest::newRow("wrong format")
            << QByteArrayLiteral("{\"format\": \"danhgia.scores/1\", \"candidates\": []}")
            << QStringLiteral("format");
        QByteArray outOfRange = readData(CouncilFile);
        outOfRange.replace("\"TV2\": 86,", "\"TV2\": 186,");
        QTest::newRow("score above max") << outOfRange << QStringLiteral("186");
        QByteArray oneScore = readData(CouncilFile);
        oneScore.replace("\"scores\": {\"TV1\": 60, \"TV2\": 75, \"TV3\": 70, \"TV4\": 72}",
                         "\"scores\": {\"TV1\": 60}");
        QTest::newRow("one member") << oneScore << QStringLiteral("TS02");
    }
    void brokenCouncilFileIsRefusedAsByTheCouncilCommand()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mustName);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("hoi-dong-loi.council.json"), content);
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        for (const QByteArray& language : {QByteArrayLiteral("vi"), QByteArrayLiteral("en")}) {
            const CliRun document = runCli(
                {QStringLiteral("document"), QStringLiteral("council"), path, QStringLiteral("--pdf"), pdf},
                language);
            const CliRun council = runCli({QStringLiteral("council"), path}, language);
            QVERIFY(!document.crashed);
            QCOMPARE(document.exitCode, 1);
            QCOMPARE(document.exitCode, council.exitCode);
            QCOMPARE(document.err, council.err);
            QVERIFY2(document.err.contains(QStringLiteral("hoi-dong-loi.council.json")),
                     qPrintable(document.err));
            QVERIFY2(document.err.contains(mustName), qPrintable(document.err));
            QVERIFY(document.out.isEmpty());
            QVERIFY(!QFile::exists(pdf));
        }
    }

    void commandLineMistakes()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const CliRun missing
            = runCli({QStringLiteral("document"), QStringLiteral("council"),
                      QStringLiteral("/khong/co/hoi-dong.json"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QStringLiteral("/khong/co/hoi-dong.json")), qPrintable(missing.err));
        const CliRun noPdf
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile)});
        QCOMPARE(noPdf.exitCode, 2);
        QVERIFY2(noPdf.err.contains(QStringLiteral("--pdf")), qPrintable(noPdf.err));
        const CliRun noFile
            = runCli({QStringLiteral("document"), QStringLiteral("council"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(noFile.exitCode, 2);
        const CliRun badDate
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--date"), QStringLiteral("32/13/2026")});
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains(QStringLiteral("32/13/2026")), qPrintable(badDate.err));
        const CliRun unknown
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--landscape")});
        QCOMPARE(unknown.exitCode, 2);
        // A settings file that cannot be read is an unreadable file (3), one that is not
        // settings is invalid data (1); both are named, and nothing is written.
        const CliRun noSettings
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--settings"),
                      QStringLiteral("/khong/co/thiet-lap.json")});
        QCOMPARE(noSettings.exitCode, 3);
        QVERIFY2(noSettings.err.contains(QStringLiteral("/khong/co/thiet-lap.json")),
                 qPrintable(noSettings.err));
        const QString notJson = dir.filePath(QStringLiteral("thiet-lap.json"));
        QFile broken(notJson);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[1, 2");
        broken.close();
        const CliRun badSettings
            = runCli({QStringLiteral("document"), QStringLiteral("council"), dataPath(CouncilFile),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--settings"), notJson});
        QCOMPARE(badSettings.exitCode, 1);
        QVERIFY2(badSettings.err.contains(notJson), qPrintable(badSettings.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void helpListsTheOptions()
    {
        const CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("council"), QStringLiteral("--help")},
                     QByteArrayLiteral("en"));
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        for (const char* expected :
             {"danhgia-cli document council", "--pdf", "--xlsx", "--csv", "--settings", "--date"}) {
            QVERIFY2(help.contains(QLatin1String(expected)), expected);
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliDocumentCouncil)
#include "TestCliDocumentCouncil.moc"
