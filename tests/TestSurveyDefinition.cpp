// The rules of a survey defined in the app (rules.md §3): Slovin's n as a suggestion from a
// population size, a sample below plan, the planned sample per unit, and what a definition must
// satisfy before it is stored (SurveyDefinitionValidator), in Vietnamese.

#include "ScoringFixtures.h"
#include "TestSupport.h"
#include "scoring/SurveyDefinitionValidator.h"
#include "scoring/SurveyPlan.h"
#include "scoring/SurveySample.h"

using namespace danhgia;
using namespace danhgia::test;

namespace {

// A survey criterion of each method a survey may feed, one it may not, and a group.
const QByteArray Criteria = R"([
  {"code": "1", "title": "Khảo sát", "max": 30, "children": [
    {"code": "1.1", "title": "Hài lòng về thủ tục", "max": 10, "method": {"type": "points", "step": 0.01}},
    {"code": "1.2", "title": "Hài lòng về công chức", "max": 10, "method": {"type": "linear"}},
    {"code": "1.3", "title": "Có công khai", "max": 10, "method": {"type": "yes_no"}}
  ]}
])";

SurveyQuestionnaire twoQuestions()
{
    SurveyQuestionnaire q;
    q.questions = {{QStringLiteral("Thủ tục có đơn giản không?"),
                    {{QStringLiteral("Có"), dec("1")}, {QStringLiteral("Không"), dec("0")}}},
                   {QStringLiteral("Công chức có tận tình không?"),
                    {{QStringLiteral("Rất tận tình"), dec("1")},
                     {QStringLiteral("Bình thường"), dec("0.5")},
                     {QStringLiteral("Không"), dec("0")}}}};
    return q;
}

SurveyDefinition goodDefinition()
{
    SurveyDefinition d;
    d.title = QStringLiteral("Khảo sát sự hài lòng 2026");
    d.questionnaire = twoQuestions();
    d.criterionCodes = {QStringLiteral("1.1"), QStringLiteral("1.2")};
    d.plan.defaultPlanned = 30;
    d.plan.units.insert(QStringLiteral("SNV"), {20, 400});
    return d;
}

bool anyContains(const QStringList& problems, const QString& text)
{
    for (const QString& problem : problems) {
        if (problem.contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSurveyDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slovinIsTheCeilingOfTheExactQuotient()
    {
        QString error;
        // 400 / (1 + 400 × 0.0025) = 200 exactly: no rounding up.
        QCOMPARE(SurveySample::slovin(400, SurveySample::defaultMargin(), &error),
                 std::optional<qint64>(200));
        // 1000 / 3.5 = 285.71… → 286.
        QCOMPARE(SurveySample::slovin(1000, SurveySample::defaultMargin(), &error),
                 std::optional<qint64>(286));
        // 350 / 1.875 = 186.66… → 187; 50 / 1.125 = 44.44… → 45.
        QCOMPARE(SurveySample::slovin(350, dec("0.05"), &error), std::optional<qint64>(187));
        QCOMPARE(SurveySample::slovin(50, dec("0.05"), &error), std::optional<qint64>(45));
        // e = 10%: 1000 / 11 = 90.9… → 91. A population of one gives one questionnaire.
        QCOMPARE(SurveySample::slovin(1000, dec("0.1"), &error), std::optional<qint64>(91));
        QCOMPARE(SurveySample::slovin(1, dec("0.05"), &error), std::optional<qint64>(1));
        // A large province: 1 000 000 / 2501 = 399.84… → 400, below the limit of 1 / e² = 400.
        QCOMPARE(SurveySample::slovin(1000000, dec("0.05"), &error), std::optional<qint64>(400));
        QCOMPARE(SurveySample::defaultMargin(), dec("0.05"));
    }

    void slovinRefusesWhatIsNoPopulationOrMargin()
    {
        QString error;
        QVERIFY(!SurveySample::slovin(0, dec("0.05"), &error));
        QVERIFY2(error.contains(QStringLiteral("quy mô")), qPrintable(error));
        error.clear();
        QVERIFY(!SurveySample::slovin(100, dec("0"), &error));
        QVERIFY2(error.contains(QStringLiteral("sai số")), qPrintable(error));
        error.clear();
        QVERIFY(!SurveySample::slovin(100, dec("1"), &error));
        QVERIFY(!error.isEmpty());
    }

    void belowPlanWhenFewerValidThanPlanned()
    {
        QVERIFY(SurveySample::isBelowPlan(19, 20));
        QVERIFY(!SurveySample::isBelowPlan(20, 20));
        QVERIFY(!SurveySample::isBelowPlan(25, 20));
        QVERIFY(!SurveySample::isBelowPlan(0, 0));
    }

    void planPerUnitWithADefault()
    {
        SurveyPlan plan;
        plan.defaultPlanned = 30;
        plan.units.insert(QStringLiteral("SNV"), {20, 400});
        plan.units.insert(QStringLiteral("XA"), {0, 0});
        QCOMPARE(plan.plannedFor(QStringLiteral("SNV")), 20);
        QCOMPARE(plan.plannedFor(QStringLiteral("XA")), 0);
        QCOMPARE(plan.plannedFor(QStringLiteral("SYT")), 30);
        const auto back = SurveyPlan::unitsFromJson(plan.unitsToJson());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.value(QStringLiteral("SNV")).planned, 20);
        QCOMPARE(back.value(QStringLiteral("SNV")).population, qint64(400));
        QVERIFY(!plan.unitsToJson()
                     .value(QStringLiteral("XA"))
                     .toObject()
                     .contains(QStringLiteral("population")));
    }

    void aGoodDefinitionHasNoProblem()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        const QStringList problems = SurveyDefinitionValidator::problems(goodDefinition(), set);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void atLeastOneQuestionWithTextAndATitle()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        SurveyDefinition d = goodDefinition();
        d.questionnaire.questions.clear();
        d.title = QStringLiteral("  ");
        QStringList problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(anyContains(problems, QStringLiteral("tiêu đề")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(anyContains(problems, QStringLiteral("câu hỏi")),
                 qPrintable(problems.join(QLatin1Char('\n'))));

        d = goodDefinition();
        d.questionnaire.questions[1].text.clear();
        problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("câu hỏi 2")), qPrintable(problems.first()));
    }

    void coefficientsWithinZeroToOne()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        SurveyDefinition d = goodDefinition();
        d.questionnaire.questions[1].options[0].coefficient = dec("1.25");
        d.questionnaire.questions[0].options[1].coefficient = dec("-0.5");
        const QStringList problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(anyContains(problems, QStringLiteral("Rất tận tình")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(anyContains(problems, QStringLiteral("“Không”")),
                 qPrintable(problems.join(QLatin1Char('\n'))));

        d = goodDefinition();
        d.questionnaire.questions[0].options.clear();
        QCOMPARE(SurveyDefinitionValidator::problems(d, set).size(), 1);
    }

    void atLeastOneCriterionFed()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        SurveyDefinition d = goodDefinition();
        d.criterionCodes.clear();
        const QStringList problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("tiêu chí")), qPrintable(problems.first()));
    }

    void eachFedCriterionIsASurveyLeafOfTheSet()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        SurveyDefinition d = goodDefinition();
        d.criterionCodes = {QStringLiteral("1.1"), QStringLiteral("9.9"), QStringLiteral("1"),
                            QStringLiteral("1.3"), QStringLiteral("1.1")};
        const QStringList problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.at(0).contains(QStringLiteral("9.9")));
        QVERIFY(problems.at(1).contains(QStringLiteral("1 ")));
        QVERIFY2(problems.at(2).contains(QStringLiteral("1.3"))
                     && problems.at(2).contains(QStringLiteral("yes_no")),
                 qPrintable(problems.at(2)));
        QVERIFY(problems.at(3).contains(QStringLiteral("1.1")));
        QVERIFY(SurveyDefinitionValidator::canFeed(set.node(set.indexOf(QStringLiteral("1.1")))));
        QVERIFY(SurveyDefinitionValidator::canFeed(set.node(set.indexOf(QStringLiteral("1.2")))));
        QVERIFY(!SurveyDefinitionValidator::canFeed(set.node(set.indexOf(QStringLiteral("1.3")))));
        QVERIFY(!SurveyDefinitionValidator::canFeed(set.node(set.indexOf(QStringLiteral("1")))));
    }

    void recordedQuestionnairesKeepTheShapeOfTheQuestions()
    {
        const SurveyQuestionnaire before = twoQuestions();
        SurveyQuestionnaire reworded = before;
        reworded.questions[0].text = QStringLiteral("Thủ tục có rõ ràng không?");
        reworded.questions[1].options[1].coefficient = dec("0.6");
        QVERIFY(SurveyDefinitionValidator::shapeChange(before, reworded, 5).isEmpty());
        SurveyQuestionnaire fewer = before;
        fewer.questions.removeLast();
        QVERIFY(SurveyDefinitionValidator::shapeChange(before, fewer, 0).isEmpty()); // nothing recorded yet
        const QString questions = SurveyDefinitionValidator::shapeChange(before, fewer, 5);
        QVERIFY2(questions.contains(QStringLiteral("5")) && questions.contains(QStringLiteral("câu hỏi")),
                 qPrintable(questions));
        SurveyQuestionnaire moreOptions = before;
        moreOptions.questions[1].options.append({QStringLiteral("Không ý kiến"), dec("0")});
        const QString options = SurveyDefinitionValidator::shapeChange(before, moreOptions, 1);
        QVERIFY2(options.contains(QStringLiteral("câu hỏi 2")) && options.contains(QStringLiteral("3")),
                 qPrintable(options));
    }

    void plansAreNotNegative()
    {
        DANHGIA_READ_SET(set, setDocument(Criteria));
        SurveyDefinition d = goodDefinition();
        d.plan.defaultPlanned = -1;
        d.plan.units.insert(QStringLiteral("SYT"), {-5, -10});
        const QStringList problems = SurveyDefinitionValidator::problems(d, set);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(1).contains(QStringLiteral("SYT")));
        QVERIFY(problems.at(2).contains(QStringLiteral("SYT")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSurveyDefinition)
#include "TestSurveyDefinition.moc"
