// The sync in the desktop app (ui/sync) against a real danhgia-server on a real PostgreSQL, with
// the real main window offscreen: the Sync action runs a sync and the status bar shows its time and
// nothing waiting; an edit makes one change wait; an approval the server refuses shows its reason
// on the sheet, marks the row of the approval queue and is in the sync log, which survives reopening
// the database; cancel stops a sync (and one sync at a time); the timer syncs by itself; a server
// that does not answer shows offline. With DANHGIA_SCREENSHOTS set to a folder, pictures of the
// status bar while syncing and of the sync log are saved there (scripts/screenshots.sh runs it).

#include <QApplication>

#include "AppSession.h"
#include "ApprovalQueueModel.h"
#include "ApprovalQueueView.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProvinceFixture.h"
#include "ScoreSheetForm.h"
#include "SheetRefusalBanner.h"
#include "SheetsPage.h"
#include "SyncController.h"
#include "SyncLogPanel.h"
#include "SyncStatusBar.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"
#include "services/CampaignSetup.h"
#include "services/SheetEditor.h"
#include "services/SheetTransitions.h"
#include "stores/CriteriaSetStore.h"

#include <QAction>
#include <QDialog>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace danhgia;
using namespace danhgia::ui;

class TestSyncInApp : public QObject
{
    Q_OBJECT

private:
    ProvinceFixture m_province;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_connections; // owns the connections the provider made
    int m_campaigns = 0;
    int m_provided = 0;
    int m_providedSilently = 0;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_province.port())); }
    // A provider as the sign-in part gives one: a connection signed in as `login`, or nullptr.
    SyncController::ConnectionProvider provider(const QString& login, const QUrl& server = {})
    {
        return [this, login, server](QWidget* parent) -> ServerConnection* {
            ++m_provided;
            m_providedSilently += parent ? 0 : 1;
            ServerConnection::Options options;
            options.attempts = 2;
            options.backoff = std::chrono::milliseconds(50);
            options.timeout = std::chrono::milliseconds(10000);
            auto* connection
                = new ServerConnection(server.isEmpty() ? serverUrl() : server, options, m_connections.get());
            QString error;
            if (!connection->signIn(login, QString::fromLatin1(ProvinceFixture::Password), &error)) {
                qWarning("%s", qPrintable(error));
                delete connection;
                return nullptr;
            }
            return connection;
        };
    }
    static QString text(Database& db, const QString& sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }
    static qint64 sheetOf(Database& db, const QString& campaign, const QString& unit)
    {
        return text(db,
                    QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                                   "WHERE c.code = '%1' AND s.subject_code = '%2'")
                        .arg(campaign, unit))
            .toLongLong();
    }
    // The province publishes a criteria set and opens a campaign with a sheet for XCL, from its own
    // database, and pushes them. The campaign's code.
    QString openCampaign()
    {
        Database province;
        QString error;
        if (!province.open(m_dir->filePath(QStringLiteral("province.sqlite")), &error, true)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        ServerConnection connection(serverUrl(), ServerConnection::Options{});
        if (!connection.signIn(QStringLiteral("quantri"), QString::fromLatin1(ProvinceFixture::Password),
                               &error)
            || !SyncEngine(province, connection).run().completed) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        const QString code = QStringLiteral("CCHC-APP-%1").arg(++m_campaigns);
        const QString setId = QStringLiteral("app-2026-%1").arg(m_campaigns);
        const QByteArray document = QStringLiteral(
                                        R"({"format": "danhgia.criteria/1", "id": "%1", "version": 1,
"title": "Bộ tiêu chí cấp xã", "kind": "par_index", "decimals": 2,
"criteria": [{"code": "1", "title": "Lĩnh vực 1", "max": 10, "children": [
  {"code": "1.1", "title": "Tiêu chí 1.1", "max": 5, "method": {"type": "points"}},
  {"code": "1.2", "title": "Tiêu chí 1.2", "max": 5, "method": {"type": "points"}}]}],
"grades": [{"code": "A", "title": "Nhóm A", "min": 90}, {"code": "B", "title": "Nhóm B", "min": 0}]})")
                                        .arg(setId)
                                        .toUtf8();
        const bool written = province.transaction(
            [&](QString* e) {
                ValidationIssues issues;
                const auto set = CriteriaSetStore::import(province.connection(), document,
                                                          QStringLiteral("quantri"), &issues, e);
                auto setup
                    = set ? CampaignSetup::forCriteriaSet(province.connection(), *set, e) : std::nullopt;
                if (!setup) {
                    return false;
                }
                ScoreSheet sheet;
                sheet.criteriaId = setId;
                sheet.subject = {QStringLiteral("XCL"), QStringLiteral("Xã Chi Lăng"), QString(), QString()};
                return setup
                    ->create({0,
                              code,
                              QStringLiteral("Chỉ số CCHC cấp xã %1").arg(m_campaigns),
                              QStringLiteral("par_index"),
                              *set,
                              {},
                              {},
                              QString(),
                              QString()},
                             {sheet}, QStringLiteral("quantri"), e)
                    .has_value();
            },
            &error);
        const SyncSummary pushed = SyncEngine(province, connection).run();
        if (!written || !pushed.completed || pushed.refused + pushed.conflicts > 0) {
            qWarning("%s %s", qPrintable(error), qPrintable(pushed.toText()));
            return QString();
        }
        return code;
    }
    static bool score(Database& db, qint64 sheet, const QString& code, const QString& points, QString* error)
    {
        SheetEditor editor(db);
        LeafValue value;
        value.kind = LeafValue::Kind::Points;
        value.number = *Decimal::fromString(points);
        return editor.load(sheet, error)
            && editor.write({Stage::Self, code, value, QString()}, Role::SelfAssessor, QStringLiteral("xcl"),
                            error);
    }
    static void shoot(QWidget& window, const QString& name)
    {
        const QString folder = qEnvironmentVariable("DANHGIA_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QVERIFY(window.grab().save(QDir(folder).filePath(name)));
        }
    }
    struct App
    {
        AppSession session;
        std::unique_ptr<MainWindow> window;
        SyncController* sync = nullptr;
        SyncStatusBar* status = nullptr;
        qint64 sheet = 0;
    };
    // The commune's database in the main window, signed in as xcl; the campaign pulled once.
    bool openCommune(App& app, const QString& campaign, const QString& name = QStringLiteral("xcl.sqlite"))
    {
        QString error;
        if (!app.session.openDatabase(m_dir->filePath(name), &error, true)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        app.session.setUser(QStringLiteral("Hoàng Thị Lan"), Role::SelfAssessor);
        app.window = std::make_unique<MainWindow>(app.session);
        app.window->resize(1280, 800);
        app.window->show();
        app.sync = app.window->syncController();
        app.status = app.window->syncStatus();
        app.sync->setConnectionProvider(provider(QStringLiteral("xcl")));
        app.sync->syncAction()->trigger();
        app.sheet = sheetOf(app.session.database(), campaign, QStringLiteral("XCL"));
        return app.sync->lastSummary().completed && app.sheet > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_province.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_province.stop(); }
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_connections = std::make_unique<QObject>();
        m_provided = 0;
        m_providedSilently = 0;
    }
    void cleanup()
    {
        m_connections.reset();
        m_dir.reset();
    }

    void syncActionShowsTheTimeAndWhatWaits()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        App app;
        QVERIFY(openCommune(app, campaign));
        QCOMPARE(m_provided, 1);
        QVERIFY(app.sync->syncAction()->isEnabled());
        QVERIFY(!app.sync->cancelAction()->isEnabled());
        QCOMPARE(app.status->reachText(), QStringLiteral("Trực tuyến"));
        QVERIFY2(app.status->lastSyncText().startsWith(QStringLiteral("Đồng bộ lúc ")),
                 qPrintable(app.status->lastSyncText()));
        QCOMPARE(app.status->waitingText(), QStringLiteral("0 chờ gửi"));
        QVERIFY(app.status->conflictsText().isEmpty());
        QVERIFY(!app.status->isBusy());

        // An edit waits to be sent, and the next sync sends it with the same connection.
        QString error;
        QVERIFY2(score(app.session.database(), app.sheet, QStringLiteral("1.1"), QStringLiteral("4"), &error),
                 qPrintable(error));
        app.session.notifyDataChanged();
        QCOMPARE(app.status->waitingText(), QStringLiteral("1 chờ gửi"));
        QTest::keyClick(app.window.get(), Qt::Key_F9);
        QCOMPARE(app.sync->lastSummary().sent, 1);
        QCOMPARE(app.sync->lastSummary().applied, 1);
        QCOMPARE(app.status->waitingText(), QStringLiteral("0 chờ gửi"));
        QCOMPARE(m_provided, 1);
    }

    void refusedApprovalShowsTheServersReasonOnTheSheetAndInTheLog()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        App app;
        QVERIFY(openCommune(app, campaign));
        Database& db = app.session.database();
        QString error;
        QVERIFY2(score(db, app.sheet, QStringLiteral("1.1"), QStringLiteral("4"), &error), qPrintable(error));
        QVERIFY2(score(db, app.sheet, QStringLiteral("1.2"), QStringLiteral("3"), &error), qPrintable(error));
        // On a database never linked to the accounts anyone picks any role: the commune submits,
        // appraises and approves its own sheet here. The server knows the account and refuses.
        for (const auto& [action, role] : {std::pair{WorkflowAction::Submit, Role::SelfAssessor},
                                           std::pair{WorkflowAction::Appraise, Role::Appraiser},
                                           std::pair{WorkflowAction::Approve, Role::CouncilChair}}) {
            QVERIFY2(SheetTransitions::apply(db, app.sheet, action, role, QStringLiteral("xcl"), QString(),
                                             &error),
                     qPrintable(error));
        }
        app.session.notifyDataChanged();
        app.window->openSheet(app.sheet);
        ScoreSheetForm* form = app.window->findChild<SheetsPage*>()->form();
        QVERIFY(form->refusalBar()->isHidden());

        app.window->syncLog()->show();
        // The status bar while the sync runs, for the user guide's picture.
        bool busySeen = false;
        connect(app.sync, &SyncController::progress, this, [&] {
            busySeen = busySeen || app.status->isBusy();
            if (!app.status->progressText().isEmpty()) {
                shoot(*app.window, QStringLiteral("sync-statusbar.png"));
            }
        });
        app.sync->syncAction()->trigger();
        QVERIFY(busySeen);
        QCOMPARE(app.sync->lastSummary().refused, 2);
        const QString reason
            = text(db,
                   QStringLiteral("SELECT error_message FROM outbox_outcomes o JOIN outbox b "
                                  "ON b.id = o.outbox_id WHERE o.status = 'refused' AND "
                                  "b.payload LIKE '%approved%'"));
        QVERIFY(!reason.isEmpty());

        // On the sheet: the server's reason.
        QVERIFY(!form->refusalBar()->isHidden());
        QVERIFY2(form->refusalBar()->text().contains(reason), qPrintable(form->refusalBar()->text()));
        // In the log: the sync, and under it each refusal with its sheet and reason.
        QTreeWidget* log = app.window->syncLog()->tree();
        QCOMPARE(log->topLevelItemCount(), 2);
        QTreeWidgetItem* last = log->topLevelItem(0);
        QCOMPARE(last->text(5), QStringLiteral("2"));
        QCOMPARE(last->childCount(), 2);
        QVERIFY2(last->child(1)->text(1).contains(reason), qPrintable(last->child(1)->text(1)));
        QVERIFY2(last->child(1)->text(0).contains(QStringLiteral("Xã Chi Lăng")),
                 qPrintable(last->child(1)->text(0)));
        QVERIFY(log->topLevelItem(1)->childCount() == 0);
        shoot(*app.window, QStringLiteral("sync-log.png"));

        // The approval queue marks the row: approved here, the sheet waits for the administrator.
        app.session.setUser(QStringLiteral("Quản trị"), Role::Administrator);
        auto* queue = app.window->findChild<ApprovalQueueView*>();
        QVERIFY(queue);
        ApprovalQueueModel* model = queue->queueModel();
        const int row = model->rowOf(app.sheet);
        QVERIFY(row >= 0);
        const QModelIndex state = model->index(row, ApprovalQueueModel::StateColumn);
        QCOMPARE(state.data(ApprovalQueueModel::RefusalRole).toString(), reason);
        QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(reason),
                 qPrintable(state.data(Qt::ToolTipRole).toString()));
        QVERIFY(!state.data(Qt::DecorationRole).isNull());
    }

    void logSurvivesReopeningTheDatabase()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        const QString path = m_dir->filePath(QStringLiteral("xcl.sqlite"));
        {
            App app;
            QVERIFY(openCommune(app, campaign));
            QCOMPARE(app.window->syncLog()->tree()->topLevelItemCount(), 1);
        }
        AppSession session;
        QString error;
        QVERIFY2(session.openDatabase(path, &error), qPrintable(error));
        MainWindow window(session);
        QTreeWidget* log = window.syncLog()->tree();
        QCOMPARE(log->topLevelItemCount(), 1);
        QCOMPARE(log->topLevelItem(0)->text(1), QStringLiteral("Hoàn tất"));
        QVERIFY(log->topLevelItem(0)->text(4).toInt() >= 3);
        QVERIFY(window.syncStatus()->lastSyncText().startsWith(QStringLiteral("Đồng bộ lúc ")));
    }

    void cancelStopsASyncAndOneRunsAtATime()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        App app;
        QVERIFY(openCommune(app, campaign));
        QString error;
        QVERIFY2(score(app.session.database(), app.sheet, QStringLiteral("1.1"), QStringLiteral("2"), &error),
                 qPrintable(error));
        bool secondStarted = true;
        bool actionEnabled = true;
        bool cancelEnabled = false;
        const auto stop = connect(app.sync, &SyncController::started, this, [&] {
            QTimer::singleShot(0, app.sync, [&] {
                secondStarted = app.sync->syncNow();
                actionEnabled = app.sync->syncAction()->isEnabled();
                cancelEnabled = app.sync->cancelAction()->isEnabled();
                app.sync->cancelAction()->trigger();
            });
        });
        app.sync->syncAction()->trigger();
        disconnect(stop);
        QVERIFY(!secondStarted);
        QVERIFY(!actionEnabled);
        QVERIFY(cancelEnabled);
        QVERIFY(app.sync->lastSummary().cancelled);
        QVERIFY(!app.sync->lastSummary().completed);
        QVERIFY(!app.sync->isRunning());
        QVERIFY(app.sync->syncAction()->isEnabled());
        QCOMPARE(app.status->waitingText(), QStringLiteral("1 chờ gửi"));
        QCOMPARE(app.window->syncLog()->tree()->topLevelItem(0)->text(1), QStringLiteral("Đã dừng"));

        // The next sync asks for a connection again (a cancelled one refuses everything) and sends it.
        app.sync->syncAction()->trigger();
        QVERIFY2(app.sync->lastSummary().completed, qPrintable(app.sync->lastSummary().toText()));
        QCOMPARE(m_provided, 2);
        QCOMPARE(app.status->waitingText(), QStringLiteral("0 chờ gửi"));
    }

    void timerSyncsWithoutAsking()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        App app;
        QVERIFY(openCommune(app, campaign));
        QString error;
        QVERIFY2(score(app.session.database(), app.sheet, QStringLiteral("1.2"), QStringLiteral("5"), &error),
                 qPrintable(error));
        app.session.notifyDataChanged();
        QCOMPARE(app.status->waitingText(), QStringLiteral("1 chờ gửi"));
        app.sync->setInterval(std::chrono::milliseconds(200));
        QTRY_COMPARE_WITH_TIMEOUT(app.window->syncLog()->tree()->topLevelItemCount(), 2, 30000);
        app.sync->setInterval(std::chrono::milliseconds(0));
        QCOMPARE(app.status->waitingText(), QStringLiteral("0 chờ gửi"));
        QCOMPARE(m_providedSilently, 0); // the connection of the first sync was kept
    }

    void timerWaitsWhileADialogIsOpen()
    {
        const QString campaign = openCampaign();
        QVERIFY(!campaign.isEmpty());
        App app;
        QVERIFY(openCommune(app, campaign));
        QDialog dialog(app.window.get());
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
        QVERIFY(!app.sync->syncFromTimer());
        QCOMPARE(app.window->syncLog()->tree()->topLevelItemCount(), 1);
        dialog.close();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(app.sync->syncFromTimer());
        QCOMPARE(app.window->syncLog()->tree()->topLevelItemCount(), 2);
    }

    void serverThatDoesNotAnswerShowsOffline()
    {
        App app;
        QString error;
        QVERIFY2(app.session.openDatabase(m_dir->filePath(QStringLiteral("xcl.sqlite")), &error, true),
                 qPrintable(error));
        MainWindow window(app.session);
        SyncController* sync = window.syncController();
        // A server that does not answer (nobody listens on the port): every request fails on the way.
        ServerConnection::Options options;
        options.attempts = 1;
        auto* connection
            = new ServerConnection(QUrl(QStringLiteral("http://127.0.0.1:1")), options, m_connections.get());
        sync->setConnectionProvider([connection](QWidget*) { return connection; });
        sync->syncAction()->trigger();
        QVERIFY(!sync->lastSummary().completed);
        QCOMPARE(window.syncStatus()->reachText(), QStringLiteral("Ngoại tuyến"));
        QVERIFY2(
            window.syncLog()->tree()->topLevelItem(0)->text(1).startsWith(QStringLiteral("Không hoàn tất")),
            qPrintable(window.syncLog()->tree()->topLevelItem(0)->text(1)));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestSyncInApp)
#include "TestSyncInApp.moc"
