// Every write path checks the user's role in the core before it writes (RecordPermissions and the
// workflow under the campaign's ApprovalPolicy): sheet values of each stage, a criterion fed by a
// survey, survey questionnaires and points, council setup, members' and agreed scores, catalogue
// imports and grade decisions. One test per path: the wrong role is refused with a Vietnamese
// message naming who may, and nothing is written (the audit trail, the outbox and the data stay as
// they were). Each test works on its own copy of the demo database.

#include "TestSupport.h"

#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "services/CatalogueImport.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "services/SurveyPointsWriter.h"
#include "stores/ClassificationStore.h"
#include "stores/CouncilStore.h"
#include "stores/SurveyStore.h"
#include "workflow/RecordPermissions.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace danhgia;

class TestWritePermissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Database> m_db;
    int m_copy = 0;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // What any write leaves behind: the audit trail, the outbox and the data of every table a
    // refused write could touch.
    QString footprint()
    {
        QStringList parts;
        for (const char* sql : {"SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM outbox",
                                "SELECT COALESCE(SUM(revision), 0) FROM score_sheets",
                                "SELECT COUNT(*) FROM sheet_values", "SELECT COUNT(*) FROM survey_responses",
                                "SELECT COALESCE(SUM(revision), 0) FROM council_sessions",
                                "SELECT COUNT(*) FROM units", "SELECT COUNT(*) FROM grade_decisions"}) {
            parts.append(QString::number(scalar(QString::fromLatin1(sql))));
        }
        return parts.join(QLatin1Char('/'));
    }

    // A sheet of the PAR index in `state` (the demo has sheets in every state).
    qint64 parSheet(const QString& state)
    {
        return scalar(
            QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                           "WHERE c.code = '%1' AND s.state = '%2' ORDER BY s.id LIMIT 1")
                .arg(QString::fromLatin1(DemoDatabase::ParCampaign), state));
    }

    static LeafValue points(const char* text)
    {
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = *Decimal::fromString(QString::fromLatin1(text));
        return value;
    }

    // A write refused for `role`: the message names the role and the roles that may; nothing stored.
    void expectRefused(bool written, const QString& error, Role role, const QString& before)
    {
        QVERIFY(!written);
        QVERIFY2(error.contains(Roles::title(role)), qPrintable(error));
        QCOMPARE(footprint(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demo, &error), qPrintable(error));
    }

    void init()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copy));
        QVERIFY(QFile::copy(m_demo, copy));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(copy, &error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void selfAssessmentOnlyByWhoSubmits()
    {
        const qint64 draft = parSheet(QStringLiteral("draft"));
        QVERIFY(draft > 0);
        SheetEditor editor(*m_db);
        QString error;
        QVERIFY2(editor.load(draft, &error), qPrintable(error));
        const QString before = footprint();
        const SheetEditor::LeafWrite write{Stage::Self, QStringLiteral("1.4"), points("1"), {}};
        for (const Role role :
             {Role::Appraiser, Role::CouncilSecretary, Role::CouncilChair, Role::Administrator}) {
            error.clear();
            expectRefused(editor.write(write, role, QStringLiteral("x"), &error), error, role, before);
            QVERIFY(!editor.writeExplanation(QStringLiteral("1.4"), QStringLiteral("giải trình"), role,
                                             QStringLiteral("x"), &error));
            QCOMPARE(footprint(), before);
        }
        QVERIFY2(editor.write(write, Role::SelfAssessor, QStringLiteral("x"), &error), qPrintable(error));
    }

    void appraisalOnlyByWhoAppraises()
    {
        const qint64 submitted = parSheet(QStringLiteral("submitted"));
        QVERIFY(submitted > 0);
        SheetEditor editor(*m_db);
        QString error;
        QVERIFY2(editor.load(submitted, &error), qPrintable(error));
        const QString before = footprint();
        const SheetEditor::LeafWrite write{Stage::Appraised, QStringLiteral("1.4"), points("0"),
                                           QStringLiteral("Thiếu kế hoạch")};
        for (const Role role :
             {Role::SelfAssessor, Role::UnitHead, Role::CouncilChair, Role::Administrator}) {
            error.clear();
            expectRefused(editor.write(write, role, QStringLiteral("x"), &error), error, role, before);
        }
        QVERIFY2(editor.write(write, Role::Appraiser, QStringLiteral("x"), &error), qPrintable(error));
    }

    void finalScoresOnlyByWhoApproves()
    {
        const qint64 appraised = parSheet(QStringLiteral("appraised"));
        QVERIFY(appraised > 0);
        SheetEditor editor(*m_db);
        QString error;
        QVERIFY2(editor.load(appraised, &error), qPrintable(error));
        const QString before = footprint();
        const SheetEditor::LeafWrite write{Stage::Final, QStringLiteral("1.4"), points("0"),
                                           QStringLiteral("Hội đồng kết luận")};
        for (const Role role :
             {Role::SelfAssessor, Role::UnitHead, Role::Appraiser, Role::CouncilSecretary}) {
            error.clear();
            expectRefused(editor.write(write, role, QStringLiteral("x"), &error), error, role, before);
        }
    }

    void surveyCriterionIsNeverTyped()
    {
        const QString code = QStringLiteral("8.1");
        QString error;
        SheetEditor draft(*m_db);
        QVERIFY2(draft.load(parSheet(QStringLiteral("draft")), &error), qPrintable(error));
        QVERIFY(draft.isFedBySurvey(code));
        const QString before = footprint();
        QVERIFY(!draft.write({Stage::Self, code, points("20"), {}}, Role::SelfAssessor, QStringLiteral("x"),
                             &error));
        QVERIFY2(error.contains(code) && error.contains(QStringLiteral("Khảo sát sự hài lòng")),
                 qPrintable(error));
        QCOMPARE(footprint(), before);
        // Not even by the appraisal side: the survey screen writes it.
        SheetEditor submitted(*m_db);
        QVERIFY2(submitted.load(parSheet(QStringLiteral("submitted")), &error), qPrintable(error));
        QVERIFY(!submitted.write({Stage::Appraised, code, points("20"), QStringLiteral("lý do")},
                                 Role::Appraiser, QStringLiteral("x"), &error));
        QCOMPARE(footprint(), before);
        // And a survey criterion does not hold back the submission of a self-assessment.
        const SubmissionReadiness readiness = draft.readiness();
        for (const SubmissionReadiness::Problem& problem : readiness.problems()) {
            QVERIFY(problem.code != code);
        }
    }

    void surveyPointsOnlyByTheAppraisalSide()
    {
        const qint64 survey = scalar(QStringLiteral("SELECT id FROM surveys LIMIT 1"));
        QVERIFY(survey > 0);
        const QString before = footprint();
        for (const Role role :
             {Role::SelfAssessor, Role::UnitHead, Role::CouncilChair, Role::Administrator}) {
            QString error;
            const auto report
                = SurveyPointsWriter::applyToSheets(*m_db, survey, role, QStringLiteral("x"), &error);
            expectRefused(report.has_value(), error, role, before);
        }
        QString error;
        QVERIFY2(
            SurveyPointsWriter::applyToSheets(*m_db, survey, Role::Appraiser, QStringLiteral("x"), &error),
            qPrintable(error));
    }

    void surveyQuestionnairesOnlyByTheAppraisalSide()
    {
        const qint64 survey = scalar(QStringLiteral("SELECT id FROM surveys LIMIT 1"));
        const QString unit = QStringLiteral("SNV");
        const SurveyAnswers answers{0, 1, 2, 1, 0};
        const QString before = footprint();
        for (const Role role :
             {Role::SelfAssessor, Role::UnitHead, Role::CouncilChair, Role::Administrator}) {
            QString error;
            const auto id
                = SurveyStore::addResponse(*m_db, survey, unit, answers, role, QStringLiteral("x"), &error);
            expectRefused(id.has_value(), error, role, before);
        }
    }

    void councilSetupAndScoresByTheirRoles()
    {
        const qint64 council = scalar(QStringLiteral("SELECT id FROM council_sessions LIMIT 1"));
        QVERIFY(council > 0);
        QString error;
        const auto record = CouncilStore::load(m_db->connection(), council, &error);
        QVERIFY2(record, qPrintable(error));
        const CouncilSession& session = record->session;
        const QString candidate = session.candidates.first().id;
        const QString member = session.members.first().id;
        const QString before = footprint();

        for (const Role role : {Role::SelfAssessor, Role::UnitHead, Role::Appraiser, Role::Administrator}) {
            error.clear();
            expectRefused(CouncilStore::setMemberScore(*m_db, council, candidate, member,
                                                       Decimal::fromInt(50), role, QStringLiteral("x"),
                                                       &error),
                          error, role, before);
        }
        for (const Role role :
             {Role::SelfAssessor, Role::Appraiser, Role::CouncilSecretary, Role::Administrator}) {
            error.clear();
            expectRefused(CouncilStore::setAgreedScore(*m_db, council, candidate, Decimal::fromInt(50), role,
                                                       QStringLiteral("x"), QStringLiteral("chu_tich"),
                                                       &error),
                          error, role, before);
        }
        for (const Role role : {Role::SelfAssessor, Role::UnitHead, Role::Appraiser}) {
            error.clear();
            expectRefused(CouncilStore::addCandidate(*m_db, council, QStringLiteral("TS99"),
                                                     QStringLiteral("Nguyễn Văn Mới"), role,
                                                     QStringLiteral("x"), &error),
                          error, role, before);
            error.clear();
            expectRefused(CouncilStore::addMember(*m_db, council,
                                                  {QStringLiteral("UV99"), QStringLiteral("Lê Văn Mới"),
                                                   QStringLiteral("uy_vien")},
                                                  role, QStringLiteral("x"), &error),
                          error, role, before);
            error.clear();
            expectRefused(CouncilStore::save(*m_db, *record, role, QStringLiteral("x"), &error).has_value(),
                          error, role, before);
        }
        QVERIFY2(CouncilStore::setMemberScore(*m_db, council, candidate, member, Decimal::fromInt(50),
                                              Role::CouncilSecretary, QStringLiteral("x"), &error),
                 qPrintable(error));
    }

    void catalogueOnlyByTheAdministrator()
    {
        Table table;
        table.sourceName = QStringLiteral("don-vi.csv");
        table.header = {QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Loại"),
                        QStringLiteral("Mã đơn vị cấp trên")};
        table.headerNumber = 1;
        table.rows = {{QStringLiteral("XMOI"), QStringLiteral("UBND xã Mới"), QStringLiteral("xã"),
                       QStringLiteral("UBND-LS")}};
        table.rowNumbers = {2};
        const ImportPlan plan = CatalogueImport::planUnits(m_db->connection(), table);
        QVERIFY2(plan.isApplicable(), qPrintable(plan.problemTexts().join(QLatin1Char('\n'))));
        const QString before = footprint();
        for (const Role role : {Role::SelfAssessor, Role::UnitHead, Role::Appraiser, Role::CouncilSecretary,
                                Role::CouncilChair}) {
            QString error;
            expectRefused(CatalogueImport::apply(*m_db, plan, role, QStringLiteral("x"), &error), error, role,
                          before);
        }
        QString error;
        QVERIFY2(CatalogueImport::apply(*m_db, plan, Role::Administrator, QStringLiteral("x"), &error),
                 qPrintable(error));
    }

    void gradesDecidedByWhoApproves()
    {
        const QString campaign = QString::fromLatin1(DemoDatabase::StaffCampaign);
        QSqlQuery query(m_db->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT s.subject_code FROM score_sheets s JOIN campaigns c ON c.id = "
                                      "s.campaign_id WHERE c.code = '%1' LIMIT 1")
                           .arg(campaign)));
        QVERIFY(query.next());
        const QString subject = query.value(0).toString();
        const QString before = footprint();
        for (const Role role :
             {Role::SelfAssessor, Role::Appraiser, Role::CouncilSecretary, Role::CouncilChair}) {
            QString error;
            expectRefused(ClassificationStore::decide(*m_db, campaign, subject, QStringLiteral("HTNV"),
                                                      QStringLiteral("lý do"), QStringLiteral("người duyệt"),
                                                      role, QStringLiteral("x"), &error),
                          error, role, before);
        }
    }

    void approvalOfAStaffSheetByTheUnitHead()
    {
        const qint64 sheet = scalar(QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id "
                                                   "= s.campaign_id WHERE c.code = '%1' AND "
                                                   "s.state = 'appraised' LIMIT 1")
                                        .arg(QString::fromLatin1(DemoDatabase::StaffCampaign)));
        QVERIFY(sheet > 0);
        const QString before = footprint();
        QString error;
        QVERIFY(!SheetTransitions::apply(*m_db, sheet, WorkflowAction::Approve, Role::CouncilChair,
                                         QStringLiteral("x"), {}, &error));
        QVERIFY2(error.contains(Roles::title(Role::UnitHead)), qPrintable(error));
        QCOMPARE(footprint(), before);
        QVERIFY2(SheetTransitions::apply(*m_db, sheet, WorkflowAction::Approve, Role::UnitHead,
                                         QStringLiteral("x"), {}, &error),
                 qPrintable(error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestWritePermissions)

#include "TestWritePermissions.moc"
