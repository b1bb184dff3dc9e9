// Survey entry from paper questionnaires (rules.md §3): each option carries a coefficient, a
// questionnaire's mean is over its answered questions, the criterion's points are the mean over
// valid questionnaires times its maximum, rounded half up with exact arithmetic.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SyncedTable.h"
#include "scoring/SurveyScoring.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SurveyStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

Decimal dec(const char* text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

SurveyQuestion question(const QString& text)
{
    // The five levels of satisfaction: 1; 0.75; 0.5; 0.25; 0.
    return {text,
            {{QStringLiteral("Rất hài lòng"), dec("1")},
             {QStringLiteral("Hài lòng"), dec("0.75")},
             {QStringLiteral("Bình thường"), dec("0.5")},
             {QStringLiteral("Không hài lòng"), dec("0.25")},
             {QStringLiteral("Rất không hài lòng"), dec("0")}}};
}

SurveyQuestionnaire threeQuestions()
{
    SurveyQuestionnaire q;
    q.questions
        = {question(QStringLiteral("Tiếp cận dịch vụ")), question(QStringLiteral("Thủ tục hành chính")),
           question(QStringLiteral("Công chức giải quyết"))};
    return q;
}

} // namespace

class TestSurvey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private Q_SLOTS:
    void meanOverAnsweredQuestionsAndValidQuestionnaires()
    {
        const SurveyQuestionnaire def = threeQuestions();
        QVERIFY(def.validate().isEmpty());
        // 1; (0.75 + 0.5) / 2 = 0.625 (one blank left out); all blank: not valid.
        const QList<SurveyAnswers> responses{{0, 0, 0}, {1, 2, -1}, {-1, -1, -1}};
        QCOMPARE(SurveyScoring::validCount(responses), 2);
        // (1 + 0.625) / 2 = 0.8125 × 20 = 16.25.
        QCOMPARE(SurveyScoring::points(def, responses, dec("20"), 2), dec("16.25"));
        QCOMPARE(SurveyScoring::points(def, responses, dec("20"), 1), dec("16.3")); // half up
        QCOMPARE(SurveyScoring::points(def, responses, dec("20"), 0), dec("16"));
        const auto summary = SurveyScoring::summarize(def, responses, 20, dec("20"), 2);
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.valid, 2);
        QCOMPARE(summary.planned, 20);
        QVERIFY(!summary.sampleReached());
        QCOMPARE(*summary.points, dec("16.25"));
    }

    void exactThirdsAndRoundingEdges()
    {
        const SurveyQuestionnaire def = threeQuestions();
        // One "very satisfied" of three answers: 1/3; times 3 is exactly 1, not 0.9999.
        QCOMPARE(SurveyScoring::points(def, {{0, 4, 4}}, dec("3"), 4), dec("1"));
        // 1/3 × 20 = 6.666… → 6.67.
        QCOMPARE(SurveyScoring::points(def, {{0, 4, 4}}, dec("20"), 2), dec("6.67"));
        // (0.25 + 0) / 2 = 0.125 → 0.13 at two decimals (half up), 0.1 at one.
        QCOMPARE(SurveyScoring::points(def, {{3, -1, -1}, {4, -1, -1}}, dec("1"), 2), dec("0.13"));
        QCOMPARE(SurveyScoring::points(def, {{3, -1, -1}, {4, -1, -1}}, dec("1"), 1), dec("0.1"));
        // 1/3 and 2/3 of 0.75 → mean ((0.75/3) + (1.5/3)) / 2 = 0.375 × 10 = 3.75 → 3.8.
        QCOMPARE(SurveyScoring::points(def, {{1, 4, 4}, {1, 1, 4}}, dec("10"), 1), dec("3.8"));
        // Mean 1/24: × 12 is a half exactly → 1; × 11 = 0.458333… → 0.
        QCOMPARE(SurveyScoring::points(def, {{3, 4, 4}, {4, 4, 4}}, dec("12"), 0), dec("1"));
        QCOMPARE(SurveyScoring::points(def, {{3, 4, 4}, {4, 4, 4}}, dec("11"), 0), dec("0"));
    }

    void noValidQuestionnaire()
    {
        const SurveyQuestionnaire def = threeQuestions();
        QCOMPARE(SurveyScoring::points(def, {}, dec("20"), 2), Decimal());
        const auto summary = SurveyScoring::summarize(def, {{-1, -1, -1}}, 5, dec("20"), 2);
        QCOMPARE(summary.total, 1);
        QCOMPARE(summary.valid, 0);
        QVERIFY(!summary.points);
    }

    void validationNamesQuestionAndOption()
    {
        SurveyQuestionnaire def = threeQuestions();
        def.questions[1].options[0].coefficient = dec("1.5");
        def.questions[2].options[3].label = QStringLiteral("Hài lòng");
        const QStringList problems = def.validate();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].contains(QStringLiteral("2"))
                     && problems[0].contains(QStringLiteral("Rất hài lòng"))
                     && problems[0].contains(QStringLiteral("Thủ tục hành chính")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("Công chức giải quyết"))
                     && problems[1].contains(QStringLiteral("Hài lòng")),
                 qPrintable(problems[1]));
        def.questions[1].options[0].coefficient = dec("-0.25");
        QCOMPARE(def.validate().size(), 2);

        const SurveyQuestionnaire good = threeQuestions();
        QVERIFY(SurveyScoring::checkAnswers(good, {0, -1, 4}).isEmpty());
        const QString outOfRange = SurveyScoring::checkAnswers(good, {0, 5, 4});
        QVERIFY2(outOfRange.contains(QStringLiteral("Thủ tục hành chính")), qPrintable(outOfRange));
        QVERIFY(!SurveyScoring::checkAnswers(good, {0, -2, 4}).isEmpty());
        QVERIFY(!SurveyScoring::checkAnswers(good, {0, 1}).isEmpty());
    }

    void jsonRoundTrip()
    {
        const SurveyQuestionnaire def = threeQuestions();
        QString error;
        const auto back = SurveyQuestionnaire::fromJson(def.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->questions.size(), 3);
        QCOMPARE(back->questions[2].text, QStringLiteral("Công chức giải quyết"));
        QCOMPARE(back->questions[0].options[1].label, QStringLiteral("Hài lòng"));
        QCOMPARE(back->questions[0].options[1].coefficient, dec("0.75"));
        // Numbers are read too.
        const auto numeric = SurveyQuestionnaire::fromJson(
            QByteArrayLiteral(R"([{"text":"Q","options":[{"label":"A","coefficient":0.75}]}])"), &error);
        QVERIFY2(numeric, qPrintable(error));
        QCOMPARE(numeric->questions[0].options[0].coefficient, dec("0.75"));
        QVERIFY(!SurveyQuestionnaire::fromJson(QByteArrayLiteral(R"([{"text":"Q"}])"), &error));
        QVERIFY(!SurveyQuestionnaire::fromJson(QByteArrayLiteral("{}"), &error));
    }

    void leafValueForms()
    {
        // The value a sheet gives a survey criterion: for linear the exact mean as done/total,
        // or p / max when the mean's terms are too large for a sheet (see TestSurveyPoints).
        const auto mean = SurveyScoring::meanCoefficient(threeQuestions(), {{0, 4, 4}});
        QVERIFY(mean);
        QVERIFY(mean->numerator == WideInt(1) && mean->denominator == WideInt(3));
        Criterion linear;
        linear.code = QStringLiteral("8.1");
        linear.max = dec("20");
        linear.method.type = MethodType::Linear;
        QString why;
        auto value = SurveyScoring::leafValue(linear, dec("6.67"), mean, 2, &why);
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(value->done, 1);
        QCOMPARE(value->total, 3);
        const WideInt huge(qint64(1) << 60);
        value = SurveyScoring::leafValue(linear, dec("10"), SurveyScoring::Fraction{huge, huge * WideInt(2)},
                                         2, &why);
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(value->done, 1);
        QCOMPARE(value->total, 2);
        value = SurveyScoring::leafValue(linear, dec("6.67"), std::nullopt, 2, &why);
        QVERIFY2(value, qPrintable(why));
        QCOMPARE(value->done, 667);
        QCOMPARE(value->total, 2000);
        // Points that are not what the mean gives, and a method that cannot carry points.
        QVERIFY(!SurveyScoring::leafValue(linear, dec("6.66"), mean, 2, &why));
        QVERIFY2(why.contains(QStringLiteral("8.1")), qPrintable(why));
        Criterion yesNo = linear;
        yesNo.method.type = MethodType::YesNo;
        QVERIFY(!SurveyScoring::leafValue(yesNo, dec("20"), mean, 2, &why));
    }

    void storeTenQuestionnaires()
    {
        QString error;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("survey.sqlite")), &error));
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         ValidationIssues issues;
                         const auto set = CriteriaSetStore::import(
                             m_db.connection(),
                             readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                             QStringLiteral("admin"), &issues, e);
                         return set
                             && CampaignStore::ensure(m_db.connection(),
                                                      {0,
                                                       QStringLiteral("CCHC-2026"),
                                                       QStringLiteral("CCHC 2026"),
                                                       QStringLiteral("par_index"),
                                                       *set,
                                                       {},
                                                       {},
                                                       QString(),
                                                       QString()},
                                                      QStringLiteral("admin"), e)
                             && SyncedTable::upsert(m_db.connection(), QStringLiteral("units"),
                                                    {{QStringLiteral("code"), QStringLiteral("SNV")}},
                                                    {{QStringLiteral("name"), QStringLiteral("Sở Nội vụ")},
                                                     {QStringLiteral("kind"), QStringLiteral("department")}},
                                                    QStringLiteral("admin"), QString(), e);
                     },
                     &error),
                 qPrintable(error));

        SurveyRecord survey{0,
                            QStringLiteral("CCHC-2026"),
                            QStringLiteral("Khảo sát người dân 2026"),
                            {QStringLiteral("8.1")},
                            SurveyPlan{20, {}},
                            threeQuestions()};
        // A group is not a survey criterion; an unknown criterion neither.
        survey.criterionCodes = {QStringLiteral("8")};
        QVERIFY(!SurveyStore::save(m_db, survey, Role::Administrator, QStringLiteral("admin"), &error));
        survey.criterionCodes = {QStringLiteral("8.9")};
        QVERIFY(!SurveyStore::save(m_db, survey, Role::Administrator, QStringLiteral("admin"), &error));
        survey.criterionCodes = {QStringLiteral("8.1")};
        const auto id = SurveyStore::save(m_db, survey, Role::Administrator, QStringLiteral("admin"), &error);
        QVERIFY2(id, qPrintable(error));
        // Saving again with the id updates the row.
        survey.id = *id;
        survey.plan.defaultPlanned = 30;
        QCOMPARE(*SurveyStore::save(m_db, survey, Role::Administrator, QStringLiteral("admin"), &error), *id);
        QCOMPARE(SurveyStore::load(m_db.connection(), *id, &error)->plan.defaultPlanned, 30);

        // Means: 1, 0.875, 0.75, 0.5, (blank), 0.75, 0.25, 2.75/3, 0, 0.5 → nine valid,
        // sum 133/24, mean 133/216, × 20 = 12.3148… → 12.31. The blank one is no questionnaire:
        // refused, with the reason, and nothing written.
        const QList<SurveyAnswers> answers{{0, 0, 0}, {0, 1, -1},  {1, 1, 1}, {2, 2, 2}, {-1, -1, -1},
                                           {0, 1, 2}, {3, -1, -1}, {0, 0, 1}, {4, 4, 4}, {1, 2, 3}};
        for (int i = 0; i < answers.size(); ++i) {
            const QString unit = i % 2 == 0 ? QStringLiteral("SNV") : QString();
            const auto added = SurveyStore::addResponse(m_db, *id, unit, answers[i], Role::Appraiser,
                                                        QStringLiteral("nhập liệu"), &error);
            if (i == 4) {
                QVERIFY(!added);
                QCOMPARE(
                    error,
                    SurveyScoring::tr("the questionnaire has no answer (every question is blank): a blank "
                                      "questionnaire is not counted; enter the option chosen for at least "
                                      "one question"));
            } else {
                QVERIFY2(added, qPrintable(error));
            }
        }
        // Refused, and nothing written: an unknown unit, an answer out of range.
        QVERIFY(!SurveyStore::addResponse(m_db, *id, QStringLiteral("XXX"), {0, 0, 0}, Role::Appraiser,
                                          QStringLiteral("x"), &error));
        QVERIFY(!SurveyStore::addResponse(m_db, *id, QString(), {0, 0, 7}, Role::Appraiser,
                                          QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("Công chức giải quyết")), qPrintable(error));

        const auto summary = SurveyStore::summary(m_db.connection(), *id, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->criterionCode, QStringLiteral("8.1"));
        QCOMPARE(summary->criterionMax, dec("20"));
        QCOMPARE(summary->scoring.total, 9);
        QCOMPARE(summary->scoring.valid, 9);
        QCOMPARE(summary->scoring.planned, 30);
        QCOMPARE(*summary->scoring.points, dec("12.31"));

        const QString path = m_db.path();
        QCOMPARE(countRows(path,
                           QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE unit_id IS NOT NULL")),
                 4);
        QCOMPARE(
            countRows(path, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'survey_responses'")),
            9);
        QCOMPARE(
            countRows(path,
                      QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'survey_responses'")),
            9);
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'surveys'")), 2);
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'surveys'")),
                 2);
        const auto verification = AuditLog::verify(m_db.connection());
        QVERIFY2(verification.ok, qPrintable(verification.message));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSurvey)
#include "TestSurvey.moc"
