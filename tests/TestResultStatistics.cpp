// danhgia::ResultStatistics: the figures behind the results charts, computed exactly: the index
// of each field (a top-level criterion) = its points / its applicable maximum × 100, averages of
// the province as rounded means over the subjects, grade counts with their shares, the index of
// each period. Expected values are worked out by hand in the comments.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "results/ResultStatistics.h"
#include "scoring/ScoringEngine.h"

using namespace danhgia;
using namespace danhgia::test;

namespace {

// Two fields (30 and 70 points) and a group of deductions (max 0, floor -5), which is no field.
const QByteArray Criteria = R"([
  {"code": "1", "title": "Thể chế", "max": 30, "children": [
    {"code": "1.1", "title": "a", "max": 20, "method": {"type": "points"}},
    {"code": "1.2", "title": "b", "max": 10, "method": {"type": "points"}, "na_allowed": true}]},
  {"code": "2", "title": "Thủ tục hành chính", "max": 70, "children": [
    {"code": "2.1", "title": "c", "max": 70, "method": {"type": "points"}}]},
  {"code": "3", "title": "Điểm trừ", "max": 0, "floor": -5, "children": [
    {"code": "3.1", "title": "d", "max": 0, "method": {"type": "deduct", "per_item": 1, "limit": 5}}]}
])";

const QByteArray Grades = R"(, "grades": [{"code": "A", "title": "Nhóm A", "min": 90},
    {"code": "B", "title": "Nhóm B", "min": 80}, {"code": "C", "title": "Nhóm C", "min": 0}])";

ScoreSheet sheet(const char* subject, const char* period, LeafValue v11, LeafValue v12, const char* v21,
                 qint64 deductions)
{
    ScoreSheet s = makeSheet(subject, QString::fromLatin1(period));
    s.subject.name = QStringLiteral("Đơn vị ") + QString::fromLatin1(subject);
    s.setValue(QStringLiteral("1.1"), v11);
    s.setValue(QStringLiteral("1.2"), v12);
    s.setValue(QStringLiteral("2.1"), pointsValue(v21));
    s.setValue(QStringLiteral("3.1"), countValue(deductions));
    return s;
}

// X 2025: 20 + 5.5 | 60.3 | 0 -> total 85.8, index 85.8; fields 25.5/30 = 85, 60.3/70 = 86.142857 -> 86.14
// Y 2025: 10 + n/a | 70 | -2 -> total 78 of 90, index 86.666... -> 86.67; fields 10/20 = 50, 100
// Z 2025: 20 + 10 | 65 | 0 -> total 95, index 95; fields 100, 65/70 = 92.857142 -> 92.86
// X 2026: 10 + 10 | 35 | 0 -> total 55, index 55; fields 20/30 = 66.666... -> 66.67, 50
QList<ScoreSheet> sheets(bool secondPeriod)
{
    QList<ScoreSheet> list{
        sheet("X", "2025", pointsValue("20"), pointsValue("5.5"), "60.3", 0),
        sheet("Y", "2025", pointsValue("10"), naValue(), "70", 2),
        sheet("Z", "2025", pointsValue("20"), pointsValue("10"), "65", 0),
    };
    if (secondPeriod) {
        list.append(sheet("X", "2026", pointsValue("10"), pointsValue("10"), "35", 0));
    }
    return list;
}

std::optional<Decimal> d(const char* text)
{
    return dec(text);
}

} // namespace

class TestResultStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsLeaveOutDeductions()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria, Grades));
        const auto fields = ResultStatistics::fieldsOf(set);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].code, QStringLiteral("1"));
        QCOMPARE(fields[1].title, QStringLiteral("Thủ tục hành chính"));
        QCOMPARE(fields[1].node, set.indexOf(QStringLiteral("2")));
    }

    void onePeriod()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria, Grades));
        const ScoringEngine engine(set);
        const auto ranked = engine.score(sheets(false), true, nullptr);
        const auto perPeriod = engine.score(sheets(false), false, nullptr);
        QVERIFY(ranked && perPeriod);
        const auto stats = ResultStatistics::compute(set, ranked->results, perPeriod->results);

        QCOMPARE(stats.decimals, 2);
        QCOMPARE(stats.periods, QStringList{QStringLiteral("2025")});
        QCOMPARE(stats.subjects.size(), 3);
        // Ranked by index: Z 95, Y 86.67, X 85.8.
        QCOMPARE(stats.subjects[0].id, QStringLiteral("Z"));
        QCOMPARE(stats.subjects[1].id, QStringLiteral("Y"));
        QCOMPARE(stats.subjects[2].id, QStringLiteral("X"));
        QCOMPARE(stats.subjects[1].index, dec("86.67"));
        QCOMPARE(stats.subjects[1].total, dec("78"));
        QCOMPARE(stats.subjects[1].rank, 2);
        QCOMPARE(stats.subjects[0].grade, QStringLiteral("A"));
        QCOMPARE(stats.subjects[1].name, QStringLiteral("Đơn vị Y"));

        QCOMPARE(stats.subjects[2].fieldIndexes, (QList<std::optional<Decimal>>{d("85"), d("86.14")}));
        QCOMPARE(stats.subjects[1].fieldIndexes, (QList<std::optional<Decimal>>{d("50"), d("100")}));
        QCOMPARE(stats.subjects[0].fieldIndexes, (QList<std::optional<Decimal>>{d("100"), d("92.86")}));
        // (85 + 50 + 100) / 3 = 78.333... ; (86.14 + 100 + 92.86) / 3 = 93
        QCOMPARE(stats.fieldAverages, (QList<std::optional<Decimal>>{d("78.33"), d("93")}));
        // (95 + 86.67 + 85.8) / 3 = 89.1566...
        QCOMPARE(stats.averageIndex, d("89.16"));
        QCOMPARE(stats.periodAverages, (QList<std::optional<Decimal>>{d("89.16")}));
        QCOMPARE(stats.subjects[2].periodIndexes, (QList<std::optional<Decimal>>{d("85.8")}));

        QCOMPARE(stats.gradeCounts.size(), 3); // no subject without a grade
        QCOMPARE(stats.gradeCounts[0].code, QStringLiteral("A"));
        QCOMPARE(stats.gradeCounts[0].title, QStringLiteral("Nhóm A"));
        QCOMPARE(stats.gradeCounts[0].count, 1);
        QCOMPARE(stats.gradeCounts[0].percent, dec("33.33"));
        QCOMPARE(stats.gradeCounts[1].count, 2);
        QCOMPARE(stats.gradeCounts[1].percent, dec("66.67"));
        QCOMPARE(stats.gradeCounts[2].count, 0);
        QCOMPARE(stats.gradeCounts[2].percent, Decimal());
    }

    void periodsAreAveragedAndOrdered()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria, Grades));
        const ScoringEngine engine(set);
        const auto ranked = engine.score(sheets(true), true, nullptr);
        const auto perPeriod = engine.score(sheets(true), false, nullptr);
        QVERIFY(ranked && perPeriod);
        const QStringList order{QStringLiteral("2026"), QStringLiteral("2025")};
        const auto stats = ResultStatistics::compute(set, ranked->results, perPeriod->results, order);

        QCOMPARE(stats.periods, order);
        // X over both years: index (85.8 + 55) / 2 = 70.4, grade C, last.
        const auto& x = stats.subjects[2];
        QCOMPARE(x.id, QStringLiteral("X"));
        QCOMPARE(x.index, dec("70.4"));
        QCOMPARE(x.grade, QStringLiteral("C"));
        // Fields: (85 + 66.67) / 2 = 75.835 -> 75.84 (half up); (86.14 + 50) / 2 = 68.07
        QCOMPARE(x.fieldIndexes, (QList<std::optional<Decimal>>{d("75.84"), d("68.07")}));
        QCOMPARE(x.periodIndexes, (QList<std::optional<Decimal>>{d("55"), d("85.8")}));
        // Y has no sheet in 2026.
        QCOMPARE(stats.subjects[1].periodIndexes, (QList<std::optional<Decimal>>{std::nullopt, d("86.67")}));
        // 2026: X alone; 2025: (85.8 + 86.67 + 95) / 3 = 89.1566...
        QCOMPARE(stats.periodAverages, (QList<std::optional<Decimal>>{d("55"), d("89.16")}));
        // (75.84 + 50 + 100) / 3 = 75.28; (68.07 + 100 + 92.86) / 3 = 86.9766...
        QCOMPARE(stats.fieldAverages, (QList<std::optional<Decimal>>{d("75.28"), d("86.98")}));
        for (const auto& count : stats.gradeCounts) {
            QCOMPARE(count.count, 1);
            QCOMPARE(count.percent, dec("33.33"));
        }
    }

    void notApplicableFieldAndNoGrade()
    {
        // Without grades every subject is counted as "no grade"; a field whose leaves are all
        // not applicable has no index and is left out of the average.
        const QByteArray criteria = R"([
          {"code": "1", "title": "A", "max": 10, "children": [
            {"code": "1.1", "title": "a", "max": 10, "method": {"type": "points"}, "na_allowed": true}]},
          {"code": "2", "title": "B", "max": 10, "method": {"type": "points"}}
        ])";
        DANHGIA_READ_SET(set, setDocument(criteria));
        ScoreSheet p = makeSheet("P");
        p.setValue(QStringLiteral("1.1"), naValue());
        p.setValue(QStringLiteral("2"), pointsValue("7"));
        ScoreSheet q = makeSheet("Q");
        q.setValue(QStringLiteral("1.1"), pointsValue("3"));
        q.setValue(QStringLiteral("2"), pointsValue("8"));
        const ScoringEngine engine(set);
        const auto result = engine.score({p, q}, false, nullptr);
        QVERIFY(result);
        const auto stats = ResultStatistics::compute(set, result->results, result->results);
        QCOMPARE(stats.fields.size(), 2); // a top-level leaf is a field too
        QCOMPARE(stats.periods, QStringList{QString()});
        const auto& pStats
            = stats.subjects[0].id == QLatin1String("P") ? stats.subjects[0] : stats.subjects[1];
        QCOMPARE(pStats.fieldIndexes, (QList<std::optional<Decimal>>{std::nullopt, d("70")}));
        QCOMPARE(stats.fieldAverages, (QList<std::optional<Decimal>>{d("30"), d("75")}));
        QCOMPARE(stats.gradeCounts.size(), 1);
        QVERIFY(stats.gradeCounts[0].code.isEmpty());
        QCOMPARE(stats.gradeCounts[0].count, 2);
        QCOMPARE(stats.gradeCounts[0].percent, dec("100"));
    }

    void emptyResults()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria, Grades));
        const auto stats = ResultStatistics::compute(set, {}, {});
        QVERIFY(stats.subjects.isEmpty());
        QVERIFY(!stats.averageIndex);
        QCOMPARE(stats.fieldAverages, (QList<std::optional<Decimal>>{std::nullopt, std::nullopt}));
        QCOMPARE(stats.gradeCounts.size(), 3);
        QCOMPARE(stats.gradeCounts[0].count, 0);
    }

    void meanRoundsHalfUp()
    {
        QCOMPARE(ResultStatistics::mean({d("0.005"), std::nullopt}, 2), d("0.01"));
        QCOMPARE(ResultStatistics::mean({d("1"), d("2"), d("2")}, 2), d("1.67"));
        QVERIFY(!ResultStatistics::mean({std::nullopt}, 2));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestResultStatistics)
#include "TestResultStatistics.moc"
