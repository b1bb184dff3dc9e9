// Reading score sheets ("danhgia.scores/1"): the example sheets, and problems reported with the
// JSON path and criterion code they concern (the messages are translated).

#include "TestSupport.h"
#include "scoring/ScoreSheetReader.h"

#include <QJsonDocument>

using namespace danhgia;
using danhgia::test::readData;

namespace {

// A sheet around the given "values" object; `extra` replaces the other top-level fields.
QByteArray sheetJson(const QByteArray& values,
                     const QByteArray& extra
                     = R"("criteria": "t", "subject": {"id": "S1"}, "period": "2026")")
{
    return QByteArray(R"({"format": "danhgia.scores/1", )") + extra + R"(, "values": )" + values + "}";
}

QByteArray describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& issue : issues) {
        lines << QStringLiteral("%1 path=%2 code=%3")
                     .arg(issue.isError() ? QStringLiteral("E") : QStringLiteral("W"), issue.path,
                          issue.code);
    }
    return lines.join(QLatin1String("; ")).toUtf8();
}

bool hasError(const ValidationIssues& issues, const QString& path, const QString& code)
{
    for (const auto& issue : issues) {
        if (issue.isError() && issue.path == path && issue.code == code) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestScoreSheetReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("values");
        QTest::addColumn<QStringList>("flags");
        const QString cchc = QStringLiteral("cchc-so-2026");
        const QString cntt = QStringLiteral("ung-dung-cntt-2026");
        const QString staff = QStringLiteral("cong-chuc-2026");
        QTest::newRow("cchc SNV") << QStringLiteral("cchc/SNV") << cchc << QStringLiteral("SNV")
                                  << QStringLiteral("2026") << 30 << QStringList();
        QTest::newRow("cchc SYT") << QStringLiteral("cchc/SYT") << cchc << QStringLiteral("SYT")
                                  << QStringLiteral("2026") << 29 << QStringList();
        QTest::newRow("cntt STC") << QStringLiteral("cntt/STC") << cntt << QStringLiteral("STC")
                                  << QStringLiteral("2026") << 11 << QStringList();
        QTest::newRow("CC01 01") << QStringLiteral("cong-chuc/CC01-2026-01") << staff
                                 << QStringLiteral("CC01") << QStringLiteral("2026-01") << 7 << QStringList();
        QTest::newRow("CC07 02") << QStringLiteral("cong-chuc/CC07-2026-02") << staff
                                 << QStringLiteral("CC07") << QStringLiteral("2026-02") << 7
                                 << QStringList{QStringLiteral("vang_3_6_thang")};
        QTest::newRow("CC08 03") << QStringLiteral("cong-chuc/CC08-2026-03") << staff
                                 << QStringLiteral("CC08") << QStringLiteral("2026-03") << 7
                                 << QStringList{QStringLiteral("ky_luat")};
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(QString, period);
        QFETCH(int, values);
        ValidationIssues issues;
        const ScoreSheet sheet
            = ScoreSheetReader::read(readData(QStringLiteral("examples/%1.scores.json").arg(file)), &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QTEST(sheet.criteriaId, "criteria");
        QTEST(sheet.subject.id, "subject");
        QVERIFY(sheet.period.has_value());
        QCOMPARE(*sheet.period, period);
        QCOMPARE(sheet.stage, Stage::Self);
        QCOMPARE(int(sheet.values.size()), values);
        QCOMPARE(int(sheet.valueOrder.size()), values);
        QTEST(sheet.flags, "flags");
    }

    void exampleValues()
    {
        ValidationIssues issues;
        const ScoreSheet snv
            = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SNV.scores.json")), &issues);
        QCOMPARE(snv.subject.name, QStringLiteral("Sở Nội vụ"));
        QCOMPARE(snv.values[QStringLiteral("1.1.1")].kind, LeafValue::Kind::Level);
        QCOMPARE(snv.values[QStringLiteral("1.1.1")].level, qint64(2));
        QCOMPARE(snv.values[QStringLiteral("1.1.2")].kind, LeafValue::Kind::Ratio);
        QCOMPARE(snv.values[QStringLiteral("1.1.2")].done, qint64(120));
        QCOMPARE(snv.values[QStringLiteral("1.1.2")].total, qint64(120));
        QCOMPARE(snv.values[QStringLiteral("1.3.1")].total, qint64(0));
        QCOMPARE(snv.values[QStringLiteral("1.4")].kind, LeafValue::Kind::Points);
        QCOMPARE(snv.values[QStringLiteral("1.4")].number.toString(), QStringLiteral("1.75"));
        QCOMPARE(snv.valueOrder.first(), QStringLiteral("1.1.1"));

        const ScoreSheet sgddt
            = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SGDDT.scores.json")), &issues);
        QCOMPARE(sgddt.values[QStringLiteral("6.2")].kind, LeafValue::Kind::NotApplicable);

        const ScoreSheet cntt
            = ScoreSheetReader::read(readData(QStringLiteral("examples/cntt/SNV.scores.json")), &issues);
        QCOMPARE(cntt.values[QStringLiteral("1.1")].kind, LeafValue::Kind::YesNo);
        QVERIFY(cntt.values[QStringLiteral("1.1")].yes);
        QCOMPARE(cntt.values[QStringLiteral("2.2")].kind, LeafValue::Kind::Value);
        QCOMPARE(cntt.values[QStringLiteral("2.2")].number.toString(), QStringLiteral("1"));

        const ScoreSheet cc = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/CC01-2026-01.scores.json")), &issues);
        QCOMPARE(cc.subject.group, QStringLiteral("UBND xã Chi Lăng"));
        const LeafValue& tasks = cc.values[QStringLiteral("2")];
        QCOMPARE(tasks.kind, LeafValue::Kind::Tasks);
        QCOMPARE(int(tasks.items.size()), 7);
        QCOMPARE(tasks.items[1].title, QStringLiteral("Nhiệm vụ 2"));
        QCOMPARE(tasks.items[1].weight.toString(), QStringLiteral("0.5"));
        QVERIFY(tasks.items[1].done);
        QVERIFY(tasks.items[1].excused);
        QCOMPARE(tasks.items[0].weight.toString(), QStringLiteral("2"));
        QVERIFY(!tasks.items[0].excused);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        const QString none;
        QTest::newRow("done is text") << sheetJson(R"({"1.2": {"done": "5", "total": 10}})")
                                      << QStringLiteral(R"(values["1.2"].done)") << QStringLiteral("1.2");
        QTest::newRow("total is bool") << sheetJson(R"({"1.2": {"done": 5, "total": true}})")
                                       << QStringLiteral(R"(values["1.2"].total)") << QStringLiteral("1.2");
        QTest::newRow("done not whole") << sheetJson(R"({"1.2": {"done": 2.5, "total": 10}})")
                                        << QStringLiteral(R"(values["1.2"].done)") << QStringLiteral("1.2");
        QTest::newRow("total missing") << sheetJson(R"({"1.2": {"done": 2}})")
                                       << QStringLiteral(R"(values["1.2"].total)") << QStringLiteral("1.2");
        QTest::newRow("points is text") << sheetJson(R"({"1.1": {"points": "x"}})")
                                        << QStringLiteral(R"(values["1.1"].points)") << QStringLiteral("1.1");
        QTest::newRow("yes is text") << sheetJson(R"({"1.1": {"yes": "true"}})")
                                     << QStringLiteral(R"(values["1.1"].yes)") << QStringLiteral("1.1");
        QTest::newRow("level not whole") << sheetJson(R"({"1.1": {"level": 1.5}})")
                                         << QStringLiteral(R"(values["1.1"].level)") << QStringLiteral("1.1");
        QTest::newRow("count is a list") << sheetJson(R"({"9": {"count": [1]}})")
                                         << QStringLiteral(R"(values["9"].count)") << QStringLiteral("9");
        QTest::newRow("value is text") << sheetJson(R"({"2.2": {"value": "4"}})")
                                       << QStringLiteral(R"(values["2.2"].value)") << QStringLiteral("2.2");
        QTest::newRow("na is text") << sheetJson(R"({"1.1": {"na": "yes"}})")
                                    << QStringLiteral(R"(values["1.1"].na)") << QStringLiteral("1.1");
        QTest::newRow("value not an object")
            << sheetJson(R"({"1.1": 5})") << QStringLiteral(R"(values["1.1"])") << QStringLiteral("1.1");
        QTest::newRow("no value") << sheetJson(R"({"1.1": {}})") << QStringLiteral(R"(values["1.1"])")
                                  << QStringLiteral("1.1");
        QTest::newRow("points and yes") << sheetJson(R"({"1.1": {"points": 1, "yes": true}})")
                                        << QStringLiteral(R"(values["1.1"])") << QStringLiteral("1.1");
        QTest::newRow("level and done") << sheetJson(R"({"1.1": {"level": 1, "done": 1, "total": 2}})")
                                        << QStringLiteral(R"(values["1.1"])") << QStringLiteral("1.1");
        QTest::newRow("items not a list") << sheetJson(R"({"2": {"items": {}}})")
                                          << QStringLiteral(R"(values["2"].items)") << QStringLiteral("2");
        QTest::newRow("item not an object")
            << sheetJson(R"({"2": {"items": [3]}})") << QStringLiteral(R"(values["2"].items[0])")
            << QStringLiteral("2");
        QTest::newRow("item without weight")
            << sheetJson(R"({"2": {"items": [{"weight": 1, "done": true}, {"done": true}]}})")
            << QStringLiteral(R"(values["2"].items[1].weight)") << QStringLiteral("2");
        QTest::newRow("item done is text")
            << sheetJson(R"({"2": {"items": [{"weight": 1, "done": "yes"}]}})")
            << QStringLiteral(R"(values["2"].items[0].done)") << QStringLiteral("2");
        QTest::newRow("item delays not whole")
            << sheetJson(R"({"2": {"items": [{"weight": 1, "done": true, "delays": 0.5}]}})")
            << QStringLiteral(R"(values["2"].items[0].delays)") << QStringLiteral("2");
        QTest::newRow("item excused is number")
            << sheetJson(R"({"2": {"items": [{"weight": 1, "done": true, "excused": 1}]}})")
            << QStringLiteral(R"(values["2"].items[0].excused)") << QStringLiteral("2");
        QTest::newRow("reason is a number")
            << sheetJson(R"({"1.1": {"points": 1, "reason": 5}})")
            << QStringLiteral(R"(values["1.1"].reason)") << QStringLiteral("1.1");
        QTest::newRow("values not an object") << sheetJson("[]") << QStringLiteral("values") << none;
        QTest::newRow("no subject id") << sheetJson("{}", R"("criteria": "t", "subject": {"name": "A"})")
                                       << QStringLiteral("subject.id") << none;
        QTest::newRow("empty subject id") << sheetJson("{}", R"("criteria": "t", "subject": {"id": " "})")
                                          << QStringLiteral("subject.id") << none;
        QTest::newRow("no subject") << sheetJson("{}", R"("criteria": "t")") << QStringLiteral("subject")
                                    << none;
        QTest::newRow("subject is text")
            << sheetJson("{}", R"("criteria": "t", "subject": "S1")") << QStringLiteral("subject") << none;
        QTest::newRow("no criteria") << sheetJson("{}", R"("subject": {"id": "S1"})")
                                     << QStringLiteral("criteria") << none;
        QTest::newRow("bad stage") << sheetJson(
            "{}", R"("criteria": "t", "subject": {"id": "S1"}, "stage": "draft")")
                                   << QStringLiteral("stage") << none;
        QTest::newRow("period is a number")
            << sheetJson("{}", R"("criteria": "t", "subject": {"id": "S1"}, "period": 2026)")
            << QStringLiteral("period") << none;
        QTest::newRow("flag is a number")
            << sheetJson("{}", R"("criteria": "t", "subject": {"id": "S1"}, "flags": [1])")
            << QStringLiteral("flags[0]") << none;
        QTest::newRow("no values") << QByteArray(
            R"({"format": "danhgia.scores/1", "criteria": "t", "subject": {"id": "S"}})")
                                   << QStringLiteral("values") << none;
        QTest::newRow("wrong format") << QByteArray(R"({"format": "danhgia.criteria/1", "criteria": "t"})")
                                      << QStringLiteral("format") << none;
        QTest::newRow("no format") << QByteArray(R"({"criteria": "t", "subject": {"id": "S"}, "values": {}})")
                                   << QStringLiteral("format") << none;
        QTest::newRow("not JSON") << QByteArray(R"({"format": "danhgia.scores/1",)") << QString() << none;
        QTest::newRow("JSON array") << QByteArray("[]") << QString() << none;
    }

    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, code);
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(json, &issues);
        QVERIFY2(hasError(issues, path, code), describe(issues).constData());
        // A value with a problem is not kept.
        if (!code.isEmpty()) {
            QVERIFY(!sheet.values.contains(code));
        }
        for (const auto& issue : issues) {
            QVERIFY(!issue.message.isEmpty());
        }
    }

    void collectsEveryProblem()
    {
        const QByteArray json
            = sheetJson(R"({"1.1": {"points": "x"}, "1.2": {"yes": true, "level": 0},
                                             "1.3": {"level": 1}, "2": {"items": [{"done": true}]}})",
                        R"("criteria": "t", "subject": {"name": "A"}, "stage": "later", "flags": [2])");
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(json, &issues);
        QVERIFY(hasError(issues, QStringLiteral("subject.id"), QString()));
        QVERIFY(hasError(issues, QStringLiteral("stage"), QString()));
        QVERIFY(hasError(issues, QStringLiteral("flags[0]"), QString()));
        QVERIFY(hasError(issues, QStringLiteral(R"(values["1.1"].points)"), QStringLiteral("1.1")));
        QVERIFY(hasError(issues, QStringLiteral(R"(values["1.2"])"), QStringLiteral("1.2")));
        QVERIFY(hasError(issues, QStringLiteral(R"(values["2"].items[0].weight)"), QStringLiteral("2")));
        QCOMPARE(issues.size(), 6);
        // The good value is kept.
        QCOMPARE(sheet.values.size(), 1);
        QCOMPARE(sheet.values[QStringLiteral("1.3")].level, qint64(1));
    }

    void period()
    {
        ValidationIssues issues;
        const ScoreSheet absent
            = ScoreSheetReader::read(sheetJson("{}", R"("criteria": "t", "subject": {"id": "S"})"), &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(!absent.period.has_value());
        QCOMPARE(absent.stage, Stage::Self);
        const ScoreSheet null = ScoreSheetReader::read(
            sheetJson("{}", R"("criteria": "t", "subject": {"id": "S"}, "period": null, "stage": "final")"),
            &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(!null.period.has_value());
        QCOMPARE(null.stage, Stage::Final);
        const ScoreSheet given = ScoreSheetReader::read(
            sheetJson(
                "{}",
                R"("criteria": "t", "subject": {"id": "S"}, "period": "2026-Q1", "stage": "appraised")"),
            &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(given.period.value_or(QString()), QStringLiteral("2026-Q1"));
        QCOMPARE(given.stage, Stage::Appraised);
    }

    void valueForms()
    {
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(
            sheetJson(
                R"({"a": {"na": true}, "b": {"na": false, "yes": false}, "c": {"count": 3}, "d": {"value": 0.1234},
                          "e": {"items": []}, "f": {"points": 85.665}})"),
            &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(sheet.values[QStringLiteral("a")].kind, LeafValue::Kind::NotApplicable);
        QCOMPARE(sheet.values[QStringLiteral("b")].kind, LeafValue::Kind::YesNo);
        QVERIFY(!sheet.values[QStringLiteral("b")].yes);
        QCOMPARE(sheet.values[QStringLiteral("c")].count, qint64(3));
        QCOMPARE(sheet.values[QStringLiteral("d")].number.units(), qint64(1234));
        QCOMPARE(sheet.values[QStringLiteral("e")].kind, LeafValue::Kind::Tasks);
        QVERIFY(sheet.values[QStringLiteral("e")].items.isEmpty());
        QCOMPARE(sheet.values[QStringLiteral("f")].number.units(), qint64(856650));
        QCOMPARE(sheet.valueOrder,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")}));
    }

    void reasonsAreKeptBesideTheValues()
    {
        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(
            sheetJson(R"({"1.1": {"points": 0.5, "reason": "  Thiếu quyết định ban hành "},
                          "1.2": {"na": true, "reason": "Không phát sinh"}, "1.3": {"level": 1, "reason": ""},
                          "1.4": {"yes": true}})"),
            &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(sheet.reasons.value(QStringLiteral("1.1")), QStringLiteral("Thiếu quyết định ban hành"));
        QCOMPARE(sheet.reasons.value(QStringLiteral("1.2")), QStringLiteral("Không phát sinh"));
        // An empty reason is no reason; a value without one has none.
        QVERIFY(!sheet.reasons.contains(QStringLiteral("1.3")));
        QVERIFY(!sheet.reasons.contains(QStringLiteral("1.4")));
        QCOMPARE(sheet.reasons.size(), 2);
        // The reason does not change the value it stands beside.
        QCOMPARE(sheet.values[QStringLiteral("1.1")].kind, LeafValue::Kind::Points);
        QCOMPARE(sheet.values[QStringLiteral("1.1")].number.toString(), QStringLiteral("0.5"));
        QCOMPARE(sheet.values[QStringLiteral("1.2")].kind, LeafValue::Kind::NotApplicable);
        // Written back with its value, and read again.
        const QJsonObject written = sheet.toJson().value(QStringLiteral("values")).toObject();
        QCOMPARE(written.value(QStringLiteral("1.1")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Thiếu quyết định ban hành"));
        QVERIFY(!written.value(QStringLiteral("1.4")).toObject().contains(QStringLiteral("reason")));
        const ScoreSheet again = ScoreSheetReader::fromObject(sheet.toJson(), &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(again.reasons, sheet.reasons);
    }

    void roundTrip()
    {
        ValidationIssues issues;
        const ScoreSheet first = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/CC07-2026-01.scores.json")), &issues);
        const ScoreSheet second = ScoreSheetReader::fromObject(first.toJson(), &issues);
        QVERIFY2(issues.isEmpty(), describe(issues).constData());
        QCOMPARE(second.toJson(), first.toJson());
        QCOMPARE(second.flags, first.flags);
        QCOMPARE(second.period.value_or(QStringLiteral("-")), first.period.value_or(QStringLiteral("?")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestScoreSheetReader)
#include "TestScoreSheetReader.moc"
