// The app's side of the sync in the storage (core/storage/sync): the sync log ("Nhật ký đồng bộ",
// schema 13) with each run and the server's refusals naming their sheet, kept for the last runs only
// and upgraded from schema 9; the status the status bar shows (changes waiting, conflicts, the last
// sync); the sheets whose last answered change was refused, until a later one is applied.

#include "OldSchemaFile.h"
#include "RowCount.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/SchemaMigrations.h"
#include "scoring/ScoreSheetReader.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "sync/SheetRefusals.h"
#include "sync/SyncLogStore.h"
#include "sync/SyncOutbox.h"
#include "sync/SyncStateStore.h"
#include "sync/SyncStatusReader.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace danhgia;
using namespace danhgia::test;

class TestSyncLogStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sheetId = 0;
    ScoreSheet m_sheet;
    qint64 m_campaignId = 0;

    QString text(const QString& sql) const { return firstText(m_db->connection(), sql); }
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
                m_sheet = ScoreSheetReader::read(readData(QStringLiteral("examples/cchc/SNV.scores.json")),
                                                 &issues);
                m_campaignId = campaign ? campaign->id : 0;
                const auto id = campaign ? SheetStore::save(m_db->connection(), campaign->id, m_sheet,
                                                            QStringLiteral("admin"), QString(), e)
                                         : std::nullopt;
                m_sheetId = id.value_or(0);
                return id.has_value();
            },
            error);
    }
    // Answers every waiting outbox entry: applied, but the last change of a row of `entity` (the
    // sheet's own row unless told) refused with `reason` when it is not empty.
    bool answer(const QString& reason, QString* error, const QString& entity = QStringLiteral("score_sheets"))
    {
        const auto state = SyncStateStore::read(m_db->connection(), error);
        SyncOutbox::Tally tally;
        const auto ops
            = state ? SyncOutbox::pending(*m_db, state->clientId, 1000, &tally, error) : std::nullopt;
        if (!ops) {
            return false;
        }
        int refused = -1;
        for (int i = 0; i < ops->size(); ++i) {
            if (ops->at(i).wire.value(QLatin1String("entity")).toString() == entity) {
                refused = reason.isEmpty() ? -1 : i;
            }
        }
        QJsonArray outcomes;
        for (int i = 0; i < ops->size(); ++i) {
            QJsonObject outcome{{QStringLiteral("op_id"), ops->at(i).wire.value(QLatin1String("op_id"))}};
            if (i == refused) {
                outcome.insert(QStringLiteral("status"), QStringLiteral("refused"));
                outcome.insert(QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("workflow_refused")},
                                           {QStringLiteral("message"), reason}});
            } else {
                outcome.insert(QStringLiteral("status"), QStringLiteral("applied"));
                outcome.insert(QStringLiteral("version"), 100 + i);
            }
            outcomes.append(outcome);
        }
        return SyncOutbox::record(*m_db, *ops, outcomes, &tally, error);
    }
    static SyncLogStore::Run run(const QDateTime& startedAt, int sent)
    {
        SyncLogStore::Run run;
        run.startedAt = startedAt;
        run.finishedAt = startedAt.addSecs(2);
        run.completed = true;
        run.sent = sent;
        run.applied = sent;
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("xa.sqlite")), &error, true), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void runIsRecordedWithTheRefusalsNamingTheSheet()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const QDateTime started = QDateTime::currentDateTimeUtc().addMSecs(-5);
        const QString reason = QStringLiteral("Vai trò tự đánh giá không được phê duyệt phiếu");
        QVERIFY2(answer(reason, &error), qPrintable(error));
        SyncLogStore::Run done = run(started, 3);
        done.refused = 1;
        QVERIFY2(SyncLogStore::record(*m_db, done, &error), qPrintable(error));

        const auto runs = SyncLogStore::latest(*m_db, 10, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().sent, 3);
        QCOMPARE(runs->first().refused, 1);
        QVERIFY(runs->first().completed);
        QCOMPARE(runs->first().startedAt.toMSecsSinceEpoch(), started.toMSecsSinceEpoch());
        QCOMPARE(runs->first().refusals.size(), 1);
        const SyncLogStore::Refusal& refusal = runs->first().refusals.first();
        QCOMPARE(refusal.message, reason);
        QCOMPARE(refusal.code, QStringLiteral("workflow_refused"));
        QCOMPARE(refusal.entity, QStringLiteral("score_sheets"));
        QVERIFY2(refusal.row.contains(m_sheet.subject.name)
                     && refusal.row.contains(QStringLiteral("CCHC-2026")),
                 qPrintable(refusal.row));

        // A later run does not take the refusals of an earlier one again.
        QVERIFY2(SyncLogStore::record(*m_db, run(QDateTime::currentDateTimeUtc().addSecs(1), 0), &error),
                 qPrintable(error));
        const auto again = SyncLogStore::latest(*m_db, 10, &error);
        QCOMPARE(again->size(), 2);
        QVERIFY(again->first().refusals.isEmpty());
        QCOMPARE(again->last().refusals.size(), 1);
    }

    // A refused row that is not a sheet is named by what it is, in the officer's language, and its
    // code and name: never by its table and UUID.
    void refusedCampaignIsNamedByItsCodeAndTitle()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        const QDateTime started = QDateTime::currentDateTimeUtc().addMSecs(-5);
        QVERIFY2(
            answer(QStringLiteral("Không có quyền tạo đợt đánh giá"), &error, QStringLiteral("campaigns")),
            qPrintable(error));
        QVERIFY2(SyncLogStore::record(*m_db, run(started, 3), &error), qPrintable(error));
        const auto runs = SyncLogStore::latest(*m_db, 10, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->first().refusals.size(), 1);
        const SyncLogStore::Refusal& refusal = runs->first().refusals.first();
        QCOMPARE(refusal.entity, QStringLiteral("campaigns"));
        QVERIFY2(refusal.row.startsWith(QStringLiteral("Đợt đánh giá CCHC-2026 — ")),
                 qPrintable(refusal.row));
        QVERIFY2(!refusal.row.contains(refusal.uuid), qPrintable(refusal.row));
    }

    void receivedRowNotAppliedIsKeptInTheLog()
    {
        QString error;
        SyncLogStore::Run logged = run(QDateTime::currentDateTimeUtc(), 0);
        logged.refusals.append({QStringLiteral("units"),
                                QStringLiteral("5d0a7c2e-0000-4000-8000-000000000001"),
                                QStringLiteral("Đơn vị UBND-LS"), QStringLiteral("not_applied"),
                                QStringLiteral("Không áp dụng hàng của máy chủ (code = UBND-LS)")});
        QVERIFY2(SyncLogStore::record(*m_db, logged, &error), qPrintable(error));
        const auto runs = SyncLogStore::latest(*m_db, 1, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->first().refusals.size(), 1);
        const SyncLogStore::Refusal& kept = runs->first().refusals.first();
        QCOMPARE(kept.code, QStringLiteral("not_applied"));
        QCOMPARE(kept.row, QStringLiteral("Đơn vị UBND-LS"));
        QCOMPARE(kept.uuid, QStringLiteral("5d0a7c2e-0000-4000-8000-000000000001"));
        QVERIFY(kept.message.contains(QStringLiteral("UBND-LS")));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT outbox_id IS NULL FROM sync_log_refusals"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void onlyTheLastRunsAreKept()
    {
        QString error;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < SyncLogStore::Kept + 5; ++i) {
            QVERIFY2(SyncLogStore::record(*m_db, run(start.addSecs(i * 60), i), &error), qPrintable(error));
        }
        const auto runs = SyncLogStore::latest(*m_db, 1000, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), SyncLogStore::Kept);
        QCOMPARE(runs->first().sent, SyncLogStore::Kept + 4);
        QCOMPARE(runs->last().sent, 5);
    }

    void statusCountsWaitingConflictsAndTheLastSync()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        auto status = SyncStatusReader::read(*m_db, &error);
        QVERIFY2(status, qPrintable(error));
        QVERIFY(status->waiting >= 3);
        QCOMPARE(status->waiting, *SyncOutbox::pendingCount(*m_db, &error));
        QCOMPARE(status->conflicts, 0);
        QVERIFY(!status->lastSync.isValid());

        QVERIFY2(answer(QString(), &error), qPrintable(error));
        QVERIFY2(SyncStateStore::markSynced(m_db->connection(), &error), qPrintable(error));
        status = SyncStatusReader::read(*m_db, &error);
        QCOMPARE(status->waiting, 0);
        QVERIFY(status->lastSync.isValid());
        QVERIFY(qAbs(status->lastSync.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    void refusedSheetIsMarkedUntilALaterChangeIsApplied()
    {
        QString error;
        QVERIFY2(createSheet(&error), qPrintable(error));
        QVERIFY(!SheetRefusals::of(*m_db, m_sheetId, &error)->message.size());
        // The sheet reached the server; a later change of it is refused. (A sheet whose creation was
        // refused is not on the server: its later changes are refused here, RefusedCreation.)
        QVERIFY2(answer(QString(), &error), qPrintable(error));
        const auto changeTheSheet = [&] {
            m_sheet.subject.name += QStringLiteral(" (sửa)");
            return m_db->transaction(
                [&](QString* e) {
                    return SheetStore::save(m_db->connection(), m_campaignId, m_sheet,
                                            QStringLiteral("admin"), QString(), e)
                        .has_value();
                },
                &error);
        };
        QVERIFY2(changeTheSheet(), qPrintable(error));
        const QString reason = QStringLiteral("Chỉ người phê duyệt của đợt mới được phê duyệt phiếu");
        QVERIFY2(answer(reason, &error), qPrintable(error));
        QCOMPARE(SheetRefusals::of(*m_db, m_sheetId, &error)->message, reason);
        const auto all = SheetRefusals::all(*m_db, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->value(m_sheetId).code, QStringLiteral("workflow_refused"));

        // The sheet changes again and the server applies it: nothing to show any more.
        QVERIFY2(changeTheSheet(), qPrintable(error));
        QVERIFY2(answer(QString(), &error), qPrintable(error));
        QVERIFY(SheetRefusals::of(*m_db, m_sheetId, &error)->message.isEmpty());
        QVERIFY(SheetRefusals::all(*m_db, &error)->isEmpty());
    }

    void schemaNineIsUpgradedWithAnEmptyLog()
    {
        const QString path = m_dir->filePath(QStringLiteral("schema-9.sqlite"));
        QString oldError;
        QVERIFY2(
            writeOldSchemaFile(
                path, 9,
                {QString::fromUtf8(
                     "INSERT INTO units (code, name, kind, uuid) VALUES ('XCL', 'Xã Chi Lăng', 'commune', "
                     "'u-1')"),
                 QString::fromUtf8("INSERT INTO outbox (entity, uuid, operation, revision, payload) VALUES "
                                   "('units', 'u-1', 'insert', 1, '{\"code\":\"XCL\"}')")},
                &oldError),
            qPrintable(oldError));
        Database upgraded;
        QString error;
        QVERIFY2(upgraded.open(path, &error), qPrintable(error));
        QCOMPARE(SchemaMigrations::userVersion(upgraded.connection(), &error),
                 SchemaMigrations::latestVersion());
        QVERIFY(SchemaMigrations::latestVersion() >= 13);
        const auto runs = SyncLogStore::latest(upgraded, 10, &error);
        QVERIFY2(runs, qPrintable(error));
        QVERIFY(runs->isEmpty());
        QVERIFY2(SyncLogStore::record(upgraded, run(QDateTime::currentDateTimeUtc(), 1), &error),
                 qPrintable(error));
        QCOMPARE(SyncLogStore::latest(upgraded, 10, &error)->size(), 1);
        // The change made before the upgrade is still to be sent.
        QCOMPARE(SyncStatusReader::read(upgraded, &error)->waiting, 1);
    }
};

DANHGIA_TEST_GUILESS_MAIN(TestSyncLogStore)
#include "TestSyncLogStore.moc"
