// The open database written by another process (danhgia-cli here; later a second window or the
// sync): the main window reopens the same file without calling it damaged, and every screen shows
// what the other process wrote without being asked.

#include <QApplication>

#include "TestSupport.h"

#include "AppSession.h"
#include "CampaignsView.h"
#include "CliRunner.h"
#include "DatabaseActions.h"
#include "DialogService.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ResultsView.h"
#include "ScoreSheetForm.h"
#include "ScoreSheetModel.h"
#include "demo/DemoDatabase.h"

#include <QComboBox>
#include <QDir>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace danhgia;
using namespace danhgia::ui;

class TestDatabaseReopen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<DialogRequest> m_dialogs;

    // Adds the IT-application ranking campaign NEW to the file from another process, as an
    // officer would with the CLI while the app is open.
    void importFromTheCli(const QString& campaign)
    {
        const QString examples = danhgia::test::dataPath(QStringLiteral("examples"));
        const auto criteria = danhgia::test::runCli(
            {QStringLiteral("import"), QStringLiteral("criteria"), QStringLiteral("--db"), m_path,
             examples + QStringLiteral("/ung-dung-cntt-2026.criteria.json")});
        QVERIFY2(criteria.exitCode == 0 || criteria.err.contains(QStringLiteral("ung-dung-cntt-2026")),
                 qPrintable(criteria.err));
        QStringList sheets{QStringLiteral("import"),     QStringLiteral("sheets"),
                           QStringLiteral("--campaign"), campaign,
                           QStringLiteral("--db"),       m_path};
        const QDir cntt(examples + QStringLiteral("/cntt"));
        for (const QString& file :
             cntt.entryList({QStringLiteral("*.scores.json")}, QDir::Files, QDir::Name)) {
            sheets.append(cntt.filePath(file));
        }
        const auto imported = danhgia::test::runCli(sheets);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    static bool lists(CampaignsView* view, const QString& code)
    {
        for (int row = 0; row < view->table()->rowCount(); ++row) {
            for (int column = 0; column < view->table()->columnCount(); ++column) {
                const QTableWidgetItem* item = view->table()->item(row, column);
                if (item && item->text().contains(code)) {
                    return true;
                }
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++n));
        QString error;
        QVERIFY2(DemoDatabase::create(m_path, &error), qPrintable(error));
        m_dialogs.clear();
        DialogService::setResponder([this](const DialogRequest& request) -> QVariant {
            m_dialogs.append(request);
            if (request.kind == DialogRequest::Kind::Text) {
                return QStringLiteral("Chưa có văn bản chỉ đạo");
            }
            return {};
        });
    }

    void cleanup() { DialogService::setResponder({}); }

    void reopeningTheOpenFileAfterAnotherProcessWrote()
    {
        AppSession session;
        session.setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        MainWindow window(session);
        QVERIFY(window.databaseActions()->open(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every screen reads the database (and keeps its statements) before the other process writes.
        for (const MainWindow::Page page : MainWindow::pages()) {
            window.showPage(page);
            QCoreApplication::processEvents();
        }
        importFromTheCli(QStringLiteral("NEW"));
        // File > Open recent on the file already open.
        QVERIFY(window.databaseActions()->open(m_path));
        for (const DialogRequest& shown : m_dialogs) {
            QVERIFY2(shown.kind != DialogRequest::Kind::Warning, qPrintable(shown.text));
        }
        QVERIFY(session.hasDatabase());
        QString error;
        QVERIFY2(session.database().checkIntegrity(&error), qPrintable(error));
        window.showPage(MainWindow::Page::Campaigns);
        auto* campaigns = window.pageWidget(MainWindow::Page::Campaigns)->findChild<CampaignsView*>();
        if (!campaigns) {
            campaigns = qobject_cast<CampaignsView*>(window.pageWidget(MainWindow::Page::Campaigns));
        }
        QVERIFY(campaigns);
        QVERIFY(lists(campaigns, QStringLiteral("NEW")));
        // And once more, as often as the officer likes.
        QVERIFY(window.databaseActions()->open(m_path));
        QVERIFY(session.hasDatabase());
    }

    void resultsFollowAnAppraisalChangedOnTheForm()
    {
        AppSession session;
        QString error;
        QVERIFY2(session.openDatabase(m_path, &error), qPrintable(error));
        session.setUser(QStringLiteral("Nông Thị Hạnh"), Role::Appraiser);
        ResultsView results(session);
        const QString campaign = QString::fromLatin1(DemoDatabase::ParCampaign);
        QVERIFY(results.showCampaign(campaign));
        const auto totalOf = [&results](const QString& name) {
            QTableWidget* table = results.resultsTable();
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (table->item(row, column) && table->item(row, column)->text() == name) {
                        return table->item(row, column + 1)->text();
                    }
                }
            }
            return QString();
        };
        const QString name = QStringLiteral("Sở Giáo dục và Đào tạo");
        const QString before = totalOf(name);
        QVERIFY(!before.isEmpty());

        QSqlQuery query(session.database().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT s.id FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                           "WHERE c.code = '%1' AND s.subject_code = 'SGDDT'")
                .arg(campaign)));
        QVERIFY(query.next());
        ScoreSheetForm form(session);
        QVERIFY2(form.openSheet(query.value(0).toLongLong()), qPrintable(form.messageBar()->text()));
        LeafValue lowered;
        lowered.kind = LeafValue::Kind::Points;
        lowered.number = *Decimal::fromString(QStringLiteral("0.5"));
        const QModelIndex cell = form.model()->indexOfCode(QStringLiteral("1.4"),
                                                           ScoreSheetModel::valueColumn(Stage::Appraised));
        QVERIFY(cell.isValid());
        QVERIFY(form.model()->setData(cell, QVariant::fromValue(lowered)));
        // The reason is asked once the cell editor has closed, then the change is written.
        QTRY_COMPARE(form.undoStack()->count(), 1);
        QVERIFY2(form.messageBar()->isHidden(), qPrintable(form.messageBar()->text()));
        // The results screen shows the new total at once, with no campaign picked again.
        QVERIFY2(totalOf(name) != before, qPrintable(before));
        QCOMPARE(results.campaignCombo()->currentData().toString(), campaign);
        // Undone on the form, the results follow back.
        form.undoStack()->undo();
        QCOMPARE(totalOf(name), before);
    }

    void screensFollowWhatAnotherProcessWrote()
    {
        AppSession session;
        session.setUser(QStringLiteral("Lương Văn Minh"), Role::Administrator);
        MainWindow window(session);
        QVERIFY(window.databaseActions()->open(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Campaigns);
        auto* campaigns = window.pageWidget(MainWindow::Page::Campaigns)->findChild<CampaignsView*>();
        if (!campaigns) {
            campaigns = qobject_cast<CampaignsView*>(window.pageWidget(MainWindow::Page::Campaigns));
        }
        QVERIFY(campaigns);
        QVERIFY(!lists(campaigns, QStringLiteral("CNTT-NEW")));
        importFromTheCli(QStringLiteral("CNTT-NEW"));
        // No reopening: the session's timer notices the change within a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(lists(campaigns, QStringLiteral("CNTT-NEW")), 10000);
        // A screen hidden meanwhile catches up when it is shown.
        window.showPage(MainWindow::Page::Queue);
        importFromTheCli(QStringLiteral("CNTT-OTHER"));
        session.checkForChanges();
        QVERIFY(!lists(campaigns, QStringLiteral("CNTT-OTHER")));
        window.showPage(MainWindow::Page::Campaigns);
        QVERIFY(lists(campaigns, QStringLiteral("CNTT-OTHER")));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestDatabaseReopen)

#include "TestDatabaseReopen.moc"
