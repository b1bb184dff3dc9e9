// The main window: navigation between the screens, the File menu's database work (new, open,
// recent, back up, restore) answered through DialogService, the status bar, the settings that
// are remembered, the user guide.

#include <QApplication>

#include "RowCount.h"
#include "TestSupport.h"

#include "AppRestart.h"
#include "AppSession.h"
#include "ApprovalQueueModel.h"
#include "ApprovalQueueView.h"
#include "DatabaseActions.h"
#include "DialogService.h"
#include "MainWindow.h"
#include "ScoreSheetForm.h"
#include "SettingsView.h"
#include "SheetsPage.h"
#include "SyncController.h"
#include "UserGuideDialog.h"
#include "demo/DemoDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace danhgia;
using namespace danhgia::ui;
using danhgia::test::countRows;

namespace {

// Answers every dialog from a list, in order, and keeps what was asked.
struct ScriptedDialogs
{
    QList<QVariant> answers;
    QList<DialogRequest> asked;

    void install()
    {
        DialogService::setResponder([this](const DialogRequest& request) {
            asked.append(request);
            return answers.isEmpty() ? QVariant() : answers.takeFirst();
        });
    }
    ~ScriptedDialogs() { DialogService::setResponder({}); }
};

QLabel* statusLabel(const MainWindow& window, const char* name)
{
    return window.findChild<QLabel*>(QLatin1String(name));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void navigatesBetweenPages()
    {
        AppSession session;
        MainWindow window(session);
        QCOMPARE(window.navigation()->count(), MainWindow::pages().size());
        for (const MainWindow::Page page : MainWindow::pages()) {
            window.showPage(page);
            QCOMPARE(window.currentPage(), page);
            QVERIFY(window.pageWidget(page));
            QVERIFY(window.pageWidget(page)->isVisibleTo(&window));
            QCOMPARE(MainWindow::pageFromName(MainWindow::pageName(page)), page);
        }
        QVERIFY(!MainWindow::pageFromName(QStringLiteral("nowhere")));
    }

    void createsADatabaseFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("moi.sqlite"));
        AppSession session;
        MainWindow window(session);
        QCOMPARE(statusLabel(window, "databaseStatus")->text(),
                 MainWindow::tr("No database open: File > Open database"));
        ScriptedDialogs dialogs;
        dialogs.answers = {path};
        dialogs.install();
        window.databaseActions()->chooseNew();
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(dialogs.asked.first().kind, DialogRequest::Kind::SaveFile);
        QVERIFY(session.hasDatabase());
        QCOMPARE(session.databasePath(), path);
        QVERIFY(statusLabel(window, "databaseStatus")->text().contains(QStringLiteral("moi.sqlite")));
        QCOMPARE(window.databaseActions()->recentFiles(), QStringList{path});

        // The same name again is refused: an existing file is never overwritten.
        dialogs.answers = {path};
        window.databaseActions()->chooseNew();
        QCOMPARE(dialogs.asked.last().kind, DialogRequest::Kind::Warning);
        QVERIFY(dialogs.asked.last().text.contains(QStringLiteral("moi.sqlite")));
    }

    void aBrokenFileGivesAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hong.sqlite"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("this is not a database, only text that fills the header of the file......");
        broken.close();
        AppSession session;
        MainWindow window(session);
        ScriptedDialogs dialogs;
        dialogs.install();
        QVERIFY(!window.databaseActions()->open(path));
        QVERIFY(!session.hasDatabase());
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(dialogs.asked.first().kind, DialogRequest::Kind::Warning);
        QVERIFY(dialogs.asked.first().text.contains(QStringLiteral("hong.sqlite")));
        QVERIFY(window.databaseActions()->recentFiles().isEmpty());
    }

    void backsUpAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dulieu.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("saoluu.sqlite"));
        AppSession session;
        MainWindow window(session);
        QVERIFY(window.databaseActions()->open(path, true));
        QSqlQuery insert(session.database().connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('note', 'before')")));

        ScriptedDialogs dialogs;
        dialogs.answers = {copy, QVariant()};
        dialogs.install();
        window.databaseActions()->backUp();
        QVERIFY(QFile::exists(copy));
        QCOMPARE(dialogs.asked.last().kind, DialogRequest::Kind::Information);

        QVERIFY(insert.exec(QStringLiteral("UPDATE meta SET value='after' WHERE key='note'")));
        // Declining the question changes nothing.
        dialogs.answers = {copy, false};
        window.databaseActions()->restore();
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM meta WHERE value='after'")), 1);
        dialogs.answers = {copy, true, QVariant()};
        window.databaseActions()->restore();
        QCOMPARE(countRows(path, QStringLiteral("SELECT COUNT(*) FROM meta WHERE value='before'")), 1);
    }

    void reopensTheLastDatabaseAndPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lan-truoc.sqlite"));
        {
            AppSession session;
            MainWindow window(session);
            QCOMPARE(window.size(), MainWindow::defaultSize());
            QVERIFY(window.databaseActions()->open(path, true));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1320, 820);
            QTRY_COMPARE(window.size(), QSize(1320, 820));
            window.showPage(MainWindow::Page::Settings);
            window.close();
        }
        AppSession session;
        MainWindow window(session);
        QVERIFY(window.databaseActions()->reopenLast());
        QCOMPARE(session.databasePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.size(), QSize(1320, 820));
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
    }

    void settingsChangeTheUserAndRole()
    {
        AppSession session;
        SettingsView::restoreUser(session);
        MainWindow window(session);
        auto* settings = qobject_cast<SettingsView*>(window.pageWidget(MainWindow::Page::Settings));
        QVERIFY(settings);
        settings->userNameEdit()->setText(QStringLiteral("Trần Thị Bích Ngọc"));
        settings->roleCombo()->setCurrentIndex(settings->roleCombo()->findData(QStringLiteral("appraiser")));
        QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("applySettingsButton")),
                          Qt::LeftButton);
        QCOMPARE(session.userName(), QStringLiteral("Trần Thị Bích Ngọc"));
        QCOMPARE(session.role(), Role::Appraiser);
        QCOMPARE(session.actor(), QStringLiteral("Trần Thị Bích Ngọc (appraiser)"));
        QVERIFY(statusLabel(window, "userStatus")->text().contains(QStringLiteral("Trần Thị Bích Ngọc")));
        QVERIFY(statusLabel(window, "userStatus")->text().contains(Roles::title(Role::Appraiser)));

        // A later start finds them again.
        AppSession later;
        SettingsView::restoreUser(later);
        QCOMPARE(later.userName(), QStringLiteral("Trần Thị Bích Ngọc"));
        QCOMPARE(later.role(), Role::Appraiser);

        // A blank name is refused with a message, and nothing changes.
        settings->userNameEdit()->setText(QStringLiteral("   "));
        settings->apply();
        QCOMPARE(session.userName(), QStringLiteral("Trần Thị Bích Ngọc"));
    }

    // A new language applies from the next start: saving it asks whether to restart now, and
    // a restart keeps the arguments except those meant for one start.
    void languageChangeOffersARestart()
    {
        AppSession session;
        SettingsView::restoreUser(session);
        MainWindow window(session);
        auto* settings = qobject_cast<SettingsView*>(window.pageWidget(MainWindow::Page::Settings));
        QVERIFY(settings);
        QList<QStringList> restarts;
        AppRestart::setRestarter(
            [&restarts](const QString&, const QStringList& arguments) { restarts.append(arguments); });
        const auto removeRestarter = qScopeGuard([] { AppRestart::setRestarter({}); });
        ScriptedDialogs dialogs;
        dialogs.answers = {false};
        dialogs.install();
        QComboBox* language = settings->languageCombo();
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        settings->apply();
        QCOMPARE(SettingsView::savedLanguage(), QStringLiteral("en"));
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(dialogs.asked.first().kind, DialogRequest::Kind::Question);
        QVERIFY(restarts.isEmpty());

        // Saved again without a change: nothing to ask.
        settings->apply();
        QCOMPARE(dialogs.asked.size(), 1);

        dialogs.answers = {true};
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        settings->apply();
        QCOMPARE(SettingsView::savedLanguage(), QStringLiteral("vi"));
        QCOMPARE(dialogs.asked.size(), 2);
        QCOMPARE(restarts.size(), 1);

        const QStringList arguments{QStringLiteral("--demo"),       QStringLiteral("--page"),
                                    QStringLiteral("sheets"),       QStringLiteral("--screenshot=a.png"),
                                    QStringLiteral("--reset-demo"), QStringLiteral("--"),
                                    QStringLiteral("--page")};
        QCOMPARE(AppRestart::argumentsForRestart(arguments),
                 (QStringList{QStringLiteral("--demo"), QStringLiteral("--"), QStringLiteral("--page")}));
    }

    // On the demo database: Enter on a sheet of the approval queue opens it in the sheet form,
    // and a campaign double-clicked lists its sheets.
    void queueOpensTheSheetForm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        AppSession session;
        session.setUser(QStringLiteral("Hoàng Văn Thụ"), Role::CouncilChair);
        MainWindow window(session);
        QVERIFY(window.databaseActions()->open(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every screen, with the demo's long titles, fits a 1280-pixel screen.
        for (const MainWindow::Page page : MainWindow::pages()) {
            window.showPage(page);
            QVERIFY2(window.minimumSizeHint().width() <= MainWindow::defaultSize().width(),
                     qPrintable(MainWindow::pageName(page)));
        }
        window.showPage(MainWindow::Page::Queue);
        auto* queue = window.pageWidget(MainWindow::Page::Queue)->findChild<ApprovalQueueView*>();
        QVERIFY(queue);
        // The chair's queue: the appraised sheets of the PAR index; the monthly staff sheets are the
        // unit head's to decide.
        QTRY_VERIFY(queue->table()->model()->rowCount() >= 2);
        for (int row = 0; row < queue->queueModel()->rowCount(); ++row) {
            QCOMPARE(queue->queueModel()->item(row).state, SheetState::Appraised);
        }
        const QModelIndex first = queue->table()->model()->index(0, 0);
        const qint64 sheetId = first.data(ApprovalQueueModel::SheetIdRole).toLongLong();
        QVERIFY(sheetId > 0);
        queue->table()->setCurrentIndex(first);
        queue->table()->setFocus();
        QTest::keyClick(queue->table(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sheets);
        auto* sheets = qobject_cast<SheetsPage*>(window.pageWidget(MainWindow::Page::Sheets));
        QVERIFY(sheets);
        QCOMPARE(sheets->form()->sheetId(), sheetId);
        QCOMPARE(sheets->sheetList()->currentIndex().data(ApprovalQueueModel::SheetIdRole).toLongLong(),
                 sheetId);
    }

    // Column widths are kept from one start to the next; rows are not: a table's rows are the data
    // of the moment, and a restored row header once showed rows the data no longer had, more of
    // them at each start.
    void tablesKeepTheirColumnsButNotTheirRowsAcrossStarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mau.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        ScriptedDialogs dialogs;
        dialogs.install();
        const auto visitEveryScreen = [&](MainWindow& window) {
            for (const MainWindow::Page page : MainWindow::pages()) {
                window.showPage(page);
                QCoreApplication::processEvents();
            }
        };
        for (int start = 0; start < 3; ++start) {
            AppSession session;
            session.setUser(QStringLiteral("Hoàng Văn Thụ"), Role::Administrator);
            MainWindow window(session);
            QVERIFY(window.databaseActions()->open(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            visitEveryScreen(window);
            for (const MainWindow::Page page : MainWindow::pages()) {
                for (const QTableView* table : window.pageWidget(page)->findChildren<QTableView*>()) {
                    if (!table->model()) {
                        continue;
                    }
                    const QString where = MainWindow::pageName(page) + QLatin1Char('/') + table->objectName();
                    QVERIFY2(table->verticalHeader()->count() == table->model()->rowCount(),
                             qPrintable(QStringLiteral("%1 at start %2: %3 row headers for %4 rows")
                                            .arg(where)
                                            .arg(start + 1)
                                            .arg(table->verticalHeader()->count())
                                            .arg(table->model()->rowCount())));
                    QVERIFY2(table->verticalHeader()->hiddenSectionCount() == 0, qPrintable(where));
                }
            }
            window.close();
        }
        const QStringList keys = QSettings().allKeys();
        for (const QString& key : keys) {
            QVERIFY2(!key.endsWith(QLatin1String("-rows")), qPrintable(key));
        }
        QVERIFY2(!keys.filter(QLatin1String("Headers/")).isEmpty(), "no column widths were kept");
    }

    // On the demo database, at the size of a first start (1280 × 800): every choice of every list
    // of every screen (each campaign, unit, council, survey...) leaves the window within the
    // screen, its status bar in sight. Settings is left out: its lists change the user's role and
    // language.
    void everyScreenFitsTheScreenWithEveryChoice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mau.sqlite"));
        QString error;
        QVERIFY2(DemoDatabase::create(path, &error), qPrintable(error));
        ScriptedDialogs dialogs;
        dialogs.install();
        AppSession session;
        session.setUser(QStringLiteral("Hoàng Văn Thụ"), Role::Administrator);
        MainWindow window(session);
        QVERIFY(window.databaseActions()->open(path));
        window.resize(MainWindow::defaultSize());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize screen = MainWindow::defaultSize();
        const auto fits = [&](const QString& where) {
            // Layout requests travel up one parent per round of posted events.
            for (int round = 0; round < 16; ++round) {
                QCoreApplication::sendPostedEvents();
            }
            const QSize hint = window.minimumSizeHint();
            QVERIFY2(
                hint.width() <= screen.width() && hint.height() <= screen.height(),
                qPrintable(
                    QStringLiteral("%1: minimum %2 × %3").arg(where).arg(hint.width()).arg(hint.height())));
            QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
                     qPrintable(QStringLiteral("%1: window %2 × %3")
                                    .arg(where)
                                    .arg(window.width())
                                    .arg(window.height())));
            QVERIFY2(window.statusBar()->isVisible()
                         && window.statusBar()->geometry().bottom() < window.height(),
                     qPrintable(where));
        };
        for (const MainWindow::Page page : MainWindow::pages()) {
            if (page == MainWindow::Page::Settings) {
                continue;
            }
            window.showPage(page);
            fits(MainWindow::pageName(page));
            if (QTest::currentTestFailed()) {
                return;
            }
            QWidget* screenWidget = window.pageWidget(page);
            for (QComboBox* combo : screenWidget->findChildren<QComboBox*>()) {
                if (!combo->isVisibleTo(screenWidget) || !combo->isEnabled()) {
                    continue;
                }
                for (int i = 0; i < combo->count(); ++i) {
                    combo->setCurrentIndex(i);
                    Q_EMIT combo->activated(i);
                    fits(QStringLiteral("%1, %2: %3")
                             .arg(MainWindow::pageName(page), combo->objectName(), combo->itemText(i)));
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                }
            }
        }
    }

    // A database not linked to the provincial server: the status bar says the work stays on this
    // computer and its tooltip says why; the sync's own part of the status bar does not repeat it,
    // and the Sync action waits for a database.
    void statusBarSaysTheWorkStaysOnThisComputer()
    {
        AppSession session;
        MainWindow window(session);
        QVERIFY(!window.syncController()->syncAction()->isEnabled());
        const QLabel* sync = statusLabel(window, "accountStatus");
        QVERIFY(sync);
        QCOMPARE(sync->text(), QStringLiteral("Làm việc trên một máy (chưa liên kết máy chủ)"));
        const QLabel* reach = statusLabel(window, "syncReach");
        QVERIFY(reach);
        QVERIFY(!reach->isVisibleTo(&window));
        QVERIFY2(sync->toolTip().contains(QStringLiteral("máy chủ của tỉnh")), qPrintable(sync->toolTip()));
        QVERIFY(sync->toolTip().contains(QStringLiteral("Sao lưu")));
    }

    void userGuideIsInVietnamese()
    {
        UserGuideDialog dialog;
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Hướng dẫn sử dụng")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Hàng chờ duyệt")));
    }

    // The chapter on starting a year shows its screenshots, built into the program, scaled to the
    // guide's width.
    void userGuideShowsItsScreenshots()
    {
        UserGuideDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Bắt đầu một năm đánh giá")));
        int images = 0;
        for (QTextBlock block = dialog.browser()->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat()) {
                    continue;
                }
                const QTextImageFormat image = format.toImageFormat();
                ++images;
                const QSize size = dialog.imageSize(image.name());
                QVERIFY2(!size.isEmpty(), qPrintable(image.name()));
                QCOMPARE(size, QSize(1280, 800));
                QCOMPARE(image.width(), static_cast<qreal>(UserGuideDialog::ImageWidth));
                QCOMPARE(image.height(), 800.0 * UserGuideDialog::ImageWidth / 1280);
            }
        }
        QVERIFY2(images >= 7, qPrintable(QString::number(images)));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
