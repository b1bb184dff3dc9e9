// SheetEditor: one stored sheet edited one leaf value at a time. Every method's value is stored
// and read back; invalid values, other roles' stages and writes the workflow forbids are refused;
// an appraised value that differs from the self-assessment needs a reason; every write is one
// audited change. Each function starts from a database of its own (SheetFixture) and takes the
// sheet to the stage it needs by the steps the officers take (self-assessed, submitted, appraised).

#include "SheetFixture.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "scoring/SheetScorer.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/EvidenceStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(danhgia::LeafValue)

using namespace danhgia;
using namespace danhgia::test;

using Write = SheetEditor::LeafWrite;

namespace {

const QString Actor = QStringLiteral("Nguyễn Thị Hoa (self_assessor)");
const QString AppraiserActor = QStringLiteral("Lê Văn Nam (appraiser)");

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

} // namespace

class TestSheetEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    SheetFixture m_fixture;

    bool write(SheetEditor& editor, const Write& w, Role role, QString* error)
    {
        return editor.write(w, role, role == Role::SelfAssessor ? Actor : AppraiserActor, error);
    }

    // CV01 self-assessed with every value of SheetFixture::everyValue() (84.46).
    bool selfAssess(QString* error)
    {
        SheetEditor editor(m_db);
        if (!editor.load(m_fixture.sheet, error)) {
            return false;
        }
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            if (!write(editor, {Stage::Self, code, value, {}}, Role::SelfAssessor, error)) {
                return false;
            }
        }
        return true;
    }

    // ... with a scan for 1.1 and an explanation instead of evidence for 2.1, submitted.
    bool submit(QString* error)
    {
        SheetEditor editor(m_db);
        return selfAssess(error) && editor.load(m_fixture.sheet, error)
            && EvidenceStore::attachData(m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                         QStringLiteral("a.pdf"), Actor, error)
            && editor.writeExplanation(QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi lưu tại phòng"),
                                       Role::SelfAssessor, Actor, error)
            && SheetTransitions::apply(m_db, m_fixture.sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                       Actor, {}, error);
    }

    // ... appraised: 1.1 lowered from 8.5 to 6 with its reason, the rest as self-assessed (81.96).
    bool appraise(QString* error)
    {
        SheetEditor editor(m_db);
        return submit(error) && editor.load(m_fixture.sheet, error)
            && write(editor,
                     {Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("6"),
                      QStringLiteral("Hai văn bản phải sửa lại theo ý kiến thẩm định")},
                     Role::Appraiser, error);
    }

private Q_SLOTS:
    // A database of its own for each function (and each data row): CV01 empty, CV02 with 2.3.
    void init()
    {
        m_fixture = SheetFixture();
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("editor-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
        QVERIFY2(m_fixture.populate(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void loadsTheSheetWithItsSet()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(!editor.load(9999, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!editor.isLoaded());
        QVERIFY2(editor.load(m_fixture.sheet, &error), qPrintable(error));
        QCOMPARE(editor.criteriaSet().id, QStringLiteral("every-method"));
        QCOMPARE(editor.criteriaSet().leaves().size(), 8);
        QCOMPARE(editor.subject().name, QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(editor.period(), QStringLiteral("2026-05"));
        QCOMPARE(editor.campaignCode(), QStringLiteral("KT2026"));
        QCOMPARE(editor.state(), SheetState::Draft);
        QVERIFY(!editor.hasValues(Stage::Self));
        // Eight values and two required pieces of evidence are missing.
        const SubmissionReadiness readiness = editor.readiness();
        QVERIFY(!readiness.isReady());
        QCOMPARE(readiness.problems().size(), 10);
        // The relative leaf is compared with CV02's 8 until CV01 gives more.
        QCOMPARE(editor.relativeBests(Stage::Self)[editor.criteriaSet().indexOf(QStringLiteral("2.3"))],
                 Decimal::fromInt(8));
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<LeafValue>("value");
        QTest::newRow("off step") << QStringLiteral("1.1") << SheetFixture::points("8.3");
        QTest::newRow("above max") << QStringLiteral("1.1") << SheetFixture::points("10.5");
        QTest::newRow("wrong kind") << QStringLiteral("1.2") << SheetFixture::count(1);
        QTest::newRow("no such level") << QStringLiteral("1.3") << SheetFixture::level(4);
        QTest::newRow("negative count") << QStringLiteral("1.4") << SheetFixture::count(-1);
        QTest::newRow("done above total") << QStringLiteral("2.1") << SheetFixture::ratio(11, 10);
        QTest::newRow("na not allowed") << QStringLiteral("2.1") << SheetFixture::notApplicable();
        QTest::newRow("group") << QStringLiteral("1") << SheetFixture::points("1");
        QTest::newRow("unknown code") << QStringLiteral("9.9") << SheetFixture::points("1");
    }

    void refusesInvalidValues()
    {
        QFETCH(QString, code);
        QFETCH(LeafValue, value);
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        const Write w{Stage::Self, code, value, {}};
        QVERIFY(!editor.refusal(w, Role::SelfAssessor).isEmpty());
        QVERIFY(!write(editor, w, Role::SelfAssessor, &error));
        QVERIFY2(error.contains(code), qPrintable(error));
        QCOMPARE(
            scalar(
                m_db,
                QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE sheet_id = %1").arg(m_fixture.sheet)),
            0);
    }

    void refusesAnotherRolesStage()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(!write(editor, {Stage::Self, QStringLiteral("1.1"), SheetFixture::points("5"), {}},
                       Role::Appraiser, &error));
        QVERIFY2(error.contains(Roles::title(Role::Appraiser)), qPrintable(error));
        // The appraisal does not start before the self-assessment is submitted.
        QVERIFY(!write(
            editor, {Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("5"), QStringLiteral("x")},
            Role::Appraiser, &error));
        QVERIFY(!editor.refuseStage(Stage::Appraised, Role::Appraiser).isEmpty());
        QVERIFY(editor.refuseStage(Stage::Self, Role::SelfAssessor).isEmpty());
        // A staff campaign: the unit head decides, so he neither self-assesses nor appraises these
        // sheets; the final scores are his.
        QCOMPARE(editor.policy(), ApprovalPolicy::forKind(QStringLiteral("staff")));
        QVERIFY(!editor.refuseStage(Stage::Self, Role::UnitHead).isEmpty());
        QVERIFY(!write(editor, {Stage::Self, QStringLiteral("1.1"), SheetFixture::points("5"), {}},
                       Role::UnitHead, &error));
        QVERIFY2(error.contains(Roles::title(Role::UnitHead)), qPrintable(error));
        QCOMPARE(editor.rolesFor(Stage::Final), QList<Role>{Role::UnitHead});
        QCOMPARE(editor.rolesFor(Stage::Self), QList<Role>{Role::SelfAssessor});
    }

    void storesEveryMethod()
    {
        SheetEditor editor(m_db);
        QString error;
        QVERIFY(editor.load(m_fixture.sheet, &error));
        const qint64 audits = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 outbox = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            QVERIFY2(write(editor, {Stage::Self, code, value, {}}, Role::SelfAssessor, &error),
                     qPrintable(error));
            QVERIFY(SheetEditor::sameValue(editor.value(Stage::Self, code), value));
        }
        // Writing the same value again changes nothing and records nothing.
        QVERIFY(write(editor, {Stage::Self, QStringLiteral("1.1"), SheetFixture::points("8.5"), {}},
                      Role::SelfAssessor, &error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits + 8);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox + 8);
        QCOMPARE(text(m_db,
                      QStringLiteral("SELECT value FROM sheet_values WHERE code = '2.1' AND stage = 'self'")),
                 QStringLiteral("{\"done\":9,\"total\":10}"));
        QCOMPARE(text(m_db, QStringLiteral("SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral(
                     "{\"change_reason\":\"\",\"code\":\"2.4\",\"stage\":\"self\",\"value\":{\"items\":[{"
                     "\"delays\":0,\"done\":true,\"excused\":false,\"quality_failures\":0,\"title\":\"Báo "
                     "cáo tháng\",\"weight\":1},{\"delays\":0,\"done\":true,\"excused\":false,"
                     "\"quality_failures\":1,\"title\":\"Thẩm định hồ sơ\",\"weight\":1}]}}"));
        QVERIFY(AuditLog::verify(m_db.connection()).ok);

        // Read back by another editor and scored: 84.46 of 100.
        SheetEditor reread(m_db);
        QVERIFY(reread.load(m_fixture.sheet, &error));
        for (const auto& [code, value] : SheetFixture::everyValue()) {
            QVERIFY2(SheetEditor::sameValue(reread.value(Stage::Self, code), value), qPrintable(code));
        }
        const SheetScorer scorer(reread.criteriaSet());
        const SubjectResult result
            = scorer.score(reread.sheet(Stage::Self), reread.relativeBests(Stage::Self));
        QCOMPARE(result.total, *Decimal::fromString(QStringLiteral("84.46")));
        QCOMPARE(result.max, Decimal::fromInt(100));
        QVERIFY(result.complete);
    }

    void removesAndRestoresASelfValue()
    {
        QString error;
        QVERIFY2(selfAssess(&error), qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(write(editor, {Stage::Self, QStringLiteral("2.2"), std::nullopt, {}}, Role::SelfAssessor,
                      &error));
        QVERIFY(!editor.value(Stage::Self, QStringLiteral("2.2")));
        QCOMPARE(
            scalar(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE code = '2.2' AND sheet_id = %1")
                       .arg(m_fixture.sheet)),
            0);
        QVERIFY(write(editor, {Stage::Self, QStringLiteral("2.2"), SheetFixture::notApplicable(), {}},
                      Role::SelfAssessor, &error));
        QVERIFY(write(editor, {Stage::Self, QStringLiteral("2.2"), SheetFixture::ratio(3, 4), {}},
                      Role::SelfAssessor, &error));
        QCOMPARE(text(m_db, QStringLiteral("SELECT old_value FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral(
                     "{\"change_reason\":\"\",\"code\":\"2.2\",\"stage\":\"self\",\"value\":{\"na\":true}}"));
    }

    void submissionNeedsEvidenceOrExplanation()
    {
        QString error;
        QVERIFY2(selfAssess(&error), qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QCOMPARE(editor.readiness().problems().size(), 2);
        QVERIFY(!SheetTransitions::apply(m_db, m_fixture.sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                         Actor, {}, &error));
        QVERIFY(EvidenceStore::attachData(m_db, m_fixture.sheet, QStringLiteral("1.1"), "scan",
                                          QStringLiteral("a.pdf"), Actor, &error));
        QVERIFY(editor.reloadEvidence(&error));
        QCOMPARE(editor.evidenceCount(QStringLiteral("1.1")), 1);
        QVERIFY(!editor.writeExplanation(QStringLiteral("2.1"), QStringLiteral("x"), Role::Appraiser,
                                         AppraiserActor, &error));
        QVERIFY2(editor.writeExplanation(QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi lưu tại phòng"),
                                         Role::SelfAssessor, Actor, &error),
                 qPrintable(error));
        QVERIFY(editor.readiness().isReady());
        QVERIFY2(SheetTransitions::apply(m_db, m_fixture.sheet, WorkflowAction::Submit, Role::SelfAssessor,
                                         Actor, {}, &error),
                 qPrintable(error));
        // Submitted: the self-assessment is frozen.
        QVERIFY(!write(editor, {Stage::Self, QStringLiteral("1.1"), SheetFixture::points("9"), {}},
                       Role::SelfAssessor, &error));
        QCOMPARE(editor.state(), SheetState::Submitted);
        QVERIFY(!editor.refuseStage(Stage::Self, Role::SelfAssessor).isEmpty());
    }

    void appraisalNeedsAReasonForEachChange()
    {
        QString error;
        QVERIFY2(submit(&error), qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(editor.refuseStage(Stage::Appraised, Role::Appraiser).isEmpty());
        const Write noReason{Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("6"), {}};
        QVERIFY(editor.needsReason(noReason));
        QVERIFY(!editor.refusal(noReason, Role::Appraiser).isEmpty());
        QVERIFY(!write(editor, noReason, Role::Appraiser, &error));
        QVERIFY2(error.contains(QStringLiteral("1.1")), qPrintable(error));
        QVERIFY(
            !write(editor,
                   {Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("6"), QStringLiteral("  ")},
                   Role::Appraiser, &error));
        QVERIFY(!editor.hasValues(Stage::Appraised));

        // The same value as self-assessed needs no reason; the first write starts the appraisal
        // from a copy of the self-assessment.
        QVERIFY2(write(editor, {Stage::Appraised, QStringLiteral("1.2"), SheetFixture::yes(true), {}},
                       Role::Appraiser, &error),
                 qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sheet_values WHERE stage = 'appraised'")),
                 8);
        QCOMPARE(editor.sheet(Stage::Appraised).values.size(), 8);
        QVERIFY(text(m_db, QStringLiteral("SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1"))
                    .contains(QStringLiteral("\"values\":{")));

        const QString reason = QStringLiteral("Hai văn bản phải sửa lại theo ý kiến thẩm định");
        QVERIFY2(write(editor, {Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("6"), reason},
                       Role::Appraiser, &error),
                 qPrintable(error));
        QCOMPARE(editor.changeReason(Stage::Appraised, QStringLiteral("1.1")), reason);
        QCOMPARE(text(m_db,
                      QStringLiteral("SELECT change_reason FROM sheet_values WHERE code = '1.1' AND stage = "
                                     "'appraised'")),
                 reason);
        QCOMPARE(text(m_db, QStringLiteral("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1")), reason);
        // An appraised value cannot be removed, only set back.
        QVERIFY(!write(editor, {Stage::Appraised, QStringLiteral("1.1"), std::nullopt, {}}, Role::Appraiser,
                       &error));
        QVERIFY(write(
            editor, {Stage::Appraised, QStringLiteral("1.3"), SheetFixture::level(2), QStringLiteral("Chậm")},
            Role::Appraiser, &error));
        QVERIFY(write(editor, {Stage::Appraised, QStringLiteral("1.3"), SheetFixture::level(1), {}},
                      Role::Appraiser, &error));
        QCOMPARE(editor.changeReason(Stage::Appraised, QStringLiteral("1.3")), QString());
        QVERIFY(AuditLog::verify(m_db.connection()).ok);
    }

    void reloadShowsEveryStage()
    {
        QString error;
        QVERIFY2(appraise(&error), qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(SheetEditor::sameValue(editor.value(Stage::Self, QStringLiteral("1.1")),
                                       SheetFixture::points("8.5")));
        QVERIFY(SheetEditor::sameValue(editor.value(Stage::Appraised, QStringLiteral("1.1")),
                                       SheetFixture::points("6")));
        QCOMPARE(editor.changeReason(Stage::Appraised, QStringLiteral("1.1")),
                 QStringLiteral("Hai văn bản phải sửa lại theo ý kiến thẩm định"));
        QCOMPARE(editor.explanation(QStringLiteral("2.1")), QStringLiteral("Sổ theo dõi lưu tại phòng"));
        QCOMPARE(editor.evidenceCount(QStringLiteral("1.1")), 1);
        QCOMPARE(editor.effectiveSheet(Stage::Final).stage, Stage::Appraised);
        const SheetScorer scorer(editor.criteriaSet());
        QCOMPARE(scorer.score(editor.sheet(Stage::Appraised), editor.relativeBests(Stage::Appraised)).total,
                 *Decimal::fromString(QStringLiteral("81.96")));
    }

    void approvedSheetsDoNotChange()
    {
        QString error;
        QVERIFY2(appraise(&error), qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY(editor.load(m_fixture.sheet, &error));
        QVERIFY(SheetTransitions::apply(m_db, m_fixture.sheet, WorkflowAction::Appraise, Role::Appraiser,
                                        AppraiserActor, {}, &error));
        QVERIFY(SheetTransitions::apply(m_db, m_fixture.sheet, WorkflowAction::Approve, Role::UnitHead,
                                        QStringLiteral("Chủ tịch"), {}, &error));
        // The editor finds the new state in the database, even before reloadState().
        QVERIFY(!write(
            editor, {Stage::Appraised, QStringLiteral("1.1"), SheetFixture::points("7"), QStringLiteral("x")},
            Role::Appraiser, &error));
        QCOMPARE(editor.state(), SheetState::Approved);
        QVERIFY(SheetEditor::sameValue(editor.value(Stage::Appraised, QStringLiteral("1.1")),
                                       SheetFixture::points("6")));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSheetEditor)
#include "TestSheetEditor.moc"
