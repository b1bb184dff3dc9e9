// Pulled surveys, questionnaires (survey_responses), grade decisions, document settings and
// appraisal councils are written here (core/storage/sync/PulledPageApplier): references turned from
// UUIDs into local ids, a row recorded here before the link found by its unique key and given the
// server's UUID, a tombstone deleting the row, nothing written to the outbox or the audit trail.

#include "PulledChange.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "sync/PulledPageApplier.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

namespace {

const QString SetUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000001");
const QString CampaignUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000002");
const QString UnitUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000003");
const QString SurveyUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000004");
const QString ResponseUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000005");
const QString DecisionUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000006");
const QString SettingsUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000007");
const QString CouncilUuid = QStringLiteral("7a0c3d1e-0000-4000-8000-000000000008");

QJsonObject surveyData(const QString& title)
{
    return {{QStringLiteral("campaign_uuid"), CampaignUuid},
            {QStringLiteral("title"), title},
            {QStringLiteral("criterion_code"), QStringLiteral("1.1")},
            {QStringLiteral("criteria"), QStringLiteral("[\"1.1\"]")},
            {QStringLiteral("planned_sample"), 30},
            {QStringLiteral("unit_plans"), QStringLiteral("{}")},
            {QStringLiteral("questions"), QStringLiteral("[]")}};
}

// The province's rows, newest page first as a server may send them: every row after a row it names
// is sorted by the applier.
QJsonArray page()
{
    QJsonArray rows{
        pulledChange(QStringLiteral("survey_responses"), ResponseUuid, 9,
                     {{QStringLiteral("survey_uuid"), SurveyUuid},
                      {QStringLiteral("unit_uuid"), UnitUuid},
                      {QStringLiteral("answers"), QStringLiteral("{\"q1\":4}")}}),
        pulledChange(QStringLiteral("surveys"), SurveyUuid, 8,
                     surveyData(QStringLiteral("Khảo sát hài lòng"))),
        pulledChange(QStringLiteral("grade_decisions"), DecisionUuid, 7,
                     {{QStringLiteral("campaign_uuid"), CampaignUuid},
                      {QStringLiteral("subject_code"), QStringLiteral("XCL")},
                      {QStringLiteral("grade"), QStringLiteral("hoan_thanh_tot")},
                      {QStringLiteral("computed_grade"), QStringLiteral("hoan_thanh_xuat_sac")},
                      {QStringLiteral("is_override"), 1},
                      {QStringLiteral("reason"), QStringLiteral("Vượt tỷ lệ 20%")},
                      {QStringLiteral("approver"), QStringLiteral("Chủ tịch UBND tỉnh")}}),
        pulledChange(QStringLiteral("document_settings"), SettingsUuid, 6,
                     {{QStringLiteral("unit_uuid"), UnitUuid},
                      {QStringLiteral("unit_code"), QStringLiteral("XCL")},
                      {QStringLiteral("settings"), QStringLiteral("{\"place\":\"Chi Lăng\"}")}}),
        pulledChange(QStringLiteral("appraisal_councils"), CouncilUuid, 5,
                     {{QStringLiteral("campaign_uuid"), CampaignUuid},
                      {QStringLiteral("campaign_code"), QStringLiteral("CCHC-XA")},
                      {QStringLiteral("settings"), QStringLiteral("{\"chair\":\"Nguyễn Văn An\"}")}}),
        pulledChange(QStringLiteral("units"), UnitUuid, 4,
                     {{QStringLiteral("code"), QStringLiteral("XCL")},
                      {QStringLiteral("name"), QStringLiteral("Xã Chi Lăng")},
                      {QStringLiteral("kind"), QStringLiteral("commune")},
                      {QStringLiteral("parent_uuid"), QJsonValue()}})};
    for (const QJsonValue& row : pulledCampaignAndSet(CampaignUuid, SetUuid)) {
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestPulledTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 count(const QString& sql) const { return countRows(m_db->path(), sql); }
    QString text(const QString& sql) const { return firstText(m_db->connection(), sql); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("pulled.sqlite")), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyRemainingTableIsWrittenWithLocalIds()
    {
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply(page(), 9, &result, &error), qPrintable(error));
        QCOMPARE(result.received, 8);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.parked, 0);
        QCOMPARE(text(QStringLiteral("SELECT c.code || '|' || s.title || '|' || s.planned_sample || '|' || "
                                     "s.server_version FROM surveys s JOIN campaigns c ON c.id = "
                                     "s.campaign_id WHERE s.uuid = '%1'")
                          .arg(SurveyUuid)),
                 QStringLiteral("CCHC-XA|Khảo sát hài lòng|30|8"));
        QCOMPARE(
            text(QStringLiteral("SELECT s.title || '|' || u.code || '|' || r.answers FROM survey_responses r "
                                "JOIN surveys s ON s.id = r.survey_id JOIN units u ON u.id = r.unit_id")),
            QStringLiteral("Khảo sát hài lòng|XCL|{\"q1\":4}"));
        QCOMPARE(
            text(QStringLiteral("SELECT c.code || '|' || g.subject_code || '|' || g.grade || '|' || "
                                "g.is_override || '|' || g.reason FROM grade_decisions g JOIN campaigns c "
                                "ON c.id = g.campaign_id")),
            QStringLiteral("CCHC-XA|XCL|hoan_thanh_tot|1|Vượt tỷ lệ 20%"));
        QCOMPARE(
            text(QStringLiteral("SELECT u.code || '|' || d.settings FROM document_settings d JOIN units u ON "
                                "u.id = d.unit_id")),
            QStringLiteral("XCL|{\"place\":\"Chi Lăng\"}"));
        QCOMPARE(text(QStringLiteral("SELECT c.code || '|' || a.settings FROM appraisal_councils a JOIN "
                                     "campaigns c ON c.id = a.campaign_id")),
                 QStringLiteral("CCHC-XA|{\"chair\":\"Nguyễn Văn An\"}"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void responseBeforeItsSurveyIsParkedThenApplied()
    {
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QJsonArray first = page();
        const QJsonValue survey = first.takeAt(1); // the survey comes on the next page
        QVERIFY2(applier.apply(first, 7, &result, &error), qPrintable(error));
        QCOMPARE(result.parked, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_responses")), 0);
        QVERIFY2(applier.apply({survey}, 9, &result, &error), qPrintable(error));
        QCOMPARE(result.parked, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_responses")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
    }

    void surveyMadeHereBeforeTheLinkTakesTheServersUuid()
    {
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QJsonArray first = page();
        first.removeAt(1);
        first.removeAt(0);
        QVERIFY2(applier.apply(first, 7, &result, &error), qPrintable(error));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO surveys (campaign_id, title, criterion_code, criteria, planned_sample, "
            "unit_plans, questions, uuid) SELECT id, 'Khảo sát hài lòng', '1.1', '[\"1.1\"]', "
            "30, '{}', '[]', 'local-survey' FROM campaigns")));
        QVERIFY2(applier.apply({page().at(1)}, 8, &result, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM surveys")), 1);
        QCOMPARE(text(QStringLiteral("SELECT uuid FROM surveys")), SurveyUuid);
        QCOMPARE(count(QStringLiteral("SELECT server_version FROM surveys")), 8);
    }

    void tombstoneDeletesAPulledResponseAndDecision()
    {
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply(page(), 9, &result, &error), qPrintable(error));
        QVERIFY2(applier.apply({pulledChange(QStringLiteral("survey_responses"), ResponseUuid, 10, {}),
                                pulledChange(QStringLiteral("grade_decisions"), DecisionUuid, 11, {})},
                               11, &result, &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_responses")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM grade_decisions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM surveys")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestPulledTables)
#include "TestPulledTables.moc"
