// `danhgia-cli document appraisal` run as a process on the files of tests/data/documents: the
// minutes as PDF, .xlsx and CSV; bad input names the file and the criterion or JSON path, exits
// non-zero and writes no document. Reasons in a sheet file do not change its scores.

#include "CliRunner.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace danhgia::test;

namespace {

QString data(const char* name)
{
    return dataPath(QStringLiteral("documents/") + QLatin1String(name));
}

QStringList inputs(const QString& self, const QString& appraised)
{
    return {QStringLiteral("document"),    QStringLiteral("appraisal"),
            QStringLiteral("--criteria"),  data("appraisal-criteria.json"),
            QStringLiteral("--self"),      self,
            QStringLiteral("--appraised"), appraised};
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QJsonObject appraisedWith(const QString& code, const QJsonObject& value)
{
    QJsonObject sheet
        = QJsonDocument::fromJson(readData(QStringLiteral("documents/appraisal-appraised.json"))).object();
    QJsonObject values = sheet.value(QStringLiteral("values")).toObject();
    values.insert(code, value);
    sheet.insert(QStringLiteral("values"), values);
    return sheet;
}

} // namespace

class TestCliAppraisalDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minutesFromFiles()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
        const QString xlsx = dir.filePath(QStringLiteral("bien-ban.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("bien-ban.csv"));
        const CliRun run
            = runCli(inputs(data("appraisal-self.json"), data("appraisal-appraised.json"))
                     + QStringList{QStringLiteral("--members"), data("appraisal-members.json"),
                                   QStringLiteral("--settings"), data("appraisal-settings.json"),
                                   QStringLiteral("--number"), QStringLiteral("7"), QStringLiteral("--date"),
                                   QStringLiteral("06/01/2026"), QStringLiteral("--conclusion"),
                                   QStringLiteral("Đề nghị đơn vị bổ sung tài liệu kiểm chứng."),
                                   QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx,
                                   QStringLiteral("--csv"), csv});
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        PdfProbe probe(pdf);
        QVERIFY(probe.isA4());
        QVERIFY(probe.pageCount() >= 2);
        const QString text = probe.flatText();
        for (const char* expected :
             {"Số: 07/BB-HĐTĐ", "BIÊN BẢN", "của Sở Nông nghiệp và Môi trường",
              "Thành viên Hội đồng có mặt: 5/7", "Triệu Thị Ngọc Ánh", "Kết quả thẩm định: 89,24/100 điểm",
              "Tổng cộng 100 90,98 89,24 -1,74",
              "Kế hoạch CCHC năm 2026 ban hành ngày 20/01/2026, chậm so với thời hạn quy định",
              "Phát hiện 01 trường hợp vi phạm kỷ luật hành chính qua kiểm tra công vụ",
              "Đề nghị đơn vị bổ sung tài liệu kiểm chứng.", "Bế Thị Thanh Hoa",
              "(Kèm theo Biên bản số 07/BB-HĐTĐ ngày 05 tháng 01 năm 2026)"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(QFile::exists(xlsx));
        // One CSV file per table; numbers with a decimal point.
        const QStringList csvFiles
            = QDir(dir.path()).entryList({QStringLiteral("bien-ban-*.csv")}, QDir::Files);
        QCOMPARE(csvFiles.size(), 3);
        QFile fields(dir.filePath(QStringLiteral("bien-ban-theo-linh-vuc.csv")));
        QVERIFY(fields.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(fields.readAll())
                    .contains(QStringLiteral(
                        "\"1. Công tác chỉ đạo, điều hành cải cách hành chính\",11,9.8,9.05,-0.75")));
    }

    void meetingTakesTheDocumentsDate()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
        const CliRun run = runCli(inputs(data("appraisal-self.json"), data("appraisal-appraised.json"))
                                  + QStringList{QStringLiteral("--date"), QStringLiteral("2026-02-09"),
                                                QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = PdfProbe(pdf).flatText();
        QVERIFY(text.contains(QStringLiteral("Thời gian: 08 giờ 00 phút, ngày 09 tháng 02 năm 2026.")));
        QVERIFY(text.contains(
            QStringLiteral("Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 09 tháng 02 năm 2026./.")));
        QVERIFY(text.contains(QStringLiteral("Số:")));
    }

    void reasonsDoNotChangeTheScores()
    {
        QTemporaryDir dir;
        QJsonObject stripped
            = QJsonDocument::fromJson(readData(QStringLiteral("documents/appraisal-appraised.json")))
                  .object();
        QJsonObject values = stripped.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            QJsonObject value = it.value().toObject();
            value.remove(QStringLiteral("reason"));
            it.value() = value;
        }
        stripped.insert(QStringLiteral("values"), values);
        const QString plain = write(dir, QStringLiteral("plain.json"), QJsonDocument(stripped).toJson());
        const QStringList score{QStringLiteral("score"), QStringLiteral("--criteria"),
                                data("appraisal-criteria.json")};
        const CliRun withReasons = runCli(score + QStringList{data("appraisal-appraised.json")});
        const CliRun without = runCli(score + QStringList{plain});
        QVERIFY2(withReasons.exitCode == 0, qPrintable(withReasons.err));
        QVERIFY2(without.exitCode == 0, qPrintable(without.err));
        QCOMPARE(withReasons.json(), without.json());
        const QJsonObject result
            = withReasons.json().object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("total")).toDouble(), 89.24);
    }

    void badInputNamesTheFileAndWritesNothing_data()
    {
        QTest::addColumn<QString>("file"); // which input is replaced: self, appraised or members
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mustName");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("points off step")
            << QStringLiteral("appraised")
            << QJsonDocument(appraisedWith(QStringLiteral("1.4"), {{QStringLiteral("points"), 1.1}})).toJson()
            << QStringLiteral("1.4") << 1;
        QTest::newRow("reason not text")
            << QStringLiteral("appraised")
            << QJsonDocument(appraisedWith(QStringLiteral("1.4"),
                                           {{QStringLiteral("points"), 1}, {QStringLiteral("reason"), 3}}))
                   .toJson()
            << QStringLiteral("values[\"1.4\"].reason") << 1;
        QJsonObject otherUnit = appraisedWith(QStringLiteral("1.4"), {{QStringLiteral("points"), 1}});
        otherUnit.insert(QStringLiteral("subject"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("SYT")}});
        QTest::newRow("another unit") << QStringLiteral("appraised") << QJsonDocument(otherUnit).toJson()
                                      << QStringLiteral("subject.id") << 1;
        QTest::newRow("unknown code in the self-assessment")
            << QStringLiteral("self")
            << QJsonDocument(appraisedWith(QStringLiteral("99.9"), {{QStringLiteral("yes"), true}})).toJson()
            << QStringLiteral("99.9") << 1;
        QTest::newRow("not JSON") << QStringLiteral("self") << QByteArray("{\"format\": ")
                                  << QStringLiteral("JSON") << 1;
        QTest::newRow("member without a name")
            << QStringLiteral("members")
            << QByteArray(R"({"members": [{"name": "Hoàng Văn Thụ"}, {"name": " ", "role": "Ủy viên"}]})")
            << QStringLiteral("members[1].name") << 1;
        QTest::newRow("members not a list") << QStringLiteral("members") << QByteArray(R"({"members": {}})")
                                            << QStringLiteral("members") << 1;
    }
    void badInputNamesTheFileAndWritesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, mustName);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString bad = write(dir, QStringLiteral("bad-%1.json").arg(file), content);
        const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
        const QString self = file == QLatin1String("self") ? bad : data("appraisal-self.json");
        const QString appraised = file == QLatin1String("appraised") ? bad : data("appraisal-appraised.json");
        QStringList arguments = inputs(self, appraised) + QStringList{QStringLiteral("--pdf"), pdf};
        if (file == QLatin1String("members")) {
            arguments << QStringLiteral("--members") << bad;
        }
        const CliRun run = runCli(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        QVERIFY2(run.err.contains(mustName), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }

    void commandLineMistakes()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
        CliRun run
            = runCli({QStringLiteral("document"), QStringLiteral("appraisal"), QStringLiteral("--criteria"),
                      data("appraisal-criteria.json"), QStringLiteral("--appraised"),
                      data("appraisal-appraised.json"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--self")), qPrintable(run.err));
        const QString missing = dir.filePath(QStringLiteral("khong-co.json"));
        run = runCli(inputs(missing, data("appraisal-appraised.json"))
                     + QStringList{QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        run = runCli(
            inputs(data("appraisal-self.json"), data("appraisal-appraised.json"))
            + QStringList{QStringLiteral("--number"), QStringLiteral("zero"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
        run = runCli({QStringLiteral("document"), QStringLiteral("appraisal"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option :
             {"--criteria", "--self", "--appraised", "--members", "--conclusion", "--pdf"}) {
            QVERIFY2(QString::fromUtf8(run.out).contains(QLatin1String(option)), option);
        }
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCliAppraisalDocument)
#include "TestCliAppraisalDocument.moc"
