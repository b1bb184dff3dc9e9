// The client's edge of the sync (core/storage/sync): the outbox read as wire operations (UUIDs for
// local ids, an op_id unique in the database, the base version), the server's outcomes recorded
// (applied, refused with its Vietnamese reason, conflict), pulled pages applied with the cursor in
// one transaction without writing the outbox, a pulled change against an unacknowledged local edit
// kept as a conflict, a person's flags, a unit's raised ceiling and a council's examination
// applied with their local ids, and schema 5 upgraded to 10.

#include "PulledChange.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "database/SyncedTable.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/QuotaCeilingStore.h"
#include "stores/SheetStore.h"
#include "sync/PulledPageApplier.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestSyncEdge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sheetId = 0;

    qint64 count(const QString& sql) const { return countRows(m_db->path(), sql); }
    QString text(const QString& sql) const { return firstText(m_db->connection(), sql); }
    // A criteria set, a campaign on it and a sheet with its values, written through the stores.
    bool createSheet(QString* error)
    {
        return m_db->transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(
                    m_db->connection(), readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                    QStringLiteral("admin"), &issues, e);
                const auto campaign = set ? CampaignStore::ensure(m_db->connection(),
                                                                  {0,
                                                                   QStringLiteral("CCHC-2026"),
                                                                   QStringLiteral("Chỉ số CCHC"),
                                                                   QStringLiteral("par_index"),
                                                                   *set,
                                                                   {},
                                                                   {},
                                                                   QString(),
                                                                   QString()},
                                                                  QStringLiteral("admin"), e)
                                          : std::nullopt;
                const ScoreSheet sheet = ScoreSheetReader::read(
                    readData(QStringLiteral("examples/cchc/SNV.scores.json")), &issues);
                const auto id = campaign ? SheetStore::save(m_db->connection(), campaign->id, sheet,
                                                            QStringLiteral("admin"), QString(), e)
                                         : std::nullopt;
                m_sheetId = id.value_or(0);
                return id.has_value();
            },
            error);
    }
    static QJsonObject sheetData(const QString& campaign, const QString& state, double points)
    {
        return {{QStringLiteral("campaign_uuid"), campaign},
                {QStringLiteral("subject_code"), QStringLiteral("XCL")},
                {QStringLiteral("subject_name"), QStringLiteral("Xã Chi Lăng")},
                {QStringLiteral("subject_group"), QString()},
                {QStringLiteral("period"), QString()},
                {QStringLiteral("flags"), QJsonArray()},
                {QStringLiteral("state"), state},
                {QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("self"),
                              QJsonObject{{QStringLiteral("1.1"),
                                           QJsonObject{{QStringLiteral("points"), points}}}}}}},
                {QStringLiteral("reasons"), QJsonObject()},
                {QStringLiteral("explanations"),
                 QJsonObject{{QStringLiteral("1.1"), QStringLiteral("Kế hoạch đăng trên cổng")}}},
                {QStringLiteral("totals"), QJsonObject()}};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("sync.sqlite")), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void outboxIsReadAsWireOperationsWithUuids()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const auto state = SyncStateStore::read(m_db->connection(), &error);
        QVERIFY2(state, qPrintable(error));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(state->clientId).hasMatch());
        SyncOutbox::Tally local;
        const auto ops = SyncOutbox::pending(*m_db, state->clientId, 1000, &local, &error);
        QVERIFY2(ops, qPrintable(error));
        QCOMPARE(ops->size(), count(QStringLiteral("SELECT count(*) FROM outbox")));
        QCOMPARE(*SyncOutbox::pendingCount(*m_db, &error), ops->size());
        QSet<QString> opIds;
        for (const SyncOutbox::Operation& op : *ops) {
            opIds.insert(op.wire.value(QLatin1String("op_id")).toString());
            QCOMPARE(op.wire.value(QLatin1String("base_version")).toInteger(), 0);
            for (const QString& key : op.wire.value(QLatin1String("payload")).toObject().keys()) {
                QVERIFY2(!key.endsWith(QLatin1String("_id")) || key == QLatin1String("set_id"),
                         qPrintable(key));
            }
            const QString entity = op.wire.value(QLatin1String("entity")).toString();
            if (entity == QLatin1String("campaigns")) {
                QCOMPARE(op.wire.value(QLatin1String("payload"))
                             .toObject()
                             .value(QLatin1String("criteria_set_uuid")),
                         QJsonValue(text(QStringLiteral("SELECT uuid FROM criteria_sets"))));
            } else if (entity == QLatin1String("score_sheets")
                       && op.wire.value(QLatin1String("operation")).toString() == QLatin1String("insert")) {
                QCOMPARE(
                    op.wire.value(QLatin1String("payload")).toObject().value(QLatin1String("campaign_uuid")),
                    QJsonValue(text(QStringLiteral("SELECT uuid FROM campaigns"))));
            }
        }
        QCOMPARE(opIds.size(), ops->size());
        QCOMPARE(ops->first().wire.value(QLatin1String("op_id")).toString(),
                 SyncOutbox::opId(state->clientId, ops->first().outboxId));
        QCOMPARE(SyncOutbox::pending(*m_db, state->clientId, 2, &local, &error)->size(), 2);
    }

    void outcomesAreRecordedAppliedRefusedAndConflict()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const QString client = SyncStateStore::read(m_db->connection(), &error)->clientId;
        SyncOutbox::Tally tally;
        const auto ops = SyncOutbox::pending(*m_db, client, 1000, &tally, &error);
        QVERIFY(ops && ops->size() >= 3);
        const QString sheetUuid = text(QStringLiteral("SELECT uuid FROM score_sheets"));
        QJsonArray outcomes;
        for (int i = 0; i < ops->size() - 2; ++i) {
            outcomes.append(
                QJsonObject{{QStringLiteral("op_id"), ops->at(i).wire.value(QLatin1String("op_id"))},
                            {QStringLiteral("status"), QStringLiteral("applied")},
                            {QStringLiteral("version"), 10 + i}});
        }
        const QString message = QStringLiteral("Vai trò tự đánh giá không được phê duyệt phiếu");
        outcomes.append(QJsonObject{
            {QStringLiteral("op_id"), ops->at(ops->size() - 2).wire.value(QLatin1String("op_id"))},
            {QStringLiteral("status"), QStringLiteral("refused")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("workflow_refused")},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("field"), QStringLiteral("payload.state")}}}});
        outcomes.append(QJsonObject{
            {QStringLiteral("op_id"), ops->last().wire.value(QLatin1String("op_id"))},
            {QStringLiteral("status"), QStringLiteral("conflict")},
            {QStringLiteral("conflict"),
             QJsonObject{
                 {QStringLiteral("entity"), QStringLiteral("score_sheets")},
                 {QStringLiteral("uuid"), sheetUuid},
                 {QStringLiteral("base_version"), 4},
                 {QStringLiteral("server_version"), 7},
                 {QStringLiteral("base"), QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}}},
                 {QStringLiteral("server"),
                  QJsonObject{{QStringLiteral("state"), QStringLiteral("approved")}}},
                 {QStringLiteral("client"), QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}}},
                 {QStringLiteral("fields"), QJsonArray{QStringLiteral("values.self.1.1")}},
                 {QStringLiteral("approved_since_base"), true}}}});
        QVERIFY2(SyncOutbox::record(*m_db, *ops, outcomes, &tally, &error), qPrintable(error));
        QCOMPARE(tally.applied, ops->size() - 2);
        QCOMPARE(tally.refused, 1);
        QCOMPARE(tally.conflicts, 1);
        QCOMPARE(tally.refusals, QStringList{message});
        QCOMPARE(*SyncOutbox::pendingCount(*m_db, &error), 0);
        QCOMPARE(text(QStringLiteral("SELECT error_message FROM outbox_outcomes WHERE status = 'refused'")),
                 message);
        QCOMPARE(text(QStringLiteral("SELECT error_code FROM outbox_outcomes WHERE status = 'refused'")),
                 QStringLiteral("workflow_refused"));
        QCOMPARE(text(QStringLiteral("SELECT fields FROM sync_conflicts WHERE origin = 'push'")),
                 QStringLiteral("[\"values.self.1.1\"]"));
        QCOMPARE(count(QStringLiteral("SELECT approved_since_base FROM sync_conflicts")), 1);
        // The criteria set was applied first: it takes its new version from the server.
        QCOMPARE(count(QStringLiteral("SELECT server_version FROM criteria_sets")), 10);
        // A replayed answer (the stored outcomes again) changes nothing.
        SyncOutbox::Tally again;
        QVERIFY(SyncOutbox::record(*m_db, *ops, outcomes, &again, &error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox_outcomes")), ops->size());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts")), 2);
    }

    void unansweredOperationStaysPending()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const QString client = SyncStateStore::read(m_db->connection(), &error)->clientId;
        SyncOutbox::Tally tally;
        const auto ops = SyncOutbox::pending(*m_db, client, 1000, &tally, &error);
        QVERIFY(ops);
        const QJsonArray outcomes{
            QJsonObject{{QStringLiteral("op_id"), ops->first().wire.value(QLatin1String("op_id"))},
                        {QStringLiteral("status"), QStringLiteral("applied")},
                        {QStringLiteral("version"), 1}}};
        QVERIFY(SyncOutbox::record(*m_db, *ops, outcomes, &tally, &error));
        const auto next = SyncOutbox::pending(*m_db, client, 1000, &tally, &error);
        QCOMPARE(next->size(), ops->size() - 1);
        QCOMPARE(next->first().wire.value(QLatin1String("op_id")),
                 ops->at(1).wire.value(QLatin1String("op_id")));
    }

    void pulledPageIsAppliedWithItsCursorAndNoOutboxEntry()
    {
        const QString set = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000001");
        const QString campaign = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000002");
        const QString sheet = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000003");
        QJsonArray page{pulledChange(QStringLiteral("score_sheets"), sheet, 5,
                                     sheetData(campaign, QStringLiteral("submitted"), 4))};
        for (const QJsonValue& row : pulledCampaignAndSet(campaign, set)) {
            page.append(row);
        }
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply(page, 5, &result, &error), qPrintable(error));
        QCOMPARE(result.received, 3);
        QCOMPARE(result.conflicts, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(SyncStateStore::read(m_db->connection(), &error)->cursor, 5);
        QCOMPARE(
            text(QStringLiteral("SELECT s.state || '/' || c.code || '/' || cs.set_id FROM score_sheets s "
                                "JOIN campaigns c ON c.id = s.campaign_id JOIN criteria_sets cs ON "
                                "cs.id = c.criteria_set_id")),
            QStringLiteral("submitted/CCHC-XA/xa-2026"));
        QCOMPARE(
            text(QStringLiteral("SELECT value || '|' || explanation FROM sheet_values WHERE code = '1.1'")),
            QStringLiteral("{\"points\":4}|Kế hoạch đăng trên cổng"));
        QCOMPARE(count(QStringLiteral("SELECT server_version FROM score_sheets")), 5);
        // The same page again changes nothing.
        PulledPageApplier::Result again;
        QVERIFY(applier.apply(page, 5, &again, &error));
        QCOMPARE(again.received, 0);
        // A newer version of the sheet replaces its values; a tombstone deletes it.
        QVERIFY(applier.apply({pulledChange(QStringLiteral("score_sheets"), sheet, 8,
                                            sheetData(campaign, QStringLiteral("appraised"), 2))},
                              8, &again, &error));
        QCOMPARE(text(QStringLiteral("SELECT value FROM sheet_values WHERE code = '1.1'")),
                 QStringLiteral("{\"points\":2}"));
        QVERIFY(
            applier.apply({pulledChange(QStringLiteral("score_sheets"), sheet, 9, {})}, 9, &again, &error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM score_sheets")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sheet_values")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void pulledFlagsCeilingsAndExaminationsAreAppliedWithLocalIds()
    {
        const QString set = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000061");
        const QString campaign = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000062");
        const QString council = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000063");
        const QString examination = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000064");
        const QString flag = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000065");
        const QString ceiling = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000066");
        const QJsonObject examinationData{{QStringLiteral("council_uuid"), council},
                                          {QStringLiteral("document"), QStringLiteral("{\"parts\":[]}")}};
        const QJsonObject flagData{{QStringLiteral("campaign_uuid"), campaign},
                                   {QStringLiteral("person_code"), QStringLiteral("CB001")},
                                   {QStringLiteral("flag_code"), QStringLiteral("disciplined")},
                                   {QStringLiteral("reason"), QStringLiteral("Quyết định kỷ luật số 3")},
                                   {QStringLiteral("recorded_by"), QStringLiteral("quantri")},
                                   {QStringLiteral("recorded_at"), QStringLiteral("2026-11-03T08:00:00Z")},
                                   {QStringLiteral("removed"), 0}};
        QJsonObject ceilingData{{QStringLiteral("campaign_uuid"), campaign},
                                {QStringLiteral("unit_code"), QStringLiteral("XCL")},
                                {QStringLiteral("percent"), QStringLiteral("25")},
                                {QStringLiteral("decision_number"), QStringLiteral("12/QĐ-UBND")},
                                {QStringLiteral("decision_date"), QStringLiteral("2026-11-02")},
                                {QStringLiteral("reason"), QStringLiteral("Thành tích xuất sắc")},
                                {QStringLiteral("withdrawn"), 0}};
        // The examination comes before the council it names, the rows before their campaign.
        QJsonArray page{pulledChange(QStringLiteral("council_examinations"), examination, 8, examinationData),
                        pulledChange(QStringLiteral("person_flags"), flag, 9, flagData),
                        pulledChange(QStringLiteral("quota_ceilings"), ceiling, 10, ceilingData),
                        pulledChange(QStringLiteral("council_sessions"), council, 7,
                                     {{QStringLiteral("campaign_uuid"), campaign},
                                      {QStringLiteral("title"), QStringLiteral("Hội đồng phỏng vấn")},
                                      {QStringLiteral("document"), QStringLiteral("{}")}})};
        for (const QJsonValue& row : pulledCampaignAndSet(campaign, set)) {
            page.append(row);
        }
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply(page, 10, &result, &error), qPrintable(error));
        QCOMPARE(result.received, 6);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.parked, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(text(QStringLiteral("SELECT s.title || '|' || e.document || '|' || e.server_version FROM "
                                     "council_examinations e JOIN council_sessions s ON s.id = e.council_id "
                                     "WHERE e.uuid = '")
                      + examination + QStringLiteral("'")),
                 QStringLiteral("Hội đồng phỏng vấn|{\"parts\":[]}|8"));
        QCOMPARE(text(QStringLiteral("SELECT c.code || '|' || f.person_code || '|' || f.flag_code || '|' || "
                                     "f.reason || '|' || f.removed FROM person_flags f JOIN campaigns c ON "
                                     "c.id = f.campaign_id")),
                 QStringLiteral("CCHC-XA|CB001|disciplined|Quyết định kỷ luật số 3|0"));
        QCOMPARE(text(QStringLiteral("SELECT c.code || '|' || q.unit_code || '|' || q.percent || '|' || "
                                     "q.decision_number FROM quota_ceilings q JOIN campaigns c ON "
                                     "c.id = q.campaign_id")),
                 QStringLiteral("CCHC-XA|XCL|25|12/QĐ-UBND"));
        // A newer version replaces the row; a tombstone deletes it, the examination before its council.
        ceilingData.insert(QStringLiteral("withdrawn"), 1);
        QVERIFY2(applier.apply({pulledChange(QStringLiteral("quota_ceilings"), ceiling, 11, ceilingData)}, 11,
                               &result, &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT withdrawn || '/' || server_version FROM quota_ceilings")),
                 QStringLiteral("1/11"));
        QVERIFY2(applier.apply({pulledChange(QStringLiteral("council_sessions"), council, 13, {}),
                                pulledChange(QStringLiteral("council_examinations"), examination, 12, {}),
                                pulledChange(QStringLiteral("person_flags"), flag, 14, {})},
                               14, &result, &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM council_examinations")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM council_sessions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person_flags")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM quota_ceilings")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void recordedCeilingIsReadAsAWireOperation()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        QVERIFY2(m_db->transaction(
                     [&](QString* e) {
                         return SyncedTable::upsert(m_db->connection(), QStringLiteral("units"),
                                                    {{QStringLiteral("code"), QStringLiteral("SNV")}},
                                                    {{QStringLiteral("name"), QStringLiteral("Sở Nội vụ")},
                                                     {QStringLiteral("kind"), QStringLiteral("department")}},
                                                    QStringLiteral("quantri"), QString(), e)
                             .has_value();
                     },
                     &error),
                 qPrintable(error));
        QuotaCeiling ceiling;
        ceiling.unit = QStringLiteral("SNV");
        ceiling.percent = Decimal::fromInt(25);
        ceiling.decisionNumber = QStringLiteral("12/QĐ-UBND");
        ceiling.decisionDate = QDate(2026, 11, 2);
        ceiling.reason = QStringLiteral("Thành tích xuất sắc");
        QVERIFY2(QuotaCeilingStore::record(*m_db, QStringLiteral("CCHC-2026"), ceiling, Role::Administrator,
                                           QStringLiteral("quantri"), &error),
                 qPrintable(error));
        const auto state = SyncStateStore::read(m_db->connection(), &error);
        SyncOutbox::Tally local;
        const auto ops = SyncOutbox::pending(*m_db, state->clientId, 1000, &local, &error);
        QVERIFY2(ops, qPrintable(error));
        QCOMPARE(ops->size(), count(QStringLiteral("SELECT count(*) FROM outbox")));
        const SyncOutbox::Operation& last = ops->last();
        QCOMPARE(last.wire.value(QLatin1String("entity")).toString(), QStringLiteral("quota_ceilings"));
        const QJsonObject payload = last.wire.value(QLatin1String("payload")).toObject();
        QVERIFY(!payload.contains(QLatin1String("campaign_id")));
        QCOMPARE(payload.value(QLatin1String("campaign_uuid")),
                 QJsonValue(text(QStringLiteral("SELECT uuid FROM campaigns"))));
        QCOMPARE(payload.value(QLatin1String("unit_code")).toString(), QStringLiteral("SNV"));
    }

    void rowNamingARowOfALaterPageIsParkedUntilItArrives()
    {
        const QString set = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000011");
        const QString campaign = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000012");
        const QString sheet = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000013");
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply({pulledChange(QStringLiteral("score_sheets"), sheet, 1,
                                             sheetData(campaign, QStringLiteral("draft"), 1))},
                               1, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.parked, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM score_sheets")), 0);
        QVERIFY2(applier.apply(pulledCampaignAndSet(campaign, set), 3, &result, &error), qPrintable(error));
        QCOMPARE(result.parked, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM score_sheets")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
    }

    void unitWhoseParentIsNotSeenIsKeptAndLinkedWhenTheParentArrives()
    {
        const QString province = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000031");
        const QString commune = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000032");
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY2(applier.apply(
                     {pulledChange(QStringLiteral("units"), commune, 4,
                                   {{QStringLiteral("code"), QStringLiteral("XCL")},
                                    {QStringLiteral("name"), QStringLiteral("Ủy ban nhân dân xã Chi Lăng")},
                                    {QStringLiteral("kind"), QStringLiteral("commune")},
                                    {QStringLiteral("parent_uuid"), province}})},
                     4, &result, &error),
                 qPrintable(error));
        // A commune's account does not see the province: the commune is kept, its parent empty.
        QCOMPARE(result.received, 1);
        QCOMPARE(result.parked, 0);
        QCOMPARE(text(QStringLiteral("SELECT coalesce(parent_id, 'none') || '/' || search_key FROM units")),
                 QStringLiteral("none/uy ban nhan dan xa chi lang"));
        QVERIFY2(applier.apply(
                     {pulledChange(QStringLiteral("units"), province, 5,
                                   {{QStringLiteral("code"), QStringLiteral("UBND-LS")},
                                    {QStringLiteral("name"), QStringLiteral("Ủy ban nhân dân tỉnh Lạng Sơn")},
                                    {QStringLiteral("kind"), QStringLiteral("province")},
                                    {QStringLiteral("parent_uuid"), QJsonValue()}})},
                     5, &result, &error),
                 qPrintable(error));
        QCOMPARE(text(QStringLiteral("SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id")),
                 QStringLiteral("UBND-LS"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void failedPageChangesNothingNotEvenTheCursor()
    {
        const QString set = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000021");
        const QString campaign = QStringLiteral("5f0c3d1e-0000-4000-8000-000000000022");
        QJsonArray page = pulledCampaignAndSet(campaign, set);
        // A campaign without a title breaks the page.
        page.append(pulledChange(QStringLiteral("campaigns"),
                                 QStringLiteral("5f0c3d1e-0000-4000-8000-000000000023"), 4,
                                 {{QStringLiteral("code"), QStringLiteral("HONG")},
                                  {QStringLiteral("kind"), QStringLiteral("par_index")},
                                  {QStringLiteral("criteria_set_uuid"), set},
                                  {QStringLiteral("title"), QJsonValue()}}));
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QString error;
        QVERIFY(!applier.apply(page, 4, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("campaigns")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaigns")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM criteria_sets")), 0);
        QCOMPARE(SyncStateStore::read(m_db->connection(), &error)->cursor, 0);
    }

    void pulledChangeAgainstAnUnacknowledgedEditBecomesAConflict()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const QString sheet = text(QStringLiteral("SELECT uuid FROM score_sheets"));
        const QString campaign = text(QStringLiteral("SELECT uuid FROM campaigns"));
        const QString before
            = text(QStringLiteral("SELECT group_concat(code || value, ';') FROM sheet_values"));
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
        PulledPageApplier applier(*m_db);
        PulledPageApplier::Result result;
        QVERIFY2(applier.apply({pulledChange(QStringLiteral("score_sheets"), sheet, 6,
                                             sheetData(campaign, QStringLiteral("approved"), 1))},
                               6, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.conflicts, 1);
        QCOMPARE(result.received, 0);
        QCOMPARE(text(QStringLiteral("SELECT group_concat(code || value, ';') FROM sheet_values")), before);
        QCOMPARE(text(QStringLiteral("SELECT state FROM score_sheets")), QStringLiteral("draft"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        QCOMPARE(text(QStringLiteral("SELECT origin || '/' || server_version FROM sync_conflicts")),
                 QStringLiteral("pull/6"));
        const QJsonArray fields
            = QJsonDocument::fromJson(text(QStringLiteral("SELECT fields FROM sync_conflicts")).toUtf8())
                  .array();
        QVERIFY(fields.contains(QStringLiteral("state")));
        QVERIFY(fields.contains(QStringLiteral("values.self.1.1")));
        QVERIFY(
            text(QStringLiteral("SELECT server FROM sync_conflicts")).contains(QStringLiteral("approved")));
        QCOMPARE(SyncStateStore::read(m_db->connection(), &error)->cursor, 6);
    }

    void schemaFiveIsUpgradedToTheLatest()
    {
        const QString path = m_dir->filePath(QStringLiteral("schema-5.sqlite"));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema5"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (int version = 1; version <= 5; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            for (const char* statement :
                 {"PRAGMA user_version = 5",
                  "INSERT INTO units (code, name, kind, uuid) VALUES ('XCL', 'Xã Chi Lăng', 'commune', "
                  "'u-1')",
                  "INSERT INTO outbox (entity, uuid, operation, revision, payload) VALUES "
                  "('units', 'u-1', 'insert', 1, '{\"code\":\"XCL\"}')"}) {
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema5"));
        Database upgraded;
        QString error;
        QVERIFY2(upgraded.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(upgraded.connection(), &error),
                 SchemaMigrations::latestVersion());
        QVERIFY(
            SchemaMigrations::statements(9).join(QLatin1Char(' ')).contains(QStringLiteral("sync_state")));
        const auto state = SyncStateStore::read(upgraded.connection(), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->cursor, 0);
        QCOMPARE(state->clientId.size(), 32);
        // The change made before the upgrade is still to be sent.
        QCOMPARE(*SyncOutbox::pendingCount(upgraded, &error), 1);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSyncEdge)
#include "TestSyncEdge.moc"
