// Campaigns set up under the rules (services/CampaignEditor, services/CampaignSheets): created,
// edited and closed by who sets up campaigns, with a deadline per stage in order; the sheets of
// the participants previewed and created once, in one step; each change in the outbox and the
// audit trail; the queue late only for the stage whose deadline passed; and a database of schema 3
// whose single deadline becomes the self-assessment deadline. Each function starts from a database
// of its own: the staff criteria set, the unit XCL, the people CC01 and CC02 working in it.

#include "RowCount.h"
#include "TestSupport.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "database/SyncedTable.h"
#include "queries/SheetQueue.h"
#include "scoring/ScoreSheetReader.h"
#include "services/CampaignEditor.h"
#include "services/CampaignSheets.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestCampaignEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    Database m_db;
    qint64 m_staffSet = 0;
    qint64 m_parSet = 0;
    const QString m_actor = QStringLiteral("admin");

    qint64 count(const QString& sql) { return countRows(m_db.path(), sql); }

    bool upsert(const QString& table, const QString& code, const QVariantMap& values, QString* error)
    {
        return SyncedTable::upsert(m_db.connection(), table, {{QStringLiteral("code"), code}}, values,
                                   m_actor, QString(), error)
            .has_value();
    }

    CampaignRecord monthly() const
    {
        CampaignRecord campaign;
        campaign.code = QStringLiteral("T01-2026");
        campaign.title = QStringLiteral("Đánh giá tháng 01/2026");
        campaign.kind = QStringLiteral("staff");
        campaign.criteriaSetRowId = m_staffSet;
        campaign.periods = {QStringLiteral("2026-01")};
        campaign.deadlines.selfAssessment = QDate(2026, 2, 5);
        campaign.deadlines.appraisal = QDate(2026, 2, 10);
        campaign.deadlines.classification = CampaignDeadlines::defaultClassification(2026, false);
        return campaign;
    }

    // T01-2026 created, with CC01 and CC02 taking part.
    bool createWithPeople(QString* error)
    {
        return CampaignEditor::create(m_db, monthly(), Role::Administrator, m_actor, error)
            && CampaignStore::addParticipants(
                   m_db, QStringLiteral("T01-2026"), CampaignParticipant::Kind::Person,
                   {QStringLiteral("CC01"), QStringLiteral("CC02")}, m_actor, error);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("campaigns-%1.sqlite").arg(++m_databases)), &error),
                 qPrintable(error));
        QVERIFY2(m_db.transaction(
                     [&](QString* e) {
                         ValidationIssues issues;
                         const auto staff = CriteriaSetStore::import(
                             m_db.connection(),
                             readData(QStringLiteral("examples/cong-chuc-2026.criteria.json")), m_actor,
                             &issues, e);
                         const auto par = staff ? CriteriaSetStore::import(
                                              m_db.connection(),
                                              readData(QStringLiteral("examples/cchc-so-2026.criteria.json")),
                                              m_actor, &issues, e)
                                                : std::nullopt;
                         if (!par) {
                             return false;
                         }
                         m_staffSet = *staff;
                         m_parSet = *par;
                         return upsert(QStringLiteral("units"), QStringLiteral("XCL"),
                                       {{QStringLiteral("name"), QStringLiteral("UBND xã Chi Lăng")},
                                        {QStringLiteral("kind"), QStringLiteral("commune")}},
                                       e)
                             && SyncedTable::findId(m_db.connection(), QStringLiteral("units"),
                                                    {{QStringLiteral("code"), QStringLiteral("XCL")}}, e)
                                    .has_value()
                             && upsert(QStringLiteral("people"), QStringLiteral("CC01"),
                                       {{QStringLiteral("full_name"), QStringLiteral("Hoàng Văn Bình")},
                                        {QStringLiteral("task_group"), QStringLiteral("Chuyên viên")}},
                                       e)
                             && upsert(QStringLiteral("people"), QStringLiteral("CC02"),
                                       {{QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị An")}}, e);
                     },
                     &error),
                 qPrintable(error));
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE people SET unit_id = (SELECT id FROM units WHERE code = 'XCL')")));
    }

    void cleanup() { m_db.close(); }

    void createsWithDeadlinesPerStage()
    {
        QString error;
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'campaigns'"));
        const auto created = CampaignEditor::create(m_db, monthly(), Role::Administrator, m_actor, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->deadlines, monthly().deadlines);
        QCOMPARE(created->deadlines.classification, QDate(2026, 12, 15));
        QCOMPARE(created->periods, QStringList{QStringLiteral("2026-01")});
        QVERIFY(!created->isClosed());
        const auto found = CampaignStore::find(m_db.connection(), QStringLiteral("T01-2026"), &error);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(found->deadlines, monthly().deadlines);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'campaigns'")), outbox + 1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'campaigns' AND new_value "
                                 "LIKE '%2026-02-10%'")),
            1);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);

        // The same code again is refused, naming it.
        QVERIFY(!CampaignEditor::create(m_db, monthly(), Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("T01-2026")), qPrintable(error));
    }

    void refusesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no code") << "code"
                                 << ""
                                 << "";
        QTest::newRow("code with a space") << "code"
                                           << "T 01"
                                           << "T 01";
        QTest::newRow("no title") << "title"
                                  << "  "
                                  << "";
        QTest::newRow("unknown kind") << "kind"
                                      << "monthly"
                                      << "monthly";
        QTest::newRow("set of another kind") << "kind"
                                             << "par_index"
                                             << "par_index";
        QTest::newRow("no period") << "periods"
                                   << ""
                                   << "";
        QTest::newRow("a period twice") << "periods"
                                        << "2026-01,2026-01"
                                        << "2026-01";
        QTest::newRow("deadlines out of order") << "appraisal"
                                                << "2026-02-01"
                                                << "01/02/2026";
    }

    void refusesWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        CampaignRecord campaign = monthly();
        if (field == QLatin1String("code")) {
            campaign.code = value;
        } else if (field == QLatin1String("title")) {
            campaign.title = value;
        } else if (field == QLatin1String("kind")) {
            campaign.kind = value;
        } else if (field == QLatin1String("periods")) {
            campaign.periods = value.isEmpty() ? QStringList() : value.split(QLatin1Char(','));
        } else {
            campaign.deadlines.appraisal = QDate::fromString(value, Qt::ISODate);
        }
        QString error;
        QVERIFY(!CampaignEditor::create(m_db, campaign, Role::Administrator, m_actor, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(CampaignEditor::problem(m_db.connection(), campaign), error);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
    }

    void onlyWhoSetsUpCampaigns()
    {
        QString error;
        QVERIFY(!CampaignEditor::create(m_db, monthly(), Role::UnitHead, m_actor, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
    }

    void editsUntilClosed()
    {
        QString error;
        QVERIFY2(createWithPeople(&error), qPrintable(error));
        CampaignRecord changed = monthly();
        changed.title = QStringLiteral("Đánh giá tháng 01 và 02/2026");
        changed.periods.append(QStringLiteral("2026-02"));
        changed.deadlines.appraisal = QDate(2026, 3, 10);
        const auto edited = CampaignEditor::edit(m_db, changed, Role::Administrator, m_actor, &error);
        QVERIFY2(edited, qPrintable(error));
        QCOMPARE(edited->title, changed.title);
        QCOMPARE(edited->deadlines.appraisal, QDate(2026, 3, 10));
        QCOMPARE(edited->periods.size(), 2);

        // Once it has sheets, its criteria set stays and a period with sheets cannot go.
        QCOMPARE(CampaignSheets::create(m_db, changed.code, Role::Administrator, m_actor, &error), 4);
        CampaignRecord otherSet = changed;
        otherSet.kind = QStringLiteral("par_index");
        otherSet.criteriaSetRowId = m_parSet;
        QVERIFY(!CampaignEditor::edit(m_db, otherSet, Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("T01-2026")), qPrintable(error));
        CampaignRecord fewer = changed;
        fewer.periods = {QStringLiteral("2026-01")};
        QVERIFY(!CampaignEditor::edit(m_db, fewer, Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(QStringLiteral("2026-02")), qPrintable(error));

        const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY2(CampaignEditor::close(m_db, changed.code, Role::Administrator, m_actor,
                                       QStringLiteral("Kết thúc đợt"), &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE reason = 'Kết thúc đợt'")), 1);
        const auto closed = CampaignStore::find(m_db.connection(), changed.code, &error);
        QVERIFY(closed->isClosed());
        // Closed: kept as it is.
        QVERIFY(!CampaignEditor::close(m_db, changed.code, Role::Administrator, m_actor, QString(), &error));
        QVERIFY(!CampaignEditor::edit(m_db, changed, Role::Administrator, m_actor, &error));
        QVERIFY2(error.contains(changed.code), qPrintable(error));
        QVERIFY(!CampaignSheets::create(m_db, changed.code, Role::Administrator, m_actor, &error));
        QVERIFY(!CampaignStore::addParticipants(m_db, changed.code, CampaignParticipant::Kind::Unit,
                                                {QStringLiteral("XCL")}, m_actor, &error));
        QVERIFY2(error.contains(changed.code), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit + 1);
    }

    void sheetsArePreviewedThenCreatedOnce()
    {
        QString error;
        QVERIFY2(createWithPeople(&error), qPrintable(error));
        auto preview = CampaignSheets::preview(m_db.connection(), QStringLiteral("T01-2026"), &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->size(), 2);
        QCOMPARE(preview->at(0).subjectCode, QStringLiteral("CC01"));
        QCOMPARE(preview->at(0).subjectName, QStringLiteral("Hoàng Văn Bình"));
        QCOMPARE(preview->at(0).group, QStringLiteral("Chuyên viên"));
        QCOMPARE(preview->at(0).unitCode, QStringLiteral("XCL"));
        QCOMPARE(preview->at(0).period, QStringLiteral("2026-01"));
        QVERIFY(!preview->at(0).exists && !preview->at(1).exists);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 0);

        const qint64 outbox
            = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'score_sheets'"));
        QCOMPARE(
            CampaignSheets::create(m_db, QStringLiteral("T01-2026"), Role::Administrator, m_actor, &error),
            2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets WHERE state = 'draft'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'score_sheets'")),
                 outbox + 2);
        QVERIFY(AuditLog::verify(m_db.connection()).ok);

        // A unit added later: the preview shows what exists and what will be created.
        QVERIFY2(CampaignStore::addParticipants(m_db, QStringLiteral("T01-2026"),
                                                CampaignParticipant::Kind::Unit, {QStringLiteral("XCL")},
                                                m_actor, &error),
                 qPrintable(error));
        preview = CampaignSheets::preview(m_db.connection(), QStringLiteral("T01-2026"), &error);
        QCOMPARE(preview->size(), 3);
        int existing = 0;
        for (const PlannedSheet& sheet : *preview) {
            existing += sheet.exists ? 1 : 0;
        }
        QCOMPARE(existing, 2);
        QCOMPARE(
            CampaignSheets::create(m_db, QStringLiteral("T01-2026"), Role::Administrator, m_actor, &error),
            1);
        QCOMPARE(
            CampaignSheets::create(m_db, QStringLiteral("T01-2026"), Role::Administrator, m_actor, &error),
            0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score_sheets")), 3);
        QVERIFY(!CampaignSheets::create(m_db, QStringLiteral("T01-2026"), Role::Appraiser, m_actor, &error));
    }

    // A pasted or imported list of codes: units and people found by code, all or none.
    void participantsByCodeAlone()
    {
        QString error;
        QVERIFY2(CampaignEditor::create(m_db, monthly(), Role::Administrator, m_actor, &error),
                 qPrintable(error));
        QVERIFY(!CampaignStore::addParticipantCodes(m_db, QStringLiteral("T01-2026"),
                                                    {QStringLiteral("XCL"), QStringLiteral("CC09")}, m_actor,
                                                    &error));
        QVERIFY2(error.contains(QStringLiteral("CC09")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaign_participants")), 0);
        QVERIFY2(CampaignStore::addParticipantCodes(m_db, QStringLiteral("T01-2026"),
                                                    {QStringLiteral("CC02"), QStringLiteral("XCL")}, m_actor,
                                                    &error),
                 qPrintable(error));
        const auto all = CampaignStore::participants(m_db.connection(), QStringLiteral("T01-2026"), &error);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).kind, CampaignParticipant::Kind::Unit);
        QCOMPARE(all->at(1).code, QStringLiteral("CC02"));
    }

    // CC01 submits on the day it is created; the self-assessment deadline is that day and the
    // appraisal deadline 10 days later. The queue is asked as of later days.
    void queueIsLateOnlyForTheStageWhoseDeadlinePassed()
    {
        QString error;
        const QDate today = QDate::currentDate();
        CampaignRecord campaign = monthly();
        campaign.deadlines.selfAssessment = today;
        campaign.deadlines.appraisal = today.addDays(10);
        campaign.deadlines.classification = today.addDays(20);
        QVERIFY2(CampaignEditor::create(m_db, campaign, Role::Administrator, m_actor, &error),
                 qPrintable(error));
        QVERIFY2(CampaignStore::addParticipants(m_db, campaign.code, CampaignParticipant::Kind::Person,
                                                {QStringLiteral("CC01"), QStringLiteral("CC02")}, m_actor,
                                                &error),
                 qPrintable(error));
        QCOMPARE(CampaignSheets::create(m_db, campaign.code, Role::Administrator, m_actor, &error), 2);
        ValidationIssues issues;
        const ScoreSheet filled = ScoreSheetReader::read(
            readData(QStringLiteral("examples/cong-chuc/CC01-2026-01.scores.json")), &issues);
        const auto campaignRow = CampaignStore::find(m_db.connection(), campaign.code, &error);
        const auto sheetId
            = SheetStore::save(m_db.connection(), campaignRow->id, filled, m_actor, QString(), &error);
        QVERIFY2(sheetId, qPrintable(error));
        QVERIFY2(SheetTransitions::apply(m_db, *sheetId, WorkflowAction::Submit, Role::SelfAssessor,
                                         QStringLiteral("CC01"), QString(), &error),
                 qPrintable(error));

        const auto overdueOf = [&](const QDate& day) {
            QStringList late;
            QString e;
            const QList<SheetQueueItem> items = SheetQueue::list(m_db.connection(), {}, day, &e).value();
            for (const SheetQueueItem& item : items) {
                QStringList stages;
                for (const DeadlineStage stage : item.overdueStages) {
                    stages.append(CampaignDeadlines::stageName(stage));
                }
                late.append(item.subjectCode + QLatin1Char(':') + stages.join(QLatin1Char('+')));
            }
            return late;
        };
        // On the self-assessment deadline: nothing late.
        QCOMPARE(overdueOf(today), (QStringList{QStringLiteral("CC01:"), QStringLiteral("CC02:")}));
        // After it: CC02 (a draft) is late for the self-assessment; CC01 submitted in time is not.
        QCOMPARE(overdueOf(today.addDays(3)),
                 (QStringList{QStringLiteral("CC01:"), QStringLiteral("CC02:self")}));
        const auto cc01 = SheetQueue::find(m_db.connection(), *sheetId, today.addDays(3), &error);
        QVERIFY2(cc01, qPrintable(error));
        QVERIFY(!cc01->overdue);
        QCOMPARE(cc01->deadline, today.addDays(10)); // waiting for the appraisal
        QCOMPARE(cc01->progress.submittedAt.toLocalTime().date(), today);
        // After the appraisal deadline, CC01 is late for the appraisal only.
        QCOMPARE(overdueOf(today.addDays(11)),
                 (QStringList{QStringLiteral("CC01:appraisal"), QStringLiteral("CC02:self+appraisal")}));
        SheetQueueFilter filter;
        filter.overdueOnly = true;
        QCOMPARE(SheetQueue::list(m_db.connection(), filter, today.addDays(3), &error)->size(), 1);
    }

    // A database of schema 3, with one deadline per campaign, opened by this version.
    void schemaThreeDeadlineBecomesTheSelfAssessmentOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema-3-%1.sqlite").arg(++m_databases));
        {
            QSqlDatabase old
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            for (int version = 1; version <= 3; ++version) {
                for (const QString& statement : SchemaMigrations::statements(version)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            for (const char* statement :
                 {"PRAGMA user_version = 3",
                  "INSERT INTO criteria_sets (id, set_id, version, title, kind, document, uuid) VALUES "
                  "(1, 'cong-chuc', 1, 'Công chức', 'staff', '{}', 'set-1')",
                  "INSERT INTO campaigns (code, title, kind, criteria_set_id, periods, deadline, uuid) "
                  "VALUES "
                  "('OLD', 'Đợt cũ', 'staff', 1, '[\"2025\"]', '2025-12-15', 'campaign-1')",
                  "INSERT INTO campaigns (code, title, kind, criteria_set_id, uuid) VALUES "
                  "('NONE', 'Không hạn', 'staff', 1, 'campaign-2')"}) {
                QVERIFY2(query.exec(QString::fromLatin1(statement)), qPrintable(query.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema3"));
        m_db.close();
        QString error;
        QVERIFY2(m_db.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(m_db.connection(), &error), SchemaMigrations::latestVersion());
        QVERIFY(
            SchemaMigrations::statements(5).join(QLatin1Char(' ')).contains(QStringLiteral("self_deadline")));
        const auto old = CampaignStore::find(m_db.connection(), QStringLiteral("OLD"), &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->deadlines.selfAssessment, QDate(2025, 12, 15));
        QVERIFY(!old->deadlines.appraisal.isValid());
        QVERIFY(!old->deadlines.classification.isValid());
        QVERIFY(!old->isClosed());
        const auto none = CampaignStore::find(m_db.connection(), QStringLiteral("NONE"), &error);
        QVERIFY(none->deadlines.isEmpty());
        QVERIFY(m_db.checkIntegrity(&error));
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestCampaignEditor)
#include "TestCampaignEditor.moc"
