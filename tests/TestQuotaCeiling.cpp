// The quota counted per agency (Decree 335, art. 20(5)) with ties at the boundary, and a unit's
// raised ceiling allowed by the competent level (results/QuotaCeiling): its validation, the scope
// it raises and the counts each scope reports.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "results/QuotaCeiling.h"
#include "results/QuotaRule.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace danhgia;
using namespace danhgia::test;

namespace {

QuotaRule perAgencyAndGroup()
{
    QuotaRule rule;
    rule.grade = QStringLiteral("XS");
    rule.ratio = dec("0.2");
    rule.of = {QStringLiteral("T")};
    rule.per = {QStringLiteral("unit"), QStringLiteral("group")};
    return rule;
}

QuotaRule::Subject proposed(const char* index, const QStringList& scope)
{
    return {dec(index), QStringLiteral("XS"), scope};
}

QuotaRule::Subject ratedT(const QStringList& scope)
{
    return {dec("80"), QStringLiteral("T"), scope};
}

// SNV/cv: 95, 95, 90 proposed beside 8 T; STC/cv: 96 proposed beside 4 T. `perUnit` false: the
// subjects' scopes as a quota counted per group only sees them (cv).
QList<QuotaRule::Subject> twoAgencies(bool perUnit = true)
{
    const QStringList snv = perUnit ? QStringList{QStringLiteral("SNV"), QStringLiteral("cv")}
                                    : QStringList{QStringLiteral("cv")};
    const QStringList stc = perUnit ? QStringList{QStringLiteral("STC"), QStringLiteral("cv")}
                                    : QStringList{QStringLiteral("cv")};
    QList<QuotaRule::Subject> subjects{proposed("95", snv), proposed("95", snv), proposed("90", snv),
                                       proposed("96", stc)};
    for (int i = 0; i < 8; ++i) {
        subjects.append(ratedT(snv));
    }
    for (int i = 0; i < 4; ++i) {
        subjects.append(ratedT(stc));
    }
    return subjects;
}

QuotaCeiling stcAt(const char* percent)
{
    return {QStringLiteral("STC"),
            dec(percent),
            QStringLiteral("15/QĐ-UBND"),
            QDate(2026, 11, 20),
            QStringLiteral("Đơn vị dẫn đầu phong trào thi đua"),
            QStringLiteral("admin")};
}

} // namespace

class TestQuotaCeiling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachAgencyCountsItsOwnQuotaWithTies()
    {
        const QuotaRule rule = perAgencyAndGroup();
        const QuotaRule::Outcome outcome = rule.apply(twoAgencies(), QStringLiteral("T"));
        QCOMPARE(outcome.scopes.size(), 2);
        // SNV: k = 1 (10 T once the two others drop): the two at 95 tie, 90 is demoted.
        const QuotaRule::Scope& snv = outcome.scopes[0];
        QCOMPARE(snv.values, QStringList({QStringLiteral("SNV"), QStringLiteral("cv")}));
        QCOMPARE(snv.allowed, 1);
        QCOMPARE(snv.counted, 10);
        QCOMPARE(snv.proposed, 3);
        QCOMPARE(snv.kept, 0);
        QCOMPARE(snv.tied, 2);
        QCOMPARE(snv.demoted, 1);
        QCOMPARE(snv.ratio, dec("0.2"));
        QVERIFY(!snv.ceiling);
        QCOMPARE(outcome.statuses[0], QuotaStatus::Tie);
        QCOMPARE(outcome.statuses[1], QuotaStatus::Tie);
        QCOMPARE(outcome.finalGrades[0], QStringLiteral("XS"));
        QCOMPARE(outcome.statuses[2], QuotaStatus::Demoted);
        QCOMPARE(outcome.finalGrades[2], QStringLiteral("T"));
        // STC: 1 proposed beside 4 T: 20% of 5 T is 1, but keeping it leaves 4 T: k = 0.
        const QuotaRule::Scope& stc = outcome.scopes[1];
        QCOMPARE(stc.allowed, 0);
        QCOMPARE(stc.counted, 5);
        QCOMPARE(stc.demoted, 1);
        QCOMPARE(outcome.statuses[3], QuotaStatus::Demoted);

        // Pooled over both agencies the same people give k = 2 (14 T): 96 and one 95 would keep it.
        QuotaRule pooled = rule;
        pooled.per = {QStringLiteral("group")};
        const QuotaRule::Outcome together = pooled.apply(twoAgencies(false), QStringLiteral("T"));
        QCOMPARE(together.scopes.size(), 1);
        QCOMPARE(together.scopes[0].allowed, 2);
        QCOMPARE(together.statuses[3], QuotaStatus::Within);
    }

    void aRaisedCeilingRaisesOnlyItsUnit()
    {
        const QuotaRule rule = perAgencyAndGroup();
        const QuotaRule::Outcome outcome = rule.apply(twoAgencies(), QStringLiteral("T"), {stcAt("30")});
        // STC at 30%: 30% of 4 T is 1.2, so its one proposed keeps the grade.
        const QuotaRule::Scope& stc = outcome.scopes[1];
        QCOMPARE(stc.ratio, dec("0.3"));
        QVERIFY(stc.ceiling);
        QCOMPARE(stc.ceiling->decisionNumber, QStringLiteral("15/QĐ-UBND"));
        QCOMPARE(stc.allowed, 1);
        QCOMPARE(stc.counted, 4);
        QCOMPARE(stc.kept, 1);
        QCOMPARE(stc.demoted, 0);
        QCOMPARE(outcome.statuses[3], QuotaStatus::Within);
        QCOMPARE(outcome.finalGrades[3], QStringLiteral("XS"));
        // SNV keeps 20%: its tie and demotion are unchanged.
        QCOMPARE(outcome.scopes[0].ratio, dec("0.2"));
        QVERIFY(!outcome.scopes[0].ceiling);
        QCOMPARE(outcome.statuses[0], QuotaStatus::Tie);
        QCOMPARE(outcome.statuses[2], QuotaStatus::Demoted);
    }

    void aRaisedCeilingNeedsTheQuotaCountedPerUnit()
    {
        QuotaRule rule = perAgencyAndGroup();
        rule.per = {QStringLiteral("group")};
        const QuotaRule::Outcome outcome
            = rule.apply(twoAgencies(false), QStringLiteral("T"), {stcAt("100")});
        QCOMPARE(outcome.scopes[0].ratio, dec("0.2"));
        QVERIFY(!outcome.scopes[0].ceiling);
        QCOMPARE(outcome.scopes[0].allowed, 2);
    }

    void theEngineAppliesTheCeilingAndKeepsItsOutput()
    {
        DANHGIA_READ_SET(set,
                         setDocument(R"([{"code": "1", "max": 100, "method": {"type": "points"}}])",
                                     R"(, "grades": [{"code": "XS", "min": 90}, {"code": "T", "min": 70}],
 "quota": {"grade": "XS", "ratio": 0.2, "of": ["T"], "per": ["unit"]})"));
        QList<ScoreSheet> sheets;
        for (const char* id : {"A1", "A2", "A3", "A4", "A5"}) {
            ScoreSheet sheet = makeSheet(id, QStringLiteral("2026"));
            sheet.subject.unit = QStringLiteral("STC");
            sheet.values.insert(QStringLiteral("1"), pointsValue(id == QByteArray("A1") ? "96" : "80"));
            sheet.valueOrder.append(QStringLiteral("1"));
            sheets.append(sheet);
        }
        ScoringEngine engine(set);
        QList<ScoringEngine::SheetIssue> issues;
        const auto plain = engine.score(sheets, false, &issues);
        QVERIFY(plain);
        QCOMPARE(findResult(*plain, QStringLiteral("A1"))->quota, QuotaStatus::Demoted);
        const QJsonObject before = engine.toJson(*plain);

        engine.setQuotaCeilings({stcAt("30")});
        const auto raised = engine.score(sheets, false, &issues);
        QVERIFY(raised);
        QCOMPARE(findResult(*raised, QStringLiteral("A1"))->quota, QuotaStatus::Within);
        QCOMPARE(findResult(*raised, QStringLiteral("A1"))->grade, QStringLiteral("XS"));
        QCOMPARE(raised->quotaScopes.size(), 1);
        QCOMPARE(raised->quotaScopes[0].allowed, 1);
        // The contract's fields only: the output of the CLI is the same shape with or without.
        const QJsonObject scope
            = engine.toJson(*raised).value(QStringLiteral("quota_scopes")).toArray().first().toObject();
        QCOMPARE(
            scope,
            (QJsonObject{{QStringLiteral("unit"), QStringLiteral("STC")}, {QStringLiteral("allowed"), 1}}));
        QCOMPARE(
            before.value(QStringLiteral("quota_scopes")).toArray().first().toObject(),
            (QJsonObject{{QStringLiteral("unit"), QStringLiteral("STC")}, {QStringLiteral("allowed"), 0}}));
    }

    void aValidCeilingHasNoProblem()
    {
        QVERIFY(stcAt("30").problems().isEmpty());
        QVERIFY(stcAt("100").problems().isEmpty());
        QVERIFY(stcAt("0.01").problems().isEmpty());
        QCOMPARE(stcAt("30").ratio(), dec("0.3"));
        QCOMPARE(stcAt("12.5").ratio(), dec("0.125"));
    }

    void eachProblemIsNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << QStringLiteral("percent:0") << QStringLiteral("lớn hơn 0%");
        QTest::newRow("negative") << QStringLiteral("percent:-5") << QStringLiteral("lớn hơn 0%");
        QTest::newRow("above 100") << QStringLiteral("percent:100.5") << QStringLiteral("không quá 100%");
        QTest::newRow("three decimals")
            << QStringLiteral("percent:30.125") << QStringLiteral("tối đa hai chữ số thập phân");
        QTest::newRow("no decision number")
            << QStringLiteral("number") << QStringLiteral("cần có số quyết định");
        QTest::newRow("no date") << QStringLiteral("date") << QStringLiteral("ngày ban hành quyết định");
        QTest::newRow("no reason") << QStringLiteral("reason") << QStringLiteral("cần có lý do");
        QTest::newRow("no unit") << QStringLiteral("unit") << QStringLiteral("chưa ghi đơn vị nào");
    }

    void eachProblemIsNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QuotaCeiling ceiling = stcAt("30");
        if (field.startsWith(QLatin1String("percent:"))) {
            ceiling.percent = dec(field.mid(8).toUtf8().constData());
        } else if (field == QLatin1String("number")) {
            ceiling.decisionNumber = QStringLiteral("  ");
        } else if (field == QLatin1String("date")) {
            ceiling.decisionDate = QDate();
        } else if (field == QLatin1String("reason")) {
            ceiling.reason.clear();
        } else {
            ceiling.unit.clear();
        }
        const QStringList problems = ceiling.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
        if (field != QLatin1String("unit")) {
            QVERIFY2(problems.first().contains(QStringLiteral("STC")), qPrintable(problems.first()));
        }
    }

    void aPercentageIsReadAsTyped()
    {
        QString error;
        QCOMPARE(QuotaCeiling::parsePercent(QStringLiteral("30"), &error), std::optional<Decimal>(dec("30")));
        QCOMPARE(QuotaCeiling::parsePercent(QStringLiteral(" 30,5 % "), &error),
                 std::optional<Decimal>(dec("30.5")));
        QVERIFY(error.isEmpty());
        QVERIFY(!QuotaCeiling::parsePercent(QStringLiteral("ba mươi"), &error));
        QVERIFY2(error.contains(QStringLiteral("ba mươi")), qPrintable(error));
        QVERIFY(!QuotaCeiling::parsePercent(QString(), &error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestQuotaCeiling)
#include "TestQuotaCeiling.moc"
