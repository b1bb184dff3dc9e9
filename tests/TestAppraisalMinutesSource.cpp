// The appraisal minutes' input read from the database (the desktop app prints them from there):
// on the demo database, the PAR campaign's appraised department sheets with the reasons the
// appraiser gave, scored as the campaign's results score them; a sheet not appraised yet is
// refused with a message.

#include "PdfProbe.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalMinutes.h"
#include "documents/DocumentRenderer.h"
#include "queries/CampaignResults.h"
#include "services/SheetEditor.h"
#include "sources/AppraisalMinutesSource.h"

#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using danhgia::test::PdfProbe;

namespace {

const QString Campaign = QString::fromLatin1(DemoDatabase::ParCampaign);
const QString Period = QStringLiteral("2026");

} // namespace

class TestAppraisalMinutesSource : public QObject
{
    Q_OBJECT

private:
    std::optional<AppraisalMinutesInput> load(const QString& unit, QString* error)
    {
        const auto sheetId
            = AppraisalMinutesSource::findSheet(m_db.connection(), Campaign, unit, Period, error);
        if (!sheetId) {
            return std::nullopt;
        }
        return AppraisalMinutesSource::load(m_db, *sheetId, error);
    }

    QTemporaryDir m_dir;
    QString m_demoPath; // built once, copied for each function
    int m_copies = 0;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
    }

    // A copy of the demo database of its own for each function.
    void init()
    {
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demoPath, copy));
        QString error;
        QVERIFY2(m_db.open(copy, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void appraisedSheetsCarryTheAppraisersReasons_data()
    {
        QTest::addColumn<QString>("unit");
        // Approved, and appraised: each with changed criteria.
        QTest::newRow("SNV") << QStringLiteral("SNV");
        QTest::newRow("STC") << QStringLiteral("STC");
        QTest::newRow("SYT") << QStringLiteral("SYT");
    }
    void appraisedSheetsCarryTheAppraisersReasons()
    {
        QFETCH(QString, unit);
        QString error;
        const auto input = load(unit, &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->self.subject.id, unit);
        QCOMPARE(input->appraised.subject.id, unit);
        QVERIFY(!input->self.values.isEmpty());
        QVERIFY(!AppraisalComparison::check(*input).hasErrors());
        const AppraisalComparison comparison(*input);
        QVERIFY(!comparison.changedLeaves().isEmpty());
        // Every criterion the appraisal changed has a reason: the one typed with the value, or the
        // one recorded in the audit trail with the appraisal; a value the appraisal kept takes none
        // (a changed value may keep its points: a ratio still in the same band).
        for (const int leaf : comparison.changedLeaves()) {
            const QString code = input->set.node(leaf).code;
            QVERIFY2(!comparison.reason(leaf).isEmpty(), qPrintable(code));
        }
        for (auto it = input->reasons.cbegin(); it != input->reasons.cend(); ++it) {
            const auto self = input->self.values.constFind(it.key());
            const auto appraised = input->appraised.values.constFind(it.key());
            QVERIFY(self != input->self.values.cend() && appraised != input->appraised.values.cend());
            QVERIFY2(!SheetEditor::sameValue(*self, *appraised), qPrintable(it.key()));
        }
        // The appraisal is what the campaign's results are computed from (no final scores yet).
        const auto results = CampaignResults::compute(m_db.connection(), Campaign, false, &error);
        QVERIFY2(results, qPrintable(error));
        bool found = false;
        for (const SubjectResult& result : results->result.results) {
            if (result.subjectId == unit) {
                found = true;
                QCOMPARE(comparison.appraised().total, result.total);
                QCOMPARE(comparison.appraised().index, result.index);
            }
        }
        QVERIFY(found);
    }

    void reasonsFromTheAuditTrailNameTheChangedCriteria()
    {
        // The demo appraises the Department of Home Affairs in one step: each criterion it lowered
        // has its reason stored with the value, and the step's reason in the audit trail names them.
        QString error;
        const auto input = load(QStringLiteral("SNV"), &error);
        QVERIFY2(input, qPrintable(error));
        const AppraisalComparison comparison(*input);
        QVERIFY(!comparison.changedLeaves().isEmpty());
        for (const int leaf : comparison.changedLeaves()) {
            QVERIFY2(input->reasons.contains(input->set.node(leaf).code),
                     qPrintable(input->set.node(leaf).code));
        }
        // A value stored without its reason (by an older version) takes the one of the trail.
        const auto sheetId = AppraisalMinutesSource::findSheet(m_db.connection(), Campaign,
                                                               QStringLiteral("SNV"), Period, &error);
        QVERIFY2(sheetId, qPrintable(error));
        QSqlQuery clear(m_db.connection());
        QVERIFY(clear.exec(
            QStringLiteral("UPDATE sheet_values SET change_reason = '' WHERE sheet_id = %1").arg(*sheetId)));
        const auto older = load(QStringLiteral("SNV"), &error);
        QVERIFY2(older, qPrintable(error));
        const AppraisalComparison olderComparison(*older);
        for (const int leaf : olderComparison.changedLeaves()) {
            QVERIFY2(olderComparison.reason(leaf).contains(older->set.node(leaf).code),
                     qPrintable(olderComparison.reason(leaf)));
        }
    }

    void theSurveysReasonIsStoredWithItsValue()
    {
        // The survey of criterion 8.1 put its points into the appraisal, with its own reason.
        QString error;
        const auto input = load(QStringLiteral("STC"), &error);
        QVERIFY2(input, qPrintable(error));
        const AppraisalComparison comparison(*input);
        const int survey = input->set.indexOf(QStringLiteral("8.1"));
        QVERIFY(comparison.changed(survey));
        QVERIFY2(comparison.reason(survey).contains(QStringLiteral("Khảo sát sự hài lòng của người dân")),
                 qPrintable(comparison.reason(survey)));
    }

    void aReasonTypedWithTheValueComesFirst()
    {
        // The department of education is submitted: the appraiser changes 1.4 in the sheet form.
        QString error;
        const auto sheetId = AppraisalMinutesSource::findSheet(m_db.connection(), Campaign,
                                                               QStringLiteral("SGDDT"), QString(), &error);
        QVERIFY2(sheetId, qPrintable(error));
        SheetEditor editor(m_db);
        QVERIFY2(editor.load(*sheetId, &error), qPrintable(error));
        const auto before = editor.effectiveValue(Stage::Appraised, QStringLiteral("1.4"));
        QVERIFY(before);
        LeafValue lowered = *before;
        lowered.number = before->number.isZero() ? Decimal::fromUnits(2500) : Decimal();
        const QString typed
            = QStringLiteral("Chưa có tài liệu kiểm chứng về tuyên truyền trên Cổng thông tin");
        QVERIFY2(editor.write({Stage::Appraised, QStringLiteral("1.4"), lowered, typed}, Role::Appraiser,
                              QStringLiteral("Nông Thị Hạnh (appraiser)"), &error),
                 qPrintable(error));
        const auto input = AppraisalMinutesSource::load(m_db, *sheetId, &error);
        QVERIFY2(input, qPrintable(error));
        QCOMPARE(input->reasons.value(QStringLiteral("1.4")), typed);
        const AppraisalComparison comparison(*input);
        QVERIFY(comparison.changed(input->set.indexOf(QStringLiteral("1.4"))));
    }

    void aSheetWithoutAppraisalIsRefused()
    {
        // The last department's self-assessment is still a draft.
        QString error;
        const auto input = load(QStringLiteral("SNNMT"), &error);
        QVERIFY(!input);
        QVERIFY2(error.contains(QStringLiteral("Sở Nông nghiệp và Môi trường")), qPrintable(error));
        QVERIFY(!load(QStringLiteral("KHONG-CO"), &error));
        QVERIFY2(error.contains(QStringLiteral("KHONG-CO")), qPrintable(error));
    }

    void minutesPrintFromTheDatabase()
    {
        QString error;
        auto input = load(QStringLiteral("STC"), &error);
        QVERIFY2(input, qPrintable(error));
        input->members = {{QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("Chủ tịch Hội đồng"), true},
                          {QStringLiteral("Lăng Thị Phượng"), QStringLiteral("Ủy viên"), true},
                          {QStringLiteral("Bế Thị Thanh Hoa"), QStringLiteral("Thư ký"), false}};
        const PrintableDocument document
            = AppraisalMinutes::compose(*input, AppraisalMinutes::defaultSettings(QDate(2026, 12, 10)));
        const QString path = PdfProbe::outputPath(m_dir, QStringLiteral("appraisal-stc.pdf"));
        int pages = 0;
        QVERIFY2(DocumentRenderer::writePdf(document, path, &error, &pages), qPrintable(error));
        QVERIFY(pages >= 2);
        const QString text = PdfProbe(path).flatText();
        QVERIFY(text.contains(QStringLiteral("của Sở Tài chính")));
        QVERIFY(text.contains(QStringLiteral("Thành viên Hội đồng có mặt: 2/3 thành viên")));
        const AppraisalComparison comparison(*input);
        for (const int leaf : comparison.changedLeaves()) {
            QVERIFY2(text.contains(input->set.node(leaf).title), qPrintable(input->set.node(leaf).code));
        }
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestAppraisalMinutesSource)
#include "TestAppraisalMinutesSource.moc"
