// The appraisal council of a campaign kept in the database (sources/AppraisalCouncilDetails): saved
// beside the chair and secretary who sign its minutes without either wiping the other, refused
// for a role that does not set up councils and when it is wrong, put into a unit's minutes (members,
// conclusion, the founding decision replacing the blank basis line); the campaign's appraised
// sheets listed (AppraisalMinutesSource::appraisedSheets).

#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "demo/DemoDatabase.h"
#include "documentdata/DocumentWording.h"
#include "documents/AppraisalMinutes.h"
#include "sources/AppraisalCouncilDetails.h"
#include "sources/AppraisalCouncilSigners.h"
#include "sources/AppraisalMinutesSource.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace danhgia;

namespace {

const QString Campaign = QString::fromLatin1(DemoDatabase::ParCampaign);

AppraisalCouncil council()
{
    AppraisalCouncil c;
    c.decisionNumber = QStringLiteral("125/QĐ-UBND");
    c.decisionDate = QDate(2026, 1, 5);
    c.decisionSigner = QStringLiteral("Chủ tịch UBND tỉnh Lạng Sơn");
    c.members = {{QStringLiteral("Hoàng Văn Thụ"), QStringLiteral("Chủ tịch Hội đồng"), true},
                 {QStringLiteral("Lý Văn Sơn"), QStringLiteral("Ủy viên"), false}};
    c.conclusion = QStringLiteral("Thống nhất kết quả thẩm định.");
    return c;
}

} // namespace

class TestAppraisalCouncilDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_copies = 0;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(m_demoPath, &error), qPrintable(error));
    }

    void init()
    {
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demoPath, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(m_db.open(copy, &error), qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void theCouncilAndItsSignersKeepEachOther()
    {
        QString error;
        DocumentSettings signers = AppraisalMinutes::defaultSettings(QDate(2026, 1, 20));
        signers.chair.name = QStringLiteral("Hoàng Văn Thụ");
        QVERIFY2(AppraisalCouncilSigners::save(m_db, Campaign, signers, QStringLiteral("tester"), &error),
                 qPrintable(error));
        QVERIFY2(AppraisalCouncilDetails::save(m_db, Campaign, council(), Role::Administrator,
                                               QStringLiteral("tester"), &error),
                 qPrintable(error));
        signers.secretary.name = QStringLiteral("Bế Thị Thanh Hoa");
        QVERIFY2(AppraisalCouncilSigners::save(m_db, Campaign, signers, QStringLiteral("tester"), &error),
                 qPrintable(error));

        const auto stored = AppraisalCouncilDetails::load(m_db.connection(), Campaign, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->toJson(), council().toJson());
        const auto kept
            = AppraisalCouncilSigners::load(m_db.connection(), Campaign, DocumentSettings(), &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->chair.name, QStringLiteral("Hoàng Văn Thụ"));
        QCOMPARE(kept->secretary.name, QStringLiteral("Bế Thị Thanh Hoa"));
        QCOMPARE(danhgia::test::countRows(m_db.path(),
                                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                                         "'appraisal_councils' AND new_value LIKE "
                                                         "'%125/QĐ-UBND%'")),
                 2);
    }

    void aWrongCouncilOrRoleWritesNothing()
    {
        QString error;
        AppraisalCouncil wrong = council();
        wrong.decisionDate = QDate();
        QVERIFY(!AppraisalCouncilDetails::save(m_db, Campaign, wrong, Role::Administrator,
                                               QStringLiteral("tester"), &error));
        QVERIFY2(error.contains(QStringLiteral("125/QĐ-UBND")), qPrintable(error));
        error.clear();
        QVERIFY(!AppraisalCouncilDetails::save(m_db, Campaign, council(), Role::SelfAssessor,
                                               QStringLiteral("tester"), &error));
        QVERIFY(!error.isEmpty());
        const auto stored = AppraisalCouncilDetails::load(m_db.connection(), Campaign, &error);
        QVERIFY(stored && stored->members.isEmpty());
    }

    void theMinutesTakeTheCouncil()
    {
        AppraisalMinutesInput input;
        DocumentSettings settings = AppraisalMinutes::defaultSettings(QDate(2026, 1, 20));
        QVERIFY(settings.basis.contains(DocumentWording::text("appraisal.default_basis")));
        AppraisalCouncilDetails::applyTo(council(), &input, &settings);
        QCOMPARE(input.members.size(), 2);
        QVERIFY(!input.members.at(1).present);
        QCOMPARE(input.conclusion, council().conclusion);
        QVERIFY2(settings.basis.startsWith(QStringLiteral("Quyết định số 125/QĐ-UBND ngày 05/01/2026")),
                 qPrintable(settings.basis));
        QVERIFY(!settings.basis.contains(DocumentWording::text("appraisal.default_basis")));
        // Applied twice: the decision is not repeated.
        AppraisalCouncilDetails::applyTo(council(), &input, &settings);
        QCOMPARE(settings.basis.count(QStringLiteral("125/QĐ-UBND")), 1);
        // A council not set up changes nothing.
        AppraisalMinutesInput untouched;
        DocumentSettings same = AppraisalMinutes::defaultSettings(QDate(2026, 1, 20));
        AppraisalCouncilDetails::applyTo(AppraisalCouncil(), &untouched, &same);
        QVERIFY(untouched.members.isEmpty());
        QCOMPARE(same.basis, AppraisalMinutes::defaultSettings(QDate(2026, 1, 20)).basis);
    }

    void onlyAppraisedSheetsAreListed()
    {
        QString error;
        const auto appraised = AppraisalMinutesSource::appraisedSheets(m_db.connection(), Campaign, &error);
        QVERIFY2(appraised, qPrintable(error));
        QVERIFY(!appraised->isEmpty());
        QCOMPARE(qint64(appraised->size()),
                 danhgia::test::countRows(
                     m_db.path(),
                     QStringLiteral("SELECT COUNT(DISTINCT v.sheet_id) FROM sheet_values v JOIN "
                                    "score_sheets s ON s.id = v.sheet_id JOIN campaigns c ON c.id "
                                    "= s.campaign_id WHERE c.code = 'CCHC-2026' AND v.stage = "
                                    "'appraised'")));
        QVERIFY(danhgia::test::countRows(m_db.path(),
                                         QStringLiteral("SELECT COUNT(*) FROM score_sheets s JOIN "
                                                        "campaigns c ON c.id = s.campaign_id WHERE "
                                                        "c.code = 'CCHC-2026'"))
                > appraised->size());
        QVERIFY(
            !AppraisalMinutesSource::appraisedSheets(m_db.connection(), QStringLiteral("KHONG-CO"), &error));
        QVERIFY(error.contains(QStringLiteral("KHONG-CO")));
    }
};

DANHGIA_TEST_MAIN_BODY(QGuiApplication, TestAppraisalCouncilDetails)
#include "TestAppraisalCouncilDetails.moc"
