// SheetScorer: group sums, floors and caps, not-applicable parts, missing leaves, the total,
// the index and relative leaves (scoring contract, section 2).

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "scoring/ScoreSheetReader.h"
#include "scoring/ScoringEngine.h"
#include "scoring/SheetScorer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

namespace {

// Group 1 (three leaf methods), a top-level leaf, and a nested group.
const char* const NestedCriteria = R"([
 {"code": "1", "title": "G", "max": 10, "children": [
   {"code": "1.1", "max": 4, "method": {"type": "points"}},
   {"code": "1.2", "max": 3, "method": {"type": "yes_no"}},
   {"code": "1.3", "max": 3, "method": {"type": "levels",
     "levels": [{"title": "a", "points": 3}, {"title": "b", "points": 1.5}, {"title": "c", "points": 0}]}}]},
 {"code": "2", "max": 5, "method": {"type": "points", "step": 0.5}},
 {"code": "3", "max": 6, "children": [
   {"code": "3.1", "max": 4, "children": [{"code": "3.1.1", "max": 4, "method": {"type": "points"}}]},
   {"code": "3.2", "max": 2, "method": {"type": "points"}}]}
])";

SubjectResult scoreOne(const CriteriaSet& set, const ScoreSheet& sheet)
{
    const SheetScorer scorer(set);
    const ValidationIssues issues = scorer.check(sheet);
    if (!issues.isEmpty()) {
        qWarning("unexpected sheet issues: %s", qPrintable(errorsText(issues)));
    }
    return scorer.score(sheet, scorer.relativeBests({sheet}));
}

} // namespace

class TestSheetScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupSumsAndNestedGroups()
    {
        DANHGIA_READ_SET(set, setDocument(NestedCriteria));

        ValidationIssues issues;
        const ScoreSheet sheet = ScoreSheetReader::read(R"({"format": "danhgia.scores/1", "criteria": "t",
            "subject": {"id": "A"}, "period": "2026",
            "values": {"1.1": {"points": 2.75}, "1.2": {"yes": true}, "1.3": {"level": 1},
                       "2": {"points": 4.5}, "3.1.1": {"points": 3.5}, "3.2": {"points": 2}}})",
                                                        &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(errorsText(issues)));
        const SubjectResult r = scoreOne(set, sheet);

        QCOMPARE(nodeScore(r, set, "1.1").points, dec("2.75"));
        QCOMPARE(nodeScore(r, set, "1.2").points, dec("3"));
        QCOMPARE(nodeScore(r, set, "1.3").points, dec("1.5"));
        QCOMPARE(nodeScore(r, set, "1").points, dec("7.25"));
        QCOMPARE(nodeScore(r, set, "1").max, dec("10"));
        QCOMPARE(nodeScore(r, set, "3.1").points, dec("3.5"));
        QCOMPARE(nodeScore(r, set, "3.1").max, dec("4"));
        QCOMPARE(nodeScore(r, set, "3").points, dec("5.5"));
        QCOMPARE(nodeScore(r, set, "3").max, dec("6"));
        QCOMPARE(r.total, dec("17.25"));
        QCOMPARE(r.max, dec("21"));
        QCOMPARE(r.index, dec("82.14")); // 17.25 / 21 = 82.142857…
        QVERIFY(r.complete);
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.subjectId, QStringLiteral("A"));
        QCOMPARE(r.period, std::optional<QString>(QStringLiteral("2026")));
    }

    void floorOfDeductionGroup()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 10, "children": [{"code": "1.1", "max": 10, "method": {"type": "points"}}]},
 {"code": "2", "max": 0, "floor": -2, "children": [
   {"code": "2.1", "max": 0, "method": {"type": "deduct", "per_item": 0.5, "limit": 5}},
   {"code": "2.2", "max": 0, "method": {"type": "deduct", "per_item": 0.335, "limit": 1}}]}])"));
        const auto sheetWith = [](const char* points, qint64 c1, qint64 c2) {
            ScoreSheet s = makeSheet("A");
            s.setValue(QStringLiteral("1.1"), pointsValue(points));
            s.setValue(QStringLiteral("2.1"), countValue(c1));
            s.setValue(QStringLiteral("2.2"), countValue(c2));
            return s;
        };

        // Above the floor: -0.5 and -round(0.335) = -0.34.
        SubjectResult r = scoreOne(set, sheetWith("8", 1, 1));
        QCOMPARE(nodeScore(r, set, "2.1").points, dec("-0.5"));
        QCOMPARE(nodeScore(r, set, "2.2").points, dec("-0.34"));
        QCOMPARE(nodeScore(r, set, "2").points, dec("-0.84"));
        QCOMPARE(nodeScore(r, set, "2").max, dec("0"));
        QCOMPARE(nodeScore(r, set, "2.1").max, dec("0"));
        QCOMPARE(r.total, dec("7.16"));
        QCOMPARE(r.max, dec("10"));
        QCOMPARE(r.index, dec("71.6"));

        // -2 and the limit 1 (not 3.35): -3 is held at the floor -2.
        r = scoreOne(set, sheetWith("8", 4, 10));
        QCOMPARE(nodeScore(r, set, "2.1").points, dec("-2"));
        QCOMPARE(nodeScore(r, set, "2.2").points, dec("-1"));
        QCOMPARE(nodeScore(r, set, "2").points, dec("-2"));
        QCOMPARE(r.total, dec("6"));
        QCOMPARE(r.index, dec("60"));

        // The sum 1 - 1.5 is negative: the total is 0.
        r = scoreOne(set, sheetWith("1", 3, 0));
        QCOMPARE(nodeScore(r, set, "2.2").points, dec("0"));
        QCOMPARE(nodeScore(r, set, "2").points, dec("-1.5"));
        QCOMPARE(r.total, dec("0"));
        QCOMPARE(r.max, dec("10"));
        QCOMPARE(r.index, dec("0"));
    }

    void defaultFloorIsZero()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 5, "children": [
   {"code": "1.1", "max": 5, "method": {"type": "points"}},
   {"code": "1.2", "max": 0, "method": {"type": "deduct", "per_item": 1, "limit": 10}}]},
 {"code": "2", "max": 5, "method": {"type": "points"}}])"));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1.1"), pointsValue("2"));
        s.setValue(QStringLiteral("1.2"), countValue(3));
        s.setValue(QStringLiteral("2"), pointsValue("5"));
        const SubjectResult r = scoreOne(set, s);
        QCOMPARE(nodeScore(r, set, "1.2").points, dec("-3"));
        QCOMPARE(nodeScore(r, set, "1").points, dec("0"));
        QCOMPARE(r.total, dec("5"));
        QCOMPARE(r.index, dec("50"));
    }

    void groupCappedAtMax()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 5, "children": [
   {"code": "1.1", "max": 4, "method": {"type": "points"}},
   {"code": "1.2", "max": 4, "method": {"type": "points"}}]},
 {"code": "2", "max": 5, "method": {"type": "points"}}])"));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1.1"), pointsValue("4"));
        s.setValue(QStringLiteral("1.2"), pointsValue("3"));
        s.setValue(QStringLiteral("2"), pointsValue("5"));
        SubjectResult r = scoreOne(set, s);
        QCOMPARE(nodeScore(r, set, "1").points, dec("5"));
        QCOMPARE(nodeScore(r, set, "1").max, dec("5"));
        QCOMPARE(r.total, dec("10"));
        QCOMPARE(r.max, dec("10"));
        QCOMPARE(r.index, dec("100"));

        s.setValue(QStringLiteral("1.1"), pointsValue("1"));
        s.setValue(QStringLiteral("1.2"), pointsValue("2"));
        r = scoreOne(set, s);
        QCOMPARE(nodeScore(r, set, "1").points, dec("3"));
        QCOMPARE(r.total, dec("8"));
        QCOMPARE(r.index, dec("80"));
    }

    void notApplicableLeavesAndGroups()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 10, "children": [
   {"code": "1.1", "max": 4, "method": {"type": "points"}, "na_allowed": true},
   {"code": "1.2", "max": 6, "method": {"type": "points"}}]},
 {"code": "2", "max": 5, "children": [
   {"code": "2.1", "max": 3, "method": {"type": "yes_no"}, "na_allowed": true},
   {"code": "2.2", "max": 2, "method": {"type": "linear", "when_none": "exclude"}}]},
 {"code": "3", "max": 10, "children": [
   {"code": "3.1", "max": 6, "method": {"type": "points"}, "na_allowed": true},
   {"code": "3.2", "max": 6, "method": {"type": "points"}}]}])"));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1.1"), naValue());
        s.setValue(QStringLiteral("1.2"), pointsValue("3"));
        s.setValue(QStringLiteral("2.1"), naValue());
        s.setValue(QStringLiteral("2.2"), ratioValue(0, 0));
        s.setValue(QStringLiteral("3.1"), naValue());
        s.setValue(QStringLiteral("3.2"), pointsValue("6"));
        SubjectResult r = scoreOne(set, s);
        QVERIFY(!nodeScore(r, set, "1.1").applicable);
        QVERIFY(nodeScore(r, set, "1").applicable);
        QCOMPARE(nodeScore(r, set, "1").points, dec("3"));
        QCOMPARE(nodeScore(r, set, "1").max, dec("6"));
        QVERIFY(!nodeScore(r, set, "2.1").applicable);
        QVERIFY(!nodeScore(r, set, "2.2").applicable);
        QVERIFY(!nodeScore(r, set, "2").applicable);
        QCOMPARE(nodeScore(r, set, "3").points, dec("6"));
        QCOMPARE(nodeScore(r, set, "3").max, dec("6"));
        QCOMPARE(r.total, dec("9"));
        QCOMPARE(r.max, dec("12"));
        QCOMPARE(r.index, dec("75"));
        QVERIFY(r.complete);

        // In the output, not-applicable nodes have null points and max.
        const ScoringEngine engine(set);
        const auto scored = engine.score({s}, false, nullptr);
        QVERIFY(scored);
        const QJsonObject nodes = engine.toJson(*scored)[QStringLiteral("results")]
                                      .toArray()
                                      .at(0)
                                      .toObject()[QStringLiteral("nodes")]
                                      .toObject();
        for (const char* code : {"1.1", "2", "2.1", "2.2", "3.1"}) {
            const QJsonObject node = nodes[QLatin1String(code)].toObject();
            QVERIFY2(node[QStringLiteral("points")].isNull() && node[QStringLiteral("max")].isNull(), code);
        }
        QCOMPARE(nodes[QStringLiteral("1")].toObject()[QStringLiteral("max")].toDouble(), 6.0);

        // Everything applicable: group 3 is capped at 10 for both points and max.
        s.setValue(QStringLiteral("1.1"), pointsValue("4"));
        s.setValue(QStringLiteral("1.2"), pointsValue("6"));
        s.setValue(QStringLiteral("2.1"), yesValue(true));
        s.setValue(QStringLiteral("2.2"), ratioValue(1, 4));
        s.setValue(QStringLiteral("3.1"), pointsValue("6"));
        r = scoreOne(set, s);
        QCOMPARE(nodeScore(r, set, "2.2").points, dec("0.5"));
        QCOMPARE(nodeScore(r, set, "2").points, dec("3.5"));
        QCOMPARE(nodeScore(r, set, "3").points, dec("10"));
        QCOMPARE(nodeScore(r, set, "3").max, dec("10"));
        QCOMPARE(r.total, dec("23.5"));
        QCOMPARE(r.max, dec("25"));
        QCOMPARE(r.index, dec("94"));
    }

    void missingLeaves()
    {
        DANHGIA_READ_SET(set, setDocument(NestedCriteria));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1.2"), yesValue(true));
        s.setValue(QStringLiteral("2"), pointsValue("4.5"));
        const SubjectResult r = scoreOne(set, s);
        QVERIFY(!r.complete);
        QStringList missing = r.missing;
        missing.sort();
        QCOMPARE(missing,
                 (QStringList{QStringLiteral("1.1"), QStringLiteral("1.3"), QStringLiteral("3.1.1"),
                              QStringLiteral("3.2")}));
        QVERIFY(nodeScore(r, set, "1.1").applicable);
        QCOMPARE(nodeScore(r, set, "1.1").points, dec("0"));
        QCOMPARE(nodeScore(r, set, "1.1").max, dec("4"));
        QCOMPARE(nodeScore(r, set, "1").points, dec("3"));
        QCOMPARE(nodeScore(r, set, "1").max, dec("10"));
        QCOMPARE(nodeScore(r, set, "3").points, dec("0"));
        QCOMPARE(nodeScore(r, set, "3").max, dec("6"));
        QCOMPARE(r.total, dec("7.5"));
        QCOMPARE(r.max, dec("21"));
        QCOMPARE(r.index, dec("35.71"));
    }

    void topLevelDeductionAndZeroTotal()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 10, "method": {"type": "points"}},
 {"code": "2", "max": 0, "method": {"type": "deduct", "per_item": 2, "limit": 6}}])"));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1"), pointsValue("3"));
        s.setValue(QStringLiteral("2"), countValue(5));
        SubjectResult r = scoreOne(set, s);
        QCOMPARE(nodeScore(r, set, "2").points, dec("-6"));
        QCOMPARE(r.total, dec("0"));
        QCOMPARE(r.max, dec("10"));
        QCOMPARE(r.index, dec("0"));

        s.setValue(QStringLiteral("1"), pointsValue("7"));
        s.setValue(QStringLiteral("2"), countValue(2));
        r = scoreOne(set, s);
        QCOMPARE(r.total, dec("3"));
        QCOMPARE(r.index, dec("30"));
    }

    void indexRounding_data()
    {
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("max");
        QTest::addColumn<QString>("points");
        QTest::addColumn<QString>("index");
        QTest::newRow("half up") << 2 << QStringLiteral("200") << QStringLiteral("171.33")
                                 << QStringLiteral("85.67");
        QTest::newRow("two thirds, 2")
            << 2 << QStringLiteral("3") << QStringLiteral("2") << QStringLiteral("66.67");
        QTest::newRow("two thirds, 1")
            << 1 << QStringLiteral("3") << QStringLiteral("2") << QStringLiteral("66.7");
        QTest::newRow("two thirds, 0")
            << 0 << QStringLiteral("3") << QStringLiteral("2") << QStringLiteral("67");
        QTest::newRow("one third, 2")
            << 2 << QStringLiteral("3") << QStringLiteral("1") << QStringLiteral("33.33");
        QTest::newRow("one eighth, 1")
            << 1 << QStringLiteral("8") << QStringLiteral("1") << QStringLiteral("12.5");
        QTest::newRow("one eighth, 0")
            << 0 << QStringLiteral("8") << QStringLiteral("1") << QStringLiteral("13");
    }

    void indexRounding()
    {
        QFETCH(int, decimals);
        QFETCH(QString, max);
        QFETCH(QString, points);
        QFETCH(QString, index);
        const QByteArray leaf
            = R"([{"code": "1", "max": )" + max.toLatin1() + R"(, "method": {"type": "points"}}])";
        DANHGIA_READ_SET(set, setDocument(leaf, {}, decimals));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1"), pointsValue(points.toLatin1().constData()));
        const SubjectResult r = scoreOne(set, s);
        QCOMPARE(r.total, dec(points.toLatin1().constData()));
        QCOMPARE(r.index, dec(index.toLatin1().constData()));
    }

    void indexZeroWithoutApplicableMax()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 5, "method": {"type": "points"}, "na_allowed": true},
 {"code": "2", "max": 0, "method": {"type": "deduct", "per_item": 1, "limit": 5}}])"));
        ScoreSheet s = makeSheet("A");
        s.setValue(QStringLiteral("1"), naValue());
        s.setValue(QStringLiteral("2"), countValue(2));
        const SubjectResult r = scoreOne(set, s);
        QVERIFY(r.complete);
        QCOMPARE(r.max, dec("0"));
        QCOMPARE(r.total, dec("0"));
        QCOMPARE(r.index, dec("0"));
    }

    void relativeLeavesUseBestOfAllSheets()
    {
        DANHGIA_READ_SET(set, setDocument(R"([
 {"code": "1", "max": 10, "method": {"type": "relative"}, "na_allowed": true},
 {"code": "2", "max": 10, "method": {"type": "points"}}])"));
        const auto sheetWith = [](const char* subject, const LeafValue& value) {
            ScoreSheet s = makeSheet(subject);
            s.setValue(QStringLiteral("1"), value);
            s.setValue(QStringLiteral("2"), pointsValue("5"));
            return s;
        };
        LeafValue notApplicable = naValue();
        notApplicable.number = dec("1000"); // a stray number on a not-applicable value must not count
        const QList<ScoreSheet> sheets{sheetWith("A", relativeValue("35")),
                                       sheetWith("B", relativeValue("80")), sheetWith("C", notApplicable),
                                       sheetWith("D", relativeValue("0"))};
        const SheetScorer scorer(set);
        QVERIFY(scorer.hasRelativeLeaves());
        const std::vector<Decimal> bests = scorer.relativeBests(sheets);
        QCOMPARE(bests[static_cast<std::size_t>(set.indexOf(QStringLiteral("1")))], dec("80"));

        const ScoringEngine engine(set);
        const auto scored = engine.score(sheets, false, nullptr);
        QVERIFY(scored);
        const auto points = [&](const char* subject) {
            return nodeScore(*findResult(*scored, QString::fromLatin1(subject)), set, "1");
        };
        QCOMPARE(points("A").points, dec("4.38")); // 10 × 35 / 80 = 4.375
        QCOMPARE(points("B").points, dec("10"));
        QVERIFY(!points("C").applicable);
        QCOMPARE(points("D").points, dec("0"));
        QCOMPARE(findResult(*scored, QStringLiteral("A"))->index, dec("46.9")); // 9.38 / 20
        QCOMPARE(findResult(*scored, QStringLiteral("C"))->index, dec("50"));

        // Scored alone, A is its own best.
        const SubjectResult alone = scoreOne(set, sheets[0]);
        QCOMPARE(nodeScore(alone, set, "1").points, dec("10"));

        // A best of 0 gives 0 points, not a division by zero.
        const QList<ScoreSheet> zeros{sheetWith("A", relativeValue("0")), sheetWith("B", relativeValue("0"))};
        const auto zeroScored = engine.score(zeros, false, nullptr);
        QVERIFY(zeroScored);
        for (const auto& r : zeroScored->results) {
            QCOMPARE(nodeScore(r, set, "1").points, dec("0"));
            QCOMPARE(r.total, dec("5"));
        }
    }

    void sheetErrorsNamePathAndCode()
    {
        DANHGIA_READ_SET(set, setDocument(NestedCriteria));
        ScoreSheet s = makeSheet("A", std::nullopt, {QStringLiteral("nope")}, "other");
        s.setValue(QStringLiteral("9"), pointsValue("1"));
        s.setValue(QStringLiteral("1"), pointsValue("1"));
        s.setValue(QStringLiteral("1.1"), pointsValue("4.5"));
        s.setValue(QStringLiteral("1.2"), naValue());
        s.setValue(QStringLiteral("2"), pointsValue("0.25")); // not a multiple of the step 0.5
        const ValidationIssues issues = SheetScorer(set).check(s);
        QCOMPARE(errorPaths(issues),
                 (QStringList{QStringLiteral("criteria"), QStringLiteral("flags[0]"),
                              QStringLiteral("values[\"9\"]"), QStringLiteral("values[\"1\"]"),
                              QStringLiteral("values[\"1.1\"].points"), QStringLiteral("values[\"1.2\"].na"),
                              QStringLiteral("values[\"2\"].points")}));
        QCOMPARE(issues[2].code, QStringLiteral("9"));
        QCOMPARE(issues[4].code, QStringLiteral("1.1"));

        QList<ScoringEngine::SheetIssue> sheetIssues;
        QVERIFY(!ScoringEngine(set).score({makeSheet("B"), s}, false, &sheetIssues));
        QCOMPARE(sheetIssues.size(), 7);
        QCOMPARE(sheetIssues.first().sheet, 1);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetScorer)
#include "TestSheetScorer.moc"
