// A survey defined in the app (issue 13, item 5): its questionnaire, the criteria it feeds (one or
// more), its planned sample per unit, stored and edited through the audit trail; its points written
// into submitted and appraised sheets as an audited change with the reason "Điểm điều tra xã hội
// học …", the state unchanged; an approved sheet reported as locked, never changed silently; a
// preview that writes nothing; and a database of schema 7 opened by this version.

#include "RowCount.h"
#include "SurveyPointsFixture.h"
#include "TestSupport.h"
#include "database/SchemaMigrations.h"
#include "queries/SheetHistory.h"
#include "services/SheetTransitions.h"
#include "services/SurveyPointsWriter.h"
#include "stores/SurveyStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace danhgia;
using namespace danhgia::test;

namespace {

using Outcome = SurveyPointsWriter::Outcome;

const SurveyPointsWriter::SheetResult* resultOf(const SurveyPointsWriter::Report& report, const QString& unit,
                                                const QString& criterion)
{
    for (const auto& sheet : report.sheets) {
        if (sheet.subjectCode == unit && sheet.criterionCode == criterion) {
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

class TestSurveySetup : public QObject, private SurveyPointsFixture
{
    Q_OBJECT

private:
    // The survey of citizens feeding 8.1 (linear, max 20) and 8.2 (linear, max 10): 2 questionnaires
    // planned per unit, 4 for SNV.
    SurveyRecord twoCriteria() const
    {
        SurveyRecord survey;
        survey.campaignCode = QStringLiteral("CCHC-2026");
        survey.title = QStringLiteral("Khảo sát người dân và tổ chức 2026");
        survey.criterionCodes = {QStringLiteral("8.1"), QStringLiteral("8.2")};
        survey.plan.defaultPlanned = 2;
        survey.plan.units.insert(QStringLiteral("SNV"), {4, 5});
        survey.definition = threeQuestions();
        return survey;
    }

    qint64 defineAndAnswer()
    {
        QString error;
        const auto id = SurveyStore::save(m_db, twoCriteria(), Role::Administrator, Actor, &error);
        if (!id) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        // SNV (submitted): mean 0.875 → 17.5 of 20 and 8.75 of 10; three of four planned: below.
        // STC (appraised): 1 and 0.75, mean 0.875 as well; two of two planned.
        // SGDDT (approved) and SYT (draft): one each.
        if (!answer(*id, QStringLiteral("SNV"), {{0, 0, 0}, {0, 1, -1}, {1, 1, 1}}, &error)
            || !answer(*id, QStringLiteral("STC"), {{0, 0, 0}, {1, 1, 1}}, &error)
            || !answer(*id, QStringLiteral("SGDDT"), {{0, 0, 0}}, &error)
            || !answer(*id, QStringLiteral("SYT"), {{2, 2, 2}}, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void definitionStoredAndEditedWithItsHistory()
    {
        QString error;
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        const auto id = SurveyStore::save(m_db, twoCriteria(), Role::Administrator, Actor, &error);
        QVERIFY2(id, qPrintable(error));
        auto loaded = SurveyStore::load(m_db.connection(), *id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->criterionCodes, QStringList({QStringLiteral("8.1"), QStringLiteral("8.2")}));
        QCOMPARE(loaded->plan, twoCriteria().plan);
        QCOMPARE(loaded->definition.questions.size(), 3);
        QCOMPARE(loaded->definition.questions.at(0).options.at(1).coefficient, dec("0.75"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore + 1);

        // Edited: one criterion less, a question more, SNV's plan changed, STC's added.
        SurveyRecord edited = *loaded;
        edited.criterionCodes = {QStringLiteral("8.2")};
        edited.definition.questions.append(
            {QStringLiteral("Nhận xét chung"),
             {{QStringLiteral("Tốt"), dec("1")}, {QStringLiteral("Chưa tốt"), dec("0")}}});
        edited.plan.units[QStringLiteral("SNV")] = {3, 0};
        edited.plan.units.insert(QStringLiteral("STC"), {6, 0});
        QCOMPARE(*SurveyStore::save(m_db, edited, Role::Administrator, Actor, &error), *id);
        loaded = SurveyStore::load(m_db.connection(), *id, &error);
        QCOMPARE(loaded->criterionCodes, QStringList({QStringLiteral("8.2")}));
        QCOMPARE(loaded->definition.questions.size(), 4);
        QCOMPARE(loaded->plan.plannedFor(QStringLiteral("SNV")), 3);
        QCOMPARE(loaded->plan.plannedFor(QStringLiteral("STC")), 6);
        QCOMPARE(loaded->plan.plannedFor(QStringLiteral("VPUB")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'surveys'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT criterion_code = '8.2' FROM surveys")), 1);
        // The sheets' editor now sees 8.2 fed by the survey, 8.1 no longer.
        const auto fed = SurveyStore::fedCriteria(m_db.connection(), m_campaign, &error);
        QVERIFY2(fed, qPrintable(error));
        QCOMPARE(fed->size(), 1);
        QCOMPARE(fed->first().code, QStringLiteral("8.2"));
    }

    void aBadDefinitionIsRefusedWithEveryProblem()
    {
        QString error;
        SurveyRecord survey = twoCriteria();
        survey.title.clear();
        survey.criterionCodes = {QStringLiteral("8"), QStringLiteral("9.9")};
        survey.definition.questions[1].options[0].coefficient = dec("2");
        const qint64 outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        QVERIFY(!SurveyStore::save(m_db, survey, Role::Administrator, Actor, &error));
        QCOMPARE(error.split(QLatin1Char('\n')).size(), 4);
        QVERIFY2(error.contains(QStringLiteral("tiêu đề")) && error.contains(QStringLiteral("9.9"))
                     && error.contains(QStringLiteral("“Rất hài lòng”")),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), outboxBefore);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM surveys")), 0);
    }

    void onlyTheAdministratorDefinesASurvey()
    {
        QString error;
        QVERIFY(!SurveyStore::save(m_db, twoCriteria(), Role::Appraiser, Actor, &error));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM surveys")), 0);
        QVERIFY2(SurveyStore::save(m_db, twoCriteria(), Role::Administrator, Actor, &error),
                 qPrintable(error));
    }

    void questionsKeepTheirShapeOnceQuestionnairesAreRecorded()
    {
        const qint64 survey = defineAndAnswer();
        QVERIFY(survey != 0);
        QString error;
        auto edited = SurveyStore::load(m_db.connection(), survey, &error);
        QVERIFY2(edited, qPrintable(error));
        edited->definition.questions.removeLast();
        QVERIFY(!SurveyStore::save(m_db, *edited, Role::Administrator, Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("7")), qPrintable(error)); // the questionnaires recorded
        QCOMPARE(SurveyStore::load(m_db.connection(), survey, &error)->definition.questions.size(), 3);
        // Reworded and with another coefficient, it is saved; the recorded answers still fit.
        edited = SurveyStore::load(m_db.connection(), survey, &error);
        edited->definition.questions[0].text = QStringLiteral("Tiếp cận thông tin về dịch vụ");
        edited->definition.questions[0].options[1].coefficient = dec("0.8");
        QVERIFY2(SurveyStore::save(m_db, *edited, Role::Administrator, Actor, &error), qPrintable(error));
        QVERIFY2(SurveyPointsWriter::summary(m_db.connection(), survey, &error), qPrintable(error));
    }

    void aCriterionFedByTwoSurveysIsRefused()
    {
        QString error;
        QVERIFY2(SurveyStore::save(m_db, twoCriteria(), Role::Administrator, Actor, &error),
                 qPrintable(error));
        SurveyRecord other = twoCriteria();
        other.title = QStringLiteral("Khảo sát công chức");
        other.criterionCodes = {QStringLiteral("8.2")};
        QVERIFY(!SurveyStore::save(m_db, other, Role::Administrator, Actor, &error));
        QVERIFY2(error.contains(QStringLiteral("8.2")) && error.contains(twoCriteria().title),
                 qPrintable(error));
    }

    void plannedSamplePerUnitAndBelowPlan()
    {
        const qint64 survey = defineAndAnswer();
        QVERIFY(survey != 0);
        QString error;
        const auto summary = SurveyPointsWriter::summary(m_db.connection(), survey, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->criteria.size(), 2);
        const auto* snv = unitOf(*summary, QStringLiteral("SNV"));
        QCOMPARE(snv->planned, 4);
        QCOMPARE(snv->valid, 3);
        QVERIFY(snv->belowSample());
        const auto* stc = unitOf(*summary, QStringLiteral("STC"));
        QCOMPARE(stc->planned, 2);
        QVERIFY(!stc->belowSample());
        QCOMPARE(snv->pointsByCriterion.value(QStringLiteral("8.1")), dec("17.5"));
        QCOMPARE(snv->pointsByCriterion.value(QStringLiteral("8.2")), dec("8.75"));
        // VPUB has a sheet, no questionnaire, and the default plan.
        QCOMPARE(unitOf(*summary, QStringLiteral("VPUB"))->planned, 2);
        QVERIFY(unitOf(*summary, QStringLiteral("VPUB"))->belowSample());
    }

    void pointsLandInSubmittedAndAppraisedSheetsAsAnAuditedChange()
    {
        const qint64 survey = defineAndAnswer();
        QVERIFY(survey != 0);
        QString error;
        const auto stateBefore
            = SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("SNV")), &error);
        const auto stcStateBefore
            = SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("STC")), &error);
        QCOMPARE(*stateBefore, SheetState::Submitted);
        QCOMPARE(*stcStateBefore, SheetState::Appraised);
        const auto report = SurveyPointsWriter::applyToSheets(m_db, survey, Role::Appraiser, Actor, &error);
        QVERIFY2(report, qPrintable(error));
        for (const QString& unit : {QStringLiteral("SNV"), QStringLiteral("STC")}) {
            QCOMPARE(resultOf(*report, unit, QStringLiteral("8.1"))->outcome, Outcome::Written);
            QCOMPARE(resultOf(*report, unit, QStringLiteral("8.2"))->outcome, Outcome::Written);
            QCOMPARE(*scoredPoints(unit, QStringLiteral("8.1")), dec("17.5"));
            QCOMPARE(*scoredPoints(unit, QStringLiteral("8.2")), dec("8.75"));
        }
        QVERIFY(resultOf(*report, QStringLiteral("SNV"), QStringLiteral("8.1"))->belowSample);
        // The states did not move.
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("SNV")), &error),
                 SheetState::Submitted);
        QCOMPARE(*SheetTransitions::state(m_db.connection(), m_sheets.value(QStringLiteral("STC")), &error),
                 SheetState::Appraised);
        // One audited change per sheet with the survey as its reason, and the reason kept with each value.
        const auto history
            = SheetHistory::load(m_db.connection(), m_sheets.value(QStringLiteral("SNV")), &error);
        QVERIFY2(history, qPrintable(error));
        QVERIFY(!history->isEmpty());
        QVERIFY2(history->first().reason.startsWith(
                     QStringLiteral("Điểm điều tra xã hội học “Khảo sát người dân")),
                 qPrintable(history->first().reason));
        QVERIFY2(history->first().reason.contains(QStringLiteral("8.2: ")),
                 qPrintable(history->first().reason));
        QCOMPARE(history->first().actor, Actor);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM audit_log WHERE reason LIKE 'Điểm điều tra xã hội học%'")),
                 2);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE stage = 'appraised' AND code IN "
                                 "('8.1', '8.2') AND change_reason LIKE 'Điểm điều tra xã hội học%'")),
            4);
    }

    void anApprovedSheetIsLockedAndReportedNeverChangedSilently()
    {
        const qint64 survey = defineAndAnswer();
        QVERIFY(survey != 0);
        QString error;
        const QString before = snapshot(QStringLiteral("SGDDT"));
        const auto preview = SurveyPointsWriter::preview(m_db, survey, Role::Appraiser, &error);
        QVERIFY2(preview, qPrintable(error));
        const auto* locked = resultOf(*preview, QStringLiteral("SGDDT"), QStringLiteral("8.1"));
        QCOMPARE(locked->outcome, Outcome::Locked);
        QVERIFY2(!locked->detail.isEmpty(), qPrintable(locked->detail));
        const auto report = SurveyPointsWriter::applyToSheets(m_db, survey, Role::Appraiser, Actor, &error);
        QCOMPARE(resultOf(*report, QStringLiteral("SGDDT"), QStringLiteral("8.2"))->outcome, Outcome::Locked);
        QCOMPARE(resultOf(*report, QStringLiteral("SYT"), QStringLiteral("8.2"))->outcome, Outcome::Draft);
        QCOMPARE(snapshot(QStringLiteral("SGDDT")), before);
    }

    void thePreviewWritesNothingAndSaysWhatApplyingDoes()
    {
        const qint64 survey = defineAndAnswer();
        QVERIFY(survey != 0);
        QString error;
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QString snv = snapshot(QStringLiteral("SNV"));
        const auto preview = SurveyPointsWriter::preview(m_db, survey, Role::Appraiser, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QCOMPARE(snapshot(QStringLiteral("SNV")), snv);
        QCOMPARE(preview->count(Outcome::Written), 4); // SNV and STC, two criteria each
        QVERIFY(!SurveyPointsWriter::preview(m_db, survey, Role::UnitHead, &error));
        const auto report = SurveyPointsWriter::applyToSheets(m_db, survey, Role::Appraiser, Actor, &error);
        QCOMPARE(report->sheets.size(), preview->sheets.size());
        for (int i = 0; i < report->sheets.size(); ++i) {
            QCOMPARE(report->sheets.at(i).outcome, preview->sheets.at(i).outcome);
            QCOMPARE(report->sheets.at(i).criterionCode, preview->sheets.at(i).criterionCode);
        }
        // Applied, the next preview has nothing left to write.
        QCOMPARE(SurveyPointsWriter::preview(m_db, survey, Role::Appraiser, &error)->count(Outcome::Written),
                 0);
    }

    // A database of schema 7 whose survey feeds one criterion opened by this version.
    void schemaSevenSurveyFeedsItsCriterion()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema-7.sqlite"));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema7"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (int version = 1; version <= 7; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            const QByteArray set = readData(QStringLiteral("examples/cchc-so-2026.criteria.json"));
            query.prepare(
                QStringLiteral("INSERT INTO criteria_sets (id, set_id, version, title, kind, document, "
                               "uuid) VALUES (1, 'cchc-so-2026', 1, 'CCHC', 'par_index', ?, 'set-1')"));
            query.addBindValue(QString::fromUtf8(set));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            for (const char* statement :
                 {"PRAGMA user_version = 7",
                  "INSERT INTO campaigns (id, code, title, kind, criteria_set_id, uuid) VALUES "
                  "(1, 'OLD', 'Đợt cũ', 'par_index', 1, 'campaign-1')",
                  "INSERT INTO surveys (campaign_id, title, criterion_code, planned_sample, questions, uuid) "
                  "VALUES (1, 'Khảo sát cũ', '8.1', 25, '[{\"text\": \"Hài lòng?\", \"options\": "
                  "[{\"label\": "
                  "\"Có\", \"coefficient\": \"1\"}]}]', 'survey-1')"}) {
                QVERIFY2(query.exec(QString::fromUtf8(statement)), qPrintable(query.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema7"));
        m_db.close();
        QString error;
        QVERIFY2(m_db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(m_db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(
            SchemaMigrations::statements(8).join(QLatin1Char(' ')).contains(QStringLiteral("unit_plans")));
        QCOMPARE(countRows(path,
                           QStringLiteral("SELECT COUNT(*) FROM surveys WHERE criteria = '[\"8.1\"]' AND "
                                          "unit_plans = '{}'")),
                 1);
        const auto survey = SurveyStore::load(m_db.connection(), 1, &error);
        QVERIFY2(survey, qPrintable(error));
        QCOMPARE(survey->criterionCodes, QStringList{QStringLiteral("8.1")});
        QCOMPARE(survey->plan.defaultPlanned, 25);
        QVERIFY(survey->plan.units.isEmpty());
        QVERIFY(m_db.checkIntegrity(&error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSurveySetup)
#include "TestSurveySetup.moc"
