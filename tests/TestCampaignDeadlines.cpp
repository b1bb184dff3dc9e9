// The deadlines of a campaign, one per stage (workflow/CampaignDeadlines): the classification
// default of Decree 335 (15 December; 15 January of the next year for a special calendar), the
// order of the stages, and "overdue" for the stage the deadline is for only. The campaign dialog,
// the CLI, the campaign service and the queue all ask this rule.

#include "TestSupport.h"
#include "workflow/CampaignDeadlines.h"

using namespace danhgia;

Q_DECLARE_METATYPE(danhgia::SheetState)
Q_DECLARE_METATYPE(danhgia::DeadlineStage)
Q_DECLARE_METATYPE(danhgia::DeadlineStatus)

namespace {

QDateTime localNoon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0)).toUTC();
}

// Self-assessment by 10/11, appraisal by 30/11, classification by 15/12/2026.
CampaignDeadlines yearDeadlines()
{
    CampaignDeadlines deadlines;
    deadlines.selfAssessment = QDate(2026, 11, 10);
    deadlines.appraisal = QDate(2026, 11, 30);
    deadlines.classification = QDate(2026, 12, 15);
    return deadlines;
}

} // namespace

class TestCampaignDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classificationDefault()
    {
        QCOMPARE(CampaignDeadlines::defaultClassification(2026, false), QDate(2026, 12, 15));
        QCOMPARE(CampaignDeadlines::defaultClassification(2026, true), QDate(2027, 1, 15));
    }

    void yearOfPeriods()
    {
        QCOMPARE(CampaignDeadlines::yearOfPeriods({QStringLiteral("2026")}), 2026);
        QCOMPARE(CampaignDeadlines::yearOfPeriods({QStringLiteral("2026-09"), QStringLiteral("2026-Q4")}),
                 2026);
        QCOMPARE(CampaignDeadlines::yearOfPeriods({QStringLiteral("2025-12"), QStringLiteral("2026-01")}),
                 2026);
        QCOMPARE(CampaignDeadlines::yearOfPeriods({QStringLiteral("Q1")}), 0);
        QCOMPARE(CampaignDeadlines::yearOfPeriods({QStringLiteral("20261")}), 0);
        QCOMPARE(CampaignDeadlines::yearOfPeriods({}), 0);
    }

    void stageNames()
    {
        for (const DeadlineStage stage : CampaignDeadlines::stages()) {
            QCOMPARE(CampaignDeadlines::stageFromName(CampaignDeadlines::stageName(stage)), stage);
            QVERIFY(!CampaignDeadlines::stageTitle(stage).isEmpty());
        }
        QCOMPARE(CampaignDeadlines::stageName(DeadlineStage::SelfAssessment), QStringLiteral("self"));
        QVERIFY(!CampaignDeadlines::stageFromName(QStringLiteral("approval")));
    }

    void orderOfStages()
    {
        QVERIFY(yearDeadlines().problem().isEmpty());
        QVERIFY(CampaignDeadlines().problem().isEmpty());
        // The same day for two stages is allowed; a missing one is skipped.
        CampaignDeadlines sameDay;
        sameDay.selfAssessment = QDate(2026, 12, 1);
        sameDay.classification = QDate(2026, 12, 1);
        QVERIFY(sameDay.problem().isEmpty());

        CampaignDeadlines reversed = yearDeadlines();
        reversed.appraisal = QDate(2026, 11, 5);
        const QString problem = reversed.problem();
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(QStringLiteral("05/11/2026"))
                     && problem.contains(QStringLiteral("10/11/2026")),
                 qPrintable(problem));

        // The classification before the self-assessment, with no appraisal between them.
        CampaignDeadlines skipped;
        skipped.selfAssessment = QDate(2026, 12, 20);
        skipped.classification = QDate(2026, 12, 15);
        QVERIFY(skipped.problem().contains(QStringLiteral("20/12/2026")));
    }

    void lastAndEmpty()
    {
        QVERIFY(CampaignDeadlines().isEmpty());
        QVERIFY(!CampaignDeadlines().last().isValid());
        QCOMPARE(yearDeadlines().last(), QDate(2026, 12, 15));
        CampaignDeadlines one;
        one.appraisal = QDate(2026, 6, 1);
        QVERIFY(!one.isEmpty());
        QCOMPARE(one.last(), QDate(2026, 6, 1));
        QCOMPARE(one.deadline(DeadlineStage::Appraisal), QDate(2026, 6, 1));
        one.setDeadline(DeadlineStage::Classification, QDate(2026, 12, 15));
        QCOMPARE(one.classification, QDate(2026, 12, 15));
        QVERIFY(one != yearDeadlines());
    }

    void parseDate()
    {
        QString error;
        QCOMPARE(CampaignDeadlines::parseDate(QStringLiteral("2026-12-15"), QStringLiteral("x"), &error),
                 QDate(2026, 12, 15));
        QCOMPARE(CampaignDeadlines::parseDate(QStringLiteral(" 15/12/2026 "), QStringLiteral("x"), &error),
                 QDate(2026, 12, 15));
        QVERIFY(!CampaignDeadlines::parseDate(QStringLiteral("2026-02-30"), QStringLiteral("--deadline"),
                                              &error));
        QVERIFY2(error.contains(QStringLiteral("--deadline")) && error.contains(QStringLiteral("2026-02-30")),
                 qPrintable(error));
    }

    void status_data()
    {
        QTest::addColumn<DeadlineStage>("stage");
        QTest::addColumn<SheetState>("state");
        QTest::addColumn<QDateTime>("submittedAt");
        QTest::addColumn<QDateTime>("appraisedAt");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineStatus>("status");

        const QDateTime none;
        const QDateTime early = localNoon(2026, 11, 3);
        const QDateTime onTheDay = localNoon(2026, 11, 10);
        const QDateTime late = localNoon(2026, 11, 12);
        const QDate beforeSelf(2026, 11, 9);
        const QDate afterSelf(2026, 11, 20); // self-assessment passed, appraisal not
        const QDate afterAppraisal(2026, 12, 2);
        const auto self = DeadlineStage::SelfAssessment;
        const auto appraisal = DeadlineStage::Appraisal;
        const auto classification = DeadlineStage::Classification;

        QTest::newRow("draft before the deadline")
            << self << SheetState::Draft << none << none << beforeSelf << DeadlineStatus::Open;
        QTest::newRow("draft on the deadline day")
            << self << SheetState::Draft << none << none << QDate(2026, 11, 10) << DeadlineStatus::Open;
        QTest::newRow("draft after the deadline")
            << self << SheetState::Draft << none << none << afterSelf << DeadlineStatus::Overdue;
        // Submitted in time: not late for the self-assessment, whatever the day.
        QTest::newRow("submitted early")
            << self << SheetState::Submitted << early << none << afterAppraisal << DeadlineStatus::OnTime;
        QTest::newRow("submitted on the day")
            << self << SheetState::Submitted << onTheDay << none << afterSelf << DeadlineStatus::OnTime;
        QTest::newRow("submitted late")
            << self << SheetState::Submitted << late << none << afterSelf << DeadlineStatus::Late;
        QTest::newRow("submitted, time unknown")
            << self << SheetState::Appraised << none << none << afterAppraisal << DeadlineStatus::OnTime;
        // Submitted in time, waiting for appraisal: late for the appraisal only once its deadline passed.
        QTest::newRow("appraisal still open")
            << appraisal << SheetState::Submitted << early << none << afterSelf << DeadlineStatus::Open;
        QTest::newRow("appraisal overdue") << appraisal << SheetState::Submitted << early << none
                                           << afterAppraisal << DeadlineStatus::Overdue;
        QTest::newRow("appraised in time")
            << appraisal << SheetState::Appraised << early << localNoon(2026, 11, 28) << afterAppraisal
            << DeadlineStatus::OnTime;
        QTest::newRow("appraised late") << appraisal << SheetState::Approved << early
                                        << localNoon(2026, 12, 1) << afterAppraisal << DeadlineStatus::Late;
        QTest::newRow("classification open") << classification << SheetState::Appraised << early << early
                                             << afterAppraisal << DeadlineStatus::Open;
        QTest::newRow("classification overdue") << classification << SheetState::Appraised << early << early
                                                << QDate(2026, 12, 16) << DeadlineStatus::Overdue;
        QTest::newRow("published") << classification << SheetState::Published << early << early
                                   << QDate(2027, 3, 1) << DeadlineStatus::OnTime;
    }

    void status()
    {
        QFETCH(DeadlineStage, stage);
        QFETCH(SheetState, state);
        QFETCH(QDateTime, submittedAt);
        QFETCH(QDateTime, appraisedAt);
        QFETCH(QDate, today);
        QFETCH(DeadlineStatus, status);
        CampaignDeadlines::SheetProgress progress;
        progress.state = state;
        progress.submittedAt = submittedAt;
        progress.appraisedAt = appraisedAt;
        const CampaignDeadlines deadlines = yearDeadlines();
        QCOMPARE(deadlines.status(stage, progress, today), status);
        QCOMPARE(deadlines.overdue(stage, progress, today), status == DeadlineStatus::Overdue);
    }

    void noDeadlineIsNeverOverdue()
    {
        CampaignDeadlines only;
        only.classification = QDate(2026, 12, 15);
        const CampaignDeadlines::SheetProgress draft;
        QCOMPARE(only.status(DeadlineStage::SelfAssessment, draft, QDate(2027, 1, 1)),
                 DeadlineStatus::NoDeadline);
        QCOMPARE(only.overdueStages(draft, QDate(2027, 1, 1)),
                 QList<DeadlineStage>{DeadlineStage::Classification});
    }

    void overdueOnlyForTheLateStage()
    {
        // Submitted before the self-assessment deadline; the appraisal deadline has passed.
        CampaignDeadlines::SheetProgress progress;
        progress.state = SheetState::Submitted;
        progress.submittedAt = localNoon(2026, 11, 5);
        const CampaignDeadlines deadlines = yearDeadlines();
        QCOMPARE(deadlines.overdueStages(progress, QDate(2026, 12, 1)),
                 QList<DeadlineStage>{DeadlineStage::Appraisal});
        // A draft after the self-assessment deadline, before the appraisal one.
        QCOMPARE(deadlines.overdueStages(CampaignDeadlines::SheetProgress(), QDate(2026, 11, 11)),
                 QList<DeadlineStage>{DeadlineStage::SelfAssessment});
        QVERIFY(deadlines.overdueStages(progress, QDate(2026, 11, 11)).isEmpty());
    }

    void dueFor()
    {
        const CampaignDeadlines deadlines = yearDeadlines();
        CampaignDeadlines::SheetProgress progress;
        QCOMPARE(deadlines.dueFor(progress, QDate(2026, 11, 1)), QDate(2026, 11, 10));
        QCOMPARE(deadlines.dueFor(progress, QDate(2026, 12, 20)), QDate(2026, 11, 10));
        progress.state = SheetState::Submitted;
        progress.submittedAt = localNoon(2026, 11, 5);
        QCOMPARE(deadlines.dueFor(progress, QDate(2026, 11, 11)), QDate(2026, 11, 30));
        progress.state = SheetState::Published;
        QCOMPARE(deadlines.dueFor(progress, QDate(2026, 11, 11)), QDate(2026, 12, 15));
        QVERIFY(!CampaignDeadlines().dueFor(progress, QDate(2026, 11, 11)).isValid());
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCampaignDeadlines)
#include "TestCampaignDeadlines.moc"
