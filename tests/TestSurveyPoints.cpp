// Survey points written into the score sheets (rules.md §3): each unit's points come from its own
// questionnaires and go to the appraised stage of its sheets, as a value the criterion's method
// scores to exactly those points; approved sheets and drafts are left alone and reported; every
// write is in the outbox and the audit trail. Each function starts from a database of its own
// (SurveyPointsFixture) with the questionnaires of the satisfaction survey (8.1), not yet applied.

#include "SurveyPointsFixture.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "services/SurveyPointsWriter.h"
#include "stores/SheetStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Outcome = SurveyPointsWriter::Outcome;

const SurveyPointsWriter::SheetResult* resultOf(const SurveyPointsWriter::Report& report, const QString& code)
{
    for (const auto& sheet : report.sheets) {
        if (sheet.subjectCode == code) {
            return &sheet;
        }
    }
    return nullptr;
}

const SurveyPointsWriter::UnitPoints* unitOf(const SurveyPointsWriter::Summary& summary, const QString& code)
{
    for (const auto& unit : summary.units) {
        if (unit.unitCode == code) {
            return &unit;
        }
    }
    return nullptr;
}

} // namespace

class TestSurveyPoints : public QObject, private SurveyPointsFixture
{
    Q_OBJECT

private:
    qint64 m_survey = 0;

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));

        // The survey of criterion 8.1 (linear, max 20), 3 questionnaires planned per unit.
        const auto survey
            = newSurvey(QStringLiteral("Khảo sát sự hài lòng 2026"), QStringLiteral("8.1"), 3, &error);
        QVERIFY2(survey, qPrintable(error));
        m_survey = *survey;
        // SNV: 1, 0.875 (a blank answer left out), 0.75: mean 0.875, 17.5 points.
        QVERIFY2(answer(m_survey, QStringLiteral("SNV"), {{0, 0, 0}, {0, 1, -1}, {1, 1, 1}}, &error),
                 qPrintable(error));
        // STC: one questionnaire of the three planned, mean 1/3: 6.666… → 6.67 points.
        QVERIFY2(answer(m_survey, QStringLiteral("STC"), {{0, 4, 4}}, &error), qPrintable(error));
        // SGDDT (approved): 20 points that must not land. SYT (draft): 10 points neither.
        QVERIFY2(answer(m_survey, QStringLiteral("SGDDT"), {{0, 0, 0}}, &error), qPrintable(error));
        QVERIFY2(answer(m_survey, QStringLiteral("SYT"), {{2, 2, 2}}, &error), qPrintable(error));
        // STNMT has no sheet; one questionnaire names no unit.
        QVERIFY2(answer(m_survey, QStringLiteral("STNMT"), {{1, 1, 1}}, &error), qPrintable(error));
        QVERIFY2(answer(m_survey, QString(), {{4, 4, 4}}, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void summaryPerUnit()
    {
        QString error;
        const auto summary = SurveyPointsWriter::summary(m_db.connection(), m_survey, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(!summary->campaignWide);
        QCOMPARE(summary->unassigned, 1);
        QCOMPARE(summary->criterionCode, QStringLiteral("8.1"));
        QCOMPARE(summary->criterionMax, dec("20"));
        QCOMPARE(summary->units.size(), 6); // five with questionnaires, VPUB with a sheet only
        const auto* snv = unitOf(*summary, QStringLiteral("SNV"));
        QVERIFY(snv);
        QCOMPARE(snv->unitName, QStringLiteral("Sở Nội vụ"));
        QCOMPARE(snv->entered, 3);
        QCOMPARE(snv->valid, 3);
        QCOMPARE(snv->meanCoefficient, std::optional<Decimal>(dec("0.875")));
        QCOMPARE(snv->planned, 3);
        QVERIFY(!snv->belowSample());
        QCOMPARE(*snv->points, dec("17.5"));
        const auto* stc = unitOf(*summary, QStringLiteral("STC"));
        QVERIFY(stc);
        QCOMPARE(stc->valid, 1);
        QVERIFY(stc->belowSample());
        QCOMPARE(*stc->points, dec("6.67"));
        const auto* vpub = unitOf(*summary, QStringLiteral("VPUB"));
        QVERIFY(vpub);
        QCOMPARE(vpub->entered, 0);
        QVERIFY(!vpub->points);
        QVERIFY(vpub->belowSample());
        QVERIFY(unitOf(*summary, QStringLiteral("STNMT")));
        QCOMPARE(summary->units.first().unitCode, QStringLiteral("SGDDT")); // by code
    }

    void pointsLandInTheUnitsSheets()
    {
        QString error;
        const QString approvedBefore = snapshot(QStringLiteral("SGDDT"));
        const QString draftBefore = snapshot(QStringLiteral("SYT"));
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        // The appraiser's reason for changing 1.4 of STC, as the score sheet form stores it.
        QSqlQuery reason(m_db.connection());
        QVERIFY(reason.exec(QStringLiteral("UPDATE sheet_values SET change_reason = 'Theo hồ sơ bổ sung' "
                                           "WHERE sheet_id = %1 AND stage = 'appraised' AND code = '1.4'")
                                .arg(m_sheets.value(QStringLiteral("STC")))));

        const auto report = SurveyPointsWriter::applyToSheets(m_db, m_survey, Role::Appraiser, Actor, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->sheets.size(), 6);
        QCOMPARE(report->count(Outcome::Written), 2);

        // SNV: the exact mean 7/8 as done/total, which scores 17.5 exactly.
        const auto* snv = resultOf(*report, QStringLiteral("SNV"));
        QVERIFY(snv);
        QCOMPARE(snv->outcome, Outcome::Written);
        QCOMPARE(snv->period, QStringLiteral("2026"));
        QCOMPARE(*snv->points, dec("17.5"));
        QVERIFY(!snv->belowSample);
        QCOMPARE(stored(QStringLiteral("SNV"), QStringLiteral("8.1")),
                 QJsonObject({{QStringLiteral("done"), 7}, {QStringLiteral("total"), 8}}));
        QCOMPARE(*scoredPoints(QStringLiteral("SNV"), QStringLiteral("8.1")), dec("17.5"));
        // The reason beside the value says what 7/8 is: the mean coefficient, × 20 = 17,5 points.
        QSqlQuery why(m_db.connection());
        QVERIFY(why.exec(QStringLiteral("SELECT change_reason FROM sheet_values WHERE sheet_id = %1 AND "
                                        "stage = 'appraised' AND code = '8.1'")
                             .arg(m_sheets.value(QStringLiteral("SNV")))));
        QVERIFY(why.next());
        for (const char* part : {"7/8", "0,875", "20", "17,50", "3"}) {
            QVERIFY2(why.value(0).toString().contains(QLatin1String(part)),
                     qPrintable(why.value(0).toString()));
        }
        // The appraised stage started from the self-assessment: every leaf is there, and the
        // self-assessed value of 8.1 is kept as it was.
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT COUNT(*) FROM sheet_values WHERE stage = 'appraised' AND sheet_id = %1")
                      .arg(m_sheets.value(QStringLiteral("SNV")))),
            count(QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE stage = 'self' AND sheet_id = %1")
                      .arg(m_sheets.value(QStringLiteral("SNV")))));
        QCOMPARE(stored(QStringLiteral("SNV"), QStringLiteral("8.1"), "self"),
                 QJsonObject({{QStringLiteral("done"), 4}, {QStringLiteral("total"), 4}}));

        // STC: below the sample but written (1/3 → 6.67), its own appraisal of 1.4 kept.
        const auto* stc = resultOf(*report, QStringLiteral("STC"));
        QVERIFY(stc);
        QCOMPARE(stc->outcome, Outcome::Written);
        QVERIFY(stc->belowSample);
        QCOMPARE(*scoredPoints(QStringLiteral("STC"), QStringLiteral("8.1")), dec("6.67"));
        QCOMPARE(stored(QStringLiteral("STC"), QStringLiteral("8.1")),
                 QJsonObject({{QStringLiteral("done"), 1}, {QStringLiteral("total"), 3}}));
        QCOMPARE(*scoredPoints(QStringLiteral("STC"), QStringLiteral("1.4")), dec("1.5"));
        // The reasons: the appraiser's kept, the survey's stored with its value.
        QVERIFY(reason.exec(QStringLiteral("SELECT code, change_reason FROM sheet_values WHERE sheet_id = %1 "
                                           "AND stage = 'appraised' AND change_reason <> '' ORDER BY code")
                                .arg(m_sheets.value(QStringLiteral("STC")))));
        QVERIFY(reason.next());
        QCOMPARE(reason.value(1).toString(), QStringLiteral("Theo hồ sơ bổ sung"));
        QVERIFY(reason.next());
        QCOMPARE(reason.value(0).toString(), QStringLiteral("8.1"));
        QVERIFY2(reason.value(1).toString().contains(QStringLiteral("Khảo sát sự hài lòng 2026")),
                 qPrintable(reason.value(1).toString()));
        QVERIFY(!reason.next());

        // The approved sheet and the draft are untouched and reported.
        QCOMPARE(resultOf(*report, QStringLiteral("SGDDT"))->outcome, Outcome::Locked);
        QVERIFY(!resultOf(*report, QStringLiteral("SGDDT"))->detail.isEmpty());
        QCOMPARE(snapshot(QStringLiteral("SGDDT")), approvedBefore);
        QCOMPARE(resultOf(*report, QStringLiteral("SYT"))->outcome, Outcome::Draft);
        QCOMPARE(snapshot(QStringLiteral("SYT")), draftBefore);
        QVERIFY(stored(QStringLiteral("SYT"), QStringLiteral("8.1")).isEmpty());
        // VPUB has a sheet but no questionnaire; STNMT questionnaires but no sheet.
        QCOMPARE(resultOf(*report, QStringLiteral("VPUB"))->outcome, Outcome::NoPoints);
        QVERIFY(stored(QStringLiteral("VPUB"), QStringLiteral("8.1")).isEmpty());
        QCOMPARE(resultOf(*report, QStringLiteral("STNMT"))->outcome, Outcome::NoSheet);
        QCOMPARE(resultOf(*report, QStringLiteral("STNMT"))->sheetId, 0);

        // One audit entry and one outbox entry per written sheet, with the survey as the reason.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'score_sheets' AND "
                                      "reason LIKE '%Khảo sát sự hài lòng 2026%' AND actor = '%1'")
                           .arg(Actor)),
                 2);
        const auto verification = AuditLog::verify(m_db.connection());
        QVERIFY2(verification.ok, qPrintable(verification.message));

        // The results read the appraised stage.
        const auto sheets = SheetStore::loadEffective(m_db.connection(), m_campaign,
                                                      QStringLiteral("cchc-so-2026"), &error);
        QVERIFY2(sheets, qPrintable(error));
        for (const ScoreSheet& sheet : *sheets) {
            if (sheet.subject.id == QLatin1String("SNV")) {
                QCOMPARE(sheet.stage, Stage::Appraised);
                QCOMPARE(sheet.values.value(QStringLiteral("8.1")).done, 7);
            }
        }
    }

    void applyingAgainChangesNothing()
    {
        QString error;
        QVERIFY2(SurveyPointsWriter::applyToSheets(m_db, m_survey, Role::Appraiser, Actor, &error),
                 qPrintable(error));
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const auto report = SurveyPointsWriter::applyToSheets(m_db, m_survey, Role::Appraiser, Actor, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->count(Outcome::Written), 0);
        QCOMPARE(report->count(Outcome::Unchanged), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    }

    void pointsMethodAndItsStep()
    {
        // 1.4 is scored by points with a step of 0.25 (max 2): SNV's mean 0.75 gives 1.5, a
        // multiple of the step; STC's 1/3 gives 0.67, which is not, so it is refused.
        QString error;
        const auto survey = newSurvey(QStringLiteral("Khảo sát 1.4"), QStringLiteral("1.4"), 1, &error);
        QVERIFY2(survey, qPrintable(error));
        QVERIFY2(answer(*survey, QStringLiteral("SNV"), {{1, 1, 1}, {0, 2, -1}}, &error), qPrintable(error));
        QVERIFY2(answer(*survey, QStringLiteral("STC"), {{0, 4, 4}}, &error), qPrintable(error));
        const auto report = SurveyPointsWriter::applyToSheets(m_db, *survey, Role::Appraiser, Actor, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(resultOf(*report, QStringLiteral("SNV"))->outcome, Outcome::Written);
        QCOMPARE(*scoredPoints(QStringLiteral("SNV"), QStringLiteral("1.4")), dec("1.5"));
        const auto* stc = resultOf(*report, QStringLiteral("STC"));
        QCOMPARE(stc->outcome, Outcome::Refused);
        QVERIFY2(stc->detail.contains(QStringLiteral("0.25")) || stc->detail.contains(QStringLiteral("0,25")),
                 qPrintable(stc->detail));
        QCOMPARE(*scoredPoints(QStringLiteral("STC"), QStringLiteral("1.4")), dec("1.5"));
    }

    void otherMethodsAreRefused()
    {
        // 2.2 is yes/no: survey points cannot be written there, so no survey may feed it; the
        // definition is refused, naming the criterion and its method, and nothing is written.
        QString error;
        const qint64 outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(!newSurvey(QStringLiteral("Khảo sát 2.2"), QStringLiteral("2.2"), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("2.2")) && error.contains(QStringLiteral("yes_no")),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
    }

    void campaignWideWhenNoQuestionnaireNamesAUnit()
    {
        // 8.2 (linear, max 10): two questionnaires without a unit, mean 0.75 → 7.5 points in every
        // sheet that may take them. The satisfaction survey's 8.1 points are written first.
        QString error;
        QVERIFY2(SurveyPointsWriter::applyToSheets(m_db, m_survey, Role::Appraiser, Actor, &error),
                 qPrintable(error));
        const auto survey = newSurvey(QStringLiteral("Khảo sát công chức"), QStringLiteral("8.2"), 5, &error);
        QVERIFY2(survey, qPrintable(error));
        QVERIFY2(answer(*survey, QString(), {{0, 0, 0}, {2, 2, 2}}, &error), qPrintable(error));
        const auto summary = SurveyPointsWriter::summary(m_db.connection(), *survey, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(summary->campaignWide);
        QCOMPARE(summary->units.size(), 1);
        QCOMPARE(summary->units.first().unitCode, QString());
        QCOMPARE(summary->units.first().valid, 2);
        QVERIFY(summary->units.first().belowSample());
        QCOMPARE(*summary->units.first().points, dec("7.5"));

        const auto report = SurveyPointsWriter::applyToSheets(m_db, *survey, Role::Appraiser, Actor, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->sheets.size(), 5); // every sheet of the campaign
        QCOMPARE(report->count(Outcome::Written), 3); // SNV, STC, VPUB
        QCOMPARE(report->count(Outcome::Locked), 1);
        QCOMPARE(report->count(Outcome::Draft), 1);
        for (const QString& unit : {QStringLiteral("SNV"), QStringLiteral("STC"), QStringLiteral("VPUB")}) {
            QCOMPARE(*scoredPoints(unit, QStringLiteral("8.2")), dec("7.5"));
            QCOMPARE(stored(unit, QStringLiteral("8.2")),
                     QJsonObject({{QStringLiteral("done"), 3}, {QStringLiteral("total"), 4}}));
        }
        // The 8.1 points written before are still there.
        QCOMPARE(*scoredPoints(QStringLiteral("SNV"), QStringLiteral("8.1")), dec("17.5"));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSurveyPoints)
#include "TestSurveyPoints.moc"
