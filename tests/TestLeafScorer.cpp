// LeafScorer: the points of one leaf for each method of the scoring contract (section 2), with the
// contract's rounding (once, half up, to the set's decimals).

#include "TestSupport.h"
#include "scoring/LeafScorer.h"

using namespace danhgia;

namespace {

using Outcome = LeafScorer::Outcome;

Decimal dec(const char* text)
{
    const auto value = Decimal::fromString(QLatin1String(text));
    if (!value) {
        qFatal("bad decimal literal in test: %s", text);
    }
    return *value;
}

Criterion leaf(MethodType type, const char* max)
{
    Criterion c;
    c.code = QStringLiteral("x");
    c.max = dec(max);
    c.method.type = type;
    return c;
}

Criterion ratioLeaf(WhenNone whenNone = WhenNone::Full)
{
    Criterion c = leaf(MethodType::Ratio, "3");
    c.method.bands = {{dec("1"), dec("3")}, {dec("0.8"), dec("2")}, {dec("0.5"), dec("1")}};
    c.method.whenNone = whenNone;
    return c;
}

LeafValue pointsValue(const char* x)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Points;
    v.number = dec(x);
    return v;
}

LeafValue ratioValue(qint64 done, qint64 total)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Ratio;
    v.done = done;
    v.total = total;
    return v;
}

LeafValue countValue(qint64 count)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Count;
    v.count = count;
    return v;
}

LeafValue relativeValue(const char* x)
{
    LeafValue v = pointsValue(x);
    v.kind = LeafValue::Kind::Value;
    return v;
}

TaskItem task(const char* weight, bool done, qint64 failures = 0, qint64 delays = 0, bool excused = false)
{
    TaskItem t;
    t.weight = dec(weight);
    t.done = done;
    t.qualityFailures = failures;
    t.delays = delays;
    t.excused = excused;
    return t;
}

LeafValue tasksValue(const QList<TaskItem>& items)
{
    LeafValue v;
    v.kind = LeafValue::Kind::Tasks;
    v.items = items;
    return v;
}

Outcome score(const Criterion& c, const LeafValue& v, int decimals = 2, const char* best = "0")
{
    return LeafScorer::score(c, v, dec(best), decimals);
}

// "3.33" for points, "na" for not applicable, "invalid:<field>" for an invalid value.
QString show(const Outcome& o)
{
    switch (o.kind) {
        case Outcome::Kind::Points:
            return o.points.toString();
        case Outcome::Kind::NotApplicable:
            return QStringLiteral("na");
        case Outcome::Kind::Invalid:
            return QStringLiteral("invalid:") + o.field;
    }
    return {};
}

} // namespace

class TestLeafScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void points()
    {
        Criterion c = leaf(MethodType::Points, "2");
        c.method.step = dec("0.25");
        QCOMPARE(show(score(c, pointsValue("0"))), QStringLiteral("0"));
        QCOMPARE(show(score(c, pointsValue("1.75"))), QStringLiteral("1.75"));
        QCOMPARE(show(score(c, pointsValue("2"))), QStringLiteral("2"));
        QCOMPARE(show(score(c, pointsValue("-0.25"))), QStringLiteral("invalid:points"));
        QCOMPARE(show(score(c, pointsValue("2.25"))), QStringLiteral("invalid:points"));
        QCOMPARE(show(score(c, pointsValue("1.1"))), QStringLiteral("invalid:points"));
        QVERIFY(!score(c, pointsValue("1.1")).error.isEmpty());
        // Default step 0.01.
        const Criterion d = leaf(MethodType::Points, "10");
        QCOMPARE(show(score(d, pointsValue("7.23"))), QStringLiteral("7.23"));
        QCOMPARE(show(score(d, pointsValue("7.235"))), QStringLiteral("invalid:points"));
        QCOMPARE(show(score(d, pointsValue("10.01"))), QStringLiteral("invalid:points"));
        // Finer step with four decimals.
        Criterion f = leaf(MethodType::Points, "1");
        f.method.step = dec("0.0001");
        QCOMPARE(show(score(f, pointsValue("0.1234"), 4)), QStringLiteral("0.1234"));
        // Rounded once to the set's decimals.
        QCOMPARE(show(score(d, pointsValue("7.25"), 1)), QStringLiteral("7.3"));
        QCOMPARE(show(score(d, pointsValue("7.5"), 0)), QStringLiteral("8"));
    }

    void yesNo()
    {
        const Criterion c = leaf(MethodType::YesNo, "1.5");
        LeafValue v;
        v.kind = LeafValue::Kind::YesNo;
        v.yes = true;
        QCOMPARE(show(score(c, v)), QStringLiteral("1.5"));
        v.yes = false;
        QCOMPARE(show(score(c, v)), QStringLiteral("0"));
    }

    void levels()
    {
        Criterion c = leaf(MethodType::Levels, "2");
        c.method.levels = {{QStringLiteral("a"), dec("2")},
                           {QStringLiteral("b"), dec("1.25")},
                           {QStringLiteral("c"), dec("0")}};
        LeafValue v;
        v.kind = LeafValue::Kind::Level;
        const QStringList expected{QStringLiteral("2"), QStringLiteral("1.25"), QStringLiteral("0")};
        for (int i = 0; i < expected.size(); ++i) {
            v.level = i;
            QCOMPARE(show(score(c, v)), expected[i]);
        }
        v.level = 1;
        QCOMPARE(show(score(c, v, 1)), QStringLiteral("1.3"));
        v.level = 3;
        QCOMPARE(show(score(c, v)), QStringLiteral("invalid:level"));
        v.level = -1;
        QCOMPARE(show(score(c, v)), QStringLiteral("invalid:level"));
    }

    void ratioBands_data()
    {
        QTest::addColumn<qlonglong>("done");
        QTest::addColumn<qlonglong>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << 10LL << 10LL << QStringLiteral("3");
        QTest::newRow("exactly 0.8") << 8LL << 10LL << QStringLiteral("2");
        QTest::newRow("exactly 0.8 as 4/5") << 4LL << 5LL << QStringLiteral("2");
        QTest::newRow("just below 0.8") << 799LL << 1000LL << QStringLiteral("1");
        QTest::newRow("just below 1") << 99LL << 100LL << QStringLiteral("2");
        QTest::newRow("exactly 0.5") << 1LL << 2LL << QStringLiteral("1");
        QTest::newRow("just below 0.5") << 49LL << 100LL << QStringLiteral("0");
        QTest::newRow("none done") << 0LL << 7LL << QStringLiteral("0");
        QTest::newRow("done above total") << 11LL << 10LL << QStringLiteral("invalid:done");
        QTest::newRow("negative done") << -1LL << 10LL << QStringLiteral("invalid:done");
        QTest::newRow("negative total") << 0LL << -1LL << QStringLiteral("invalid:total");
    }

    void ratioBands()
    {
        QFETCH(qlonglong, done);
        QFETCH(qlonglong, total);
        QFETCH(QString, expected);
        QCOMPARE(show(score(ratioLeaf(), ratioValue(done, total))), expected);
    }

    void ratioExactThirds()
    {
        // 2/3 = 0.6666...: below a band from 0.6667, at or above one from 0.6666.
        Criterion c = leaf(MethodType::Ratio, "1");
        c.method.bands = {{dec("0.6667"), dec("1")}};
        QCOMPARE(show(score(c, ratioValue(2, 3))), QStringLiteral("0"));
        c.method.bands = {{dec("0.6666"), dec("1")}};
        QCOMPARE(show(score(c, ratioValue(2, 3))), QStringLiteral("1"));
        // A band from 0 takes every ratio, 0/d included.
        c.method.bands = {{dec("0.5"), dec("1")}, {dec("0"), dec("0.25")}};
        QCOMPARE(show(score(c, ratioValue(0, 9))), QStringLiteral("0.25"));
    }

    void whenNone_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("whenNone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ratio full") << int(MethodType::Ratio) << int(WhenNone::Full) << QStringLiteral("3");
        QTest::newRow("ratio zero") << int(MethodType::Ratio) << int(WhenNone::Zero) << QStringLiteral("0");
        QTest::newRow("ratio exclude")
            << int(MethodType::Ratio) << int(WhenNone::Exclude) << QStringLiteral("na");
        QTest::newRow("linear full") << int(MethodType::Linear) << int(WhenNone::Full) << QStringLiteral("3");
        QTest::newRow("linear zero") << int(MethodType::Linear) << int(WhenNone::Zero) << QStringLiteral("0");
        QTest::newRow("linear exclude")
            << int(MethodType::Linear) << int(WhenNone::Exclude) << QStringLiteral("na");
    }

    void whenNone()
    {
        QFETCH(int, type);
        QFETCH(int, whenNone);
        Criterion c = ratioLeaf(static_cast<WhenNone>(whenNone));
        c.method.type = static_cast<MethodType>(type);
        QTEST(show(score(c, ratioValue(0, 0))), "expected");
        // when_none only counts when nothing arose.
        QCOMPARE(show(score(c, ratioValue(0, 4))), QStringLiteral("0"));
    }

    void linear_data()
    {
        QTest::addColumn<QString>("max");
        QTest::addColumn<qlonglong>("done");
        QTest::addColumn<qlonglong>("total");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2/3 of 10") << QStringLiteral("10") << 2LL << 3LL << 2 << QStringLiteral("6.67");
        QTest::newRow("2/3 of 100 at 1")
            << QStringLiteral("100") << 2LL << 3LL << 1 << QStringLiteral("66.7");
        QTest::newRow("all") << QStringLiteral("4.5") << 7LL << 7LL << 2 << QStringLiteral("4.5");
        QTest::newRow("none") << QStringLiteral("4.5") << 0LL << 7LL << 2 << QStringLiteral("0");
        // The exact value ends in 5 one place beyond the decimals: it rounds up.
        QTest::newRow("0.125") << QStringLiteral("1") << 1LL << 8LL << 2 << QStringLiteral("0.13");
        QTest::newRow("0.875") << QStringLiteral("2.5") << 7LL << 20LL << 2 << QStringLiteral("0.88");
        QTest::newRow("85.665") << QStringLiteral("171.33") << 1LL << 2LL << 2 << QStringLiteral("85.67");
        QTest::newRow("2.5 at 0") << QStringLiteral("5") << 1LL << 2LL << 0 << QStringLiteral("3");
        QTest::newRow("0.25 at 1") << QStringLiteral("1") << 1LL << 4LL << 1 << QStringLiteral("0.3");
        QTest::newRow("0.03125 at 4") << QStringLiteral("1") << 1LL << 32LL << 4 << QStringLiteral("0.0313");
        QTest::newRow("1/3 at 4") << QStringLiteral("1") << 1LL << 3LL << 4 << QStringLiteral("0.3333");
        QTest::newRow("2/3 at 0") << QStringLiteral("1") << 2LL << 3LL << 0 << QStringLiteral("1");
        QTest::newRow("just below half")
            << QStringLiteral("1") << 1249LL << 10000LL << 2 << QStringLiteral("0.12");
        QTest::newRow("big counts") << QStringLiteral("30") << 999999999LL << 1000000000LL << 4
                                    << QStringLiteral("30");
        QTest::newRow("done above total")
            << QStringLiteral("1") << 3LL << 2LL << 2 << QStringLiteral("invalid:done");
    }

    void linear()
    {
        QFETCH(QString, max);
        QFETCH(qlonglong, done);
        QFETCH(qlonglong, total);
        QFETCH(int, decimals);
        Criterion c = leaf(MethodType::Linear, "0");
        c.max = *Decimal::fromString(max);
        QTEST(show(score(c, ratioValue(done, total), decimals)), "expected");
    }

    void deduct()
    {
        Criterion c = leaf(MethodType::Deduct, "0");
        c.method.perItem = dec("0.5");
        c.method.limit = dec("2");
        QCOMPARE(show(score(c, countValue(0))), QStringLiteral("0"));
        QCOMPARE(show(score(c, countValue(3))), QStringLiteral("-1.5"));
        QCOMPARE(show(score(c, countValue(4))), QStringLiteral("-2"));
        QCOMPARE(show(score(c, countValue(10))), QStringLiteral("-2"));
        QCOMPARE(show(score(c, countValue(-1))), QStringLiteral("invalid:count"));
        // −round(min(k × per_item, limit)), half away from zero.
        c.method.perItem = dec("0.125");
        c.method.limit = dec("5");
        QCOMPARE(show(score(c, countValue(1))), QStringLiteral("-0.13"));
        QCOMPARE(show(score(c, countValue(3))), QStringLiteral("-0.38"));
        QCOMPARE(show(score(c, countValue(1), 1)), QStringLiteral("-0.1"));
        QCOMPARE(show(score(c, countValue(1000))), QStringLiteral("-5"));
        c.method.limit = dec("0.3125");
        QCOMPARE(show(score(c, countValue(9))), QStringLiteral("-0.31"));
        QCOMPARE(show(score(c, countValue(9), 0)), QStringLiteral("0"));
    }

    void relative()
    {
        const Criterion c = leaf(MethodType::Relative, "10");
        QCOMPARE(show(score(c, relativeValue("6"), 2, "8")), QStringLiteral("7.5"));
        QCOMPARE(show(score(c, relativeValue("8"), 2, "8")), QStringLiteral("10"));
        QCOMPARE(show(score(c, relativeValue("1"), 2, "3")), QStringLiteral("3.33"));
        QCOMPARE(show(score(c, relativeValue("2"), 2, "3")), QStringLiteral("6.67"));
        QCOMPARE(show(score(c, relativeValue("0"), 2, "5")), QStringLiteral("0"));
        QCOMPARE(show(score(c, relativeValue("0.125"), 2, "1")), QStringLiteral("1.25"));
        QCOMPARE(show(score(c, relativeValue("1"), 0, "8")), QStringLiteral("1"));
        // Best 0: every sheet gave 0.
        QCOMPARE(show(score(c, relativeValue("0"), 2, "0")), QStringLiteral("0"));
        QCOMPARE(show(score(c, relativeValue("-1"), 2, "5")), QStringLiteral("invalid:value"));
    }

    void tasks_data()
    {
        QTest::addColumn<QList<TaskItem>>("items");
        QTest::addColumn<QString>("deduction");
        QTest::addColumn<QString>("expected");
        const QString q = QStringLiteral("0.25");
        QTest::newRow("empty list") << QList<TaskItem>{} << q << QStringLiteral("0");
        QTest::newRow("all done") << QList<TaskItem>{task("1", true), task("2", true)} << q
                                  << QStringLiteral("70");
        // a = 1, b = 0.75, c = 1: 70 × 2.75 / 3 = 64.1666...
        QTest::newRow("one quality failure")
            << QList<TaskItem>{task("1", true, 1, 0)} << q << QStringLiteral("64.17");
        QTest::newRow("one delay") << QList<TaskItem>{task("1", true, 0, 1)} << q << QStringLiteral("64.17");
        QTest::newRow("failure and delay")
            << QList<TaskItem>{task("1", true, 1, 2)} << q << QStringLiteral("52.5");
        QTest::newRow("excused") << QList<TaskItem>{task("1", true, 2, 1, true)} << q << QStringLiteral("70");
        // max(0, 1 − 0.25 × 5) = 0: 70 × 2 / 3.
        QTest::newRow("share floored at 0")
            << QList<TaskItem>{task("1", true, 5, 0)} << q << QStringLiteral("46.67");
        QTest::newRow("both floored")
            << QList<TaskItem>{task("1", true, 4, 9)} << q << QStringLiteral("23.33");
        QTest::newRow("half not done")
            << QList<TaskItem>{task("1", true), task("1", false)} << q << QStringLiteral("35");
        QTest::newRow("not done ignores counts")
            << QList<TaskItem>{task("1", true), task("1", false, 3, 3)} << q << QStringLiteral("35");
        QTest::newRow("none done") << QList<TaskItem>{task("1", false)} << q << QStringLiteral("0");
        // W = 2.5; a = 1, b = (2 + 0.5 × 0.75) / 2.5 = 0.95, c = 1: 70 × 2.95 / 3 = 68.8333...
        QTest::newRow("decimal weights")
            << QList<TaskItem>{task("2", true), task("0.5", true, 1, 0)} << q << QStringLiteral("68.83");
        // W = 1.25; a = c = 0.80008, b = 0.60006: 70 × 2.20022 / 3 = 51.3384...
        QTest::newRow("weights with 4 decimals")
            << QList<TaskItem>{task("1.0001", true, 1, 0), task("0.2499", false)} << q
            << QStringLiteral("51.34");
        QTest::newRow("deduction 0.5")
            << QList<TaskItem>{task("1", true, 1, 0)} << QStringLiteral("0.5") << QStringLiteral("58.33");
        QTest::newRow("deduction 0") << QList<TaskItem>{task("1", true, 7, 7)} << QStringLiteral("0")
                                     << QStringLiteral("70");
        QTest::newRow("zero weight") << QList<TaskItem>{task("0", true)} << q
                                     << QStringLiteral("invalid:items[0].weight");
        QTest::newRow("negative weight") << QList<TaskItem>{task("1", true), task("-1", true)} << q
                                         << QStringLiteral("invalid:items[1].weight");
        QTest::newRow("negative failures") << QList<TaskItem>{task("1", true), task("1", true, -1, 0)} << q
                                           << QStringLiteral("invalid:items[1].quality_failures");
        QTest::newRow("negative delays")
            << QList<TaskItem>{task("1", true, 0, -2)} << q << QStringLiteral("invalid:items[0].delays");
    }

    void tasks()
    {
        QFETCH(QList<TaskItem>, items);
        QFETCH(QString, deduction);
        Criterion c = leaf(MethodType::Tasks, "70");
        c.method.deduction = *Decimal::fromString(deduction);
        QTEST(show(score(c, tasksValue(items))), "expected");
    }

    void notApplicable()
    {
        LeafValue na;
        na.kind = LeafValue::Kind::NotApplicable;
        Criterion c = leaf(MethodType::YesNo, "1");
        QCOMPARE(show(score(c, na)), QStringLiteral("invalid:na"));
        QVERIFY(!score(c, na).error.isEmpty());
        c.naAllowed = true;
        QCOMPARE(show(score(c, na)), QStringLiteral("na"));
        Criterion r = ratioLeaf();
        QCOMPARE(show(score(r, na)), QStringLiteral("invalid:na"));
        r.naAllowed = true;
        QCOMPARE(show(score(r, na)), QStringLiteral("na"));
    }

    void wrongKind_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("kind");
        QTest::newRow("points given yes") << int(MethodType::Points) << int(LeafValue::Kind::YesNo);
        QTest::newRow("yes_no given points") << int(MethodType::YesNo) << int(LeafValue::Kind::Points);
        QTest::newRow("levels given count") << int(MethodType::Levels) << int(LeafValue::Kind::Count);
        QTest::newRow("ratio given value") << int(MethodType::Ratio) << int(LeafValue::Kind::Value);
        QTest::newRow("linear given level") << int(MethodType::Linear) << int(LeafValue::Kind::Level);
        QTest::newRow("deduct given ratio") << int(MethodType::Deduct) << int(LeafValue::Kind::Ratio);
        QTest::newRow("relative given points") << int(MethodType::Relative) << int(LeafValue::Kind::Points);
        QTest::newRow("tasks given ratio") << int(MethodType::Tasks) << int(LeafValue::Kind::Ratio);
        QTest::newRow("points given items") << int(MethodType::Points) << int(LeafValue::Kind::Tasks);
    }

    void wrongKind()
    {
        QFETCH(int, type);
        QFETCH(int, kind);
        Criterion c = ratioLeaf();
        c.method.type = static_cast<MethodType>(type);
        c.method.levels = {{QStringLiteral("a"), dec("1")}};
        c.method.perItem = dec("1");
        c.method.limit = dec("1");
        c.naAllowed = true;
        LeafValue v;
        v.kind = static_cast<LeafValue::Kind>(kind);
        const Outcome o = score(c, v, 2, "1");
        QCOMPARE(o.kind, Outcome::Kind::Invalid);
        QVERIFY(!o.error.isEmpty());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestLeafScorer)
#include "TestLeafScorer.moc"
