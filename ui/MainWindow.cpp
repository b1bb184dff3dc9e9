#include "MainWindow.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "ApprovalQueueView.h"
#include "CampaignsView.h"
#include "CatalogueView.h"
#include "ClassificationView.h"
#include "ConflictsView.h"
#include "CouncilView.h"
#include "DatabaseActions.h"
#include "DialogService.h"
#include "OfflineUseBanner.h"
#include "ResultsView.h"
#include "SettingsView.h"
#include "SheetsPage.h"
#include "SignInFlow.h"
#include "SurveyEntryView.h"
#include "SyncController.h"
#include "SyncLogPanel.h"
#include "SyncStatusBar.h"
#include "UserGuideDialog.h"
#include "engine/EvidenceTransfer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace danhgia::ui {

namespace {

// The name a view's columns are remembered by: the view's object name. Rows are not remembered:
// they are the data of the moment (a restored row header brings back rows the data no longer has).
QString viewName(const QHeaderView* header)
{
    const QObject* view = header->parent();
    if (header->orientation() != Qt::Horizontal || !view || view->objectName().isEmpty()) {
        return {};
    }
    return view->objectName();
}

// Gives the keys to a screen just chosen: to its focus proxy, else to its first list or table
// shown, so that the arrow keys move in the screen rather than between the screens.
void focusScreen(QWidget* page)
{
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const auto views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (view->isVisible() && view->isEnabled() && (view->focusPolicy() & Qt::TabFocus)) {
            view->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("Evaluation"));
    m_databaseActions = new DatabaseActions(m_session, this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    auto* central = new QWidget(this);
    auto* rows = new QVBoxLayout(central);
    rows->setContentsMargins(8, 8, 8, 0);
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    rows->addLayout(layout, 1);
    setCentralWidget(central);

    m_signInFlow = new SignInFlow(m_session, this);
    createPages();
    m_sync = new SyncController(m_session, this, this);
    // The sync signs in through the flow: the keychain's saved sign-in first, then the dialog. The
    // timer asks with no parent: it never opens a dialog, it only resumes a saved sign-in.
    m_sync->setConnectionProvider([this](QWidget* asking) -> ServerConnection* {
        if (asking) {
            return m_signInFlow->ensureSignedIn(asking);
        }
        if (!m_signInFlow->isSignedIn() && m_session.account()) {
            m_signInFlow->resume();
        }
        return m_signInFlow->connection();
    });
    m_session.setEvidenceFetcher([this](qint64 evidenceId, QString* error) {
        if (m_sync->isRunning()) {
            *error = tr("A synchronisation is running; open the file again when it has finished.");
            return false;
        }
        ServerConnection* connection = m_signInFlow->ensureSignedIn(this);
        if (!connection) {
            *error = tr("The file is on the provincial server: sign in to fetch it.");
            return false;
        }
        EvidenceTransfer transfer(m_session.database(), *connection);
        return transfer.fetch(evidenceId, error);
    });
    createMenus();
    createSync();
    // Above every screen while the account's offline use has ended: why nothing can be changed,
    // and the sign-in.
    m_offlineUse = new OfflineUseBanner(m_session, m_signInAction, central);
    rows->insertWidget(0, m_offlineUse);
    // As wide as the longest screen name and a little room, in the font's own measure (a larger
    // font or a scaled screen widens it): what is left goes to the screens.
    const QFontMetrics metrics = m_navigation->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(widest + metrics.averageCharWidth() * 6 + 2 * m_navigation->frameWidth());

    m_userLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    m_syncStatus = new SyncStatusBar(m_session, *m_sync, this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&m_session, &AppSession::databaseChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &AppSession::userChanged, this, &MainWindow::updateStatus);
    connect(m_signInFlow, &SignInFlow::signedInChanged, this, &MainWindow::updateStatus);
    connect(m_signInFlow, &SignInFlow::signedInChanged, this, [this] {
        if (m_signInFlow->isSignedIn()) {
            m_sync->noteServerAnswered();
            statusBar()->clearMessage(); // "signed out" and the like are over
        }
    });
    // A linked database signs in again with the saved sign-in, once the window shows.
    connect(&m_session, &AppSession::databaseChanged, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::resumeSignIn); });
    restoreSettings();
    updateStatus();
}

QList<MainWindow::Page> MainWindow::pages()
{
    return {Page::Campaigns, Page::Queue,      Page::Sheets,    Page::Councils, Page::Surveys,
            Page::Results,   Page::Catalogues, Page::Conflicts, Page::Settings};
}

QString MainWindow::pageName(Page page)
{
    switch (page) {
        case Page::Campaigns:
            return QStringLiteral("campaigns");
        case Page::Queue:
            return QStringLiteral("queue");
        case Page::Sheets:
            return QStringLiteral("sheets");
        case Page::Councils:
            return QStringLiteral("councils");
        case Page::Surveys:
            return QStringLiteral("surveys");
        case Page::Results:
            return QStringLiteral("results");
        case Page::Catalogues:
            return QStringLiteral("catalogues");
        case Page::Conflicts:
            return QStringLiteral("conflicts");
        case Page::Settings:
            break;
    }
    return QStringLiteral("settings");
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString& name)
{
    for (const Page page : pages()) {
        if (pageName(page) == name) {
            return page;
        }
    }
    return std::nullopt;
}

void MainWindow::addPage(Page page, const QString& title, const QString& toolTip, QWidget* widget)
{
    widget->setObjectName(pageName(page) + QLatin1String("Page"));
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(toolTip);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().lineSpacing() * 2 + 4));
    m_stack->addWidget(widget);
    m_pageOrder.append(page);
}

void MainWindow::createPages()
{
    auto* campaigns = new CampaignsView(m_session, this);
    addPage(Page::Campaigns, tr("Campaigns"), tr("Evaluation campaigns, their deadlines and progress"),
            campaigns);

    // In a page of its own, so that the tabs keep the margins of every other screen.
    auto* queuePage = new QWidget(this);
    auto* queue = new QTabWidget(queuePage);
    auto* approvals = new ApprovalQueueView(m_session, queue);
    queue->addTab(approvals, tr("Waiting for me"));
    queue->addTab(new ClassificationView(m_session, queue), tr("Classification and quota"));
    (new QVBoxLayout(queuePage))->addWidget(queue);
    addPage(Page::Queue, tr("Approval queue"),
            tr("Sheets waiting for your role, and the classification of a unit"), queuePage);

    m_sheets = new SheetsPage(m_session, this);
    addPage(Page::Sheets, tr("Score sheets"), tr("Score, attach evidence, appraise"), m_sheets);
    addPage(Page::Councils, tr("Interview councils"),
            tr("Members' scores, dialogues, agreed and official scores"), new CouncilView(m_session, this));
    addPage(Page::Surveys, tr("Surveys"), tr("Entry of paper questionnaires and the survey points"),
            new SurveyEntryView(m_session, this));
    addPage(Page::Results, tr("Results and charts"), tr("Ranking, field indexes, grades and trends"),
            new ResultsView(m_session, this));
    addPage(Page::Catalogues, tr("Catalogues"), tr("Units, people and criteria sets"),
            new CatalogueView(m_session, this));
    m_conflicts = new ConflictsView(m_session, this);
    addPage(Page::Conflicts, tr("Sync conflicts"),
            tr("Rows changed both here and on the provincial server: compare and decide"), m_conflicts);
    addPage(Page::Settings, tr("Settings"), tr("User, role and language"), new SettingsView(m_session, this));
    connect(m_conflicts, &ConflictsView::countChanged, this, &MainWindow::updateConflictCount);
    updateConflictCount(m_conflicts->conflictCount());

    connect(approvals, &ApprovalQueueView::openSheetRequested, this, &MainWindow::openSheet);
    connect(campaigns, &CampaignsView::campaignActivated, this, [this](const QString& code) {
        m_sheets->showCampaign(code);
        showPage(Page::Sheets);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_databaseActions->addTo(file);
    file->addSeparator();
    m_signInAction = file->addAction(tr("Sign &in to the server…"), this, &MainWindow::signIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pageOrder.size(); ++i) {
        QAction* action
            = go->addAction(m_navigation->item(i)->text(), this, [this, page = m_pageOrder.at(i)] {
                  showPage(page);
                  focusScreen(pageWidget(page));
              });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

// The Sync menu and toolbar, and the sync log at the bottom (hidden until asked for). While a sync
// runs the database may not change under it: the File actions wait, and closing waits for its end.
void MainWindow::createSync()
{
    m_syncLog = new SyncLogPanel(m_session, this);
    m_syncLog->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncLog);
    m_syncLog->hide();
    QAction* logAction = m_syncLog->toggleViewAction();
    logAction->setText(tr("Sync &log"));
    logAction->setObjectName(QStringLiteral("syncLogAction"));

    // Before Help, which stays last.
    auto* sync = new QMenu(tr("&Sync"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), sync);
    sync->addAction(m_sync->syncAction());
    sync->addAction(m_sync->cancelAction());
    sync->addSeparator();
    sync->addAction(logAction);
    QToolBar* toolBar = addToolBar(tr("Sync"));
    toolBar->setObjectName(QStringLiteral("syncToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    m_sync->syncAction()->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_sync->cancelAction()->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    toolBar->addAction(m_sync->syncAction());
    toolBar->addAction(m_sync->cancelAction());
    toolBar->addAction(logAction);

    connect(m_sync, &SyncController::started, this, [this] { setDatabaseActionsEnabled(false); });
    connect(m_sync, &SyncController::finished, this, [this] {
        setDatabaseActionsEnabled(true);
        m_syncLog->reload();
        if (m_closeAfterSync) {
            m_closeAfterSync = false;
            close();
        }
    });
    connect(m_sync, &SyncController::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::setDatabaseActionsEnabled(bool enabled)
{
    static const char* const Before = "enabledBeforeSync";
    for (QAction* action : m_fileMenu->actions()) {
        if (action->menuRole() == QAction::QuitRole) {
            continue; // closing waits for the sync's end
        }
        if (!enabled) {
            action->setProperty(Before, action->isEnabled());
            action->setEnabled(false);
        } else if (action->property(Before).isValid()) {
            action->setEnabled(action->property(Before).toBool());
            action->setProperty(Before, QVariant());
        }
    }
}

void MainWindow::showPage(Page page)
{
    const int row = static_cast<int>(m_pageOrder.indexOf(page));
    if (row >= 0) {
        m_navigation->setCurrentRow(row);
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pageOrder.size() ? m_pageOrder.at(row) : Page::Campaigns;
}

QWidget* MainWindow::pageWidget(Page page) const
{
    const int row = static_cast<int>(m_pageOrder.indexOf(page));
    return row >= 0 ? m_stack->widget(row) : nullptr;
}

void MainWindow::openSheet(qint64 sheetId)
{
    showPage(Page::Sheets);
    m_sheets->openSheet(sheetId);
}

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString version = QApplication::applicationVersion();
    const QString name = version.isEmpty() ? windowTitle() : tr("%1 %2").arg(windowTitle(), version);
    QMessageBox::about(this, tr("About %1").arg(windowTitle()),
                       tr("<h3>%1</h3>"
                          "<p>Scoring, appraisal and classification for Home Affairs officers: "
                          "criteria sets, score sheets, councils and results.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(name.toHtmlEscaped(), QLatin1String(qVersion())));
}

void MainWindow::updateStatus()
{
    m_userLabel->setText(tr("User: %1 — %2").arg(m_session.userName(), Roles::title(m_session.role())));
    if (m_session.hasDatabase()) {
        const QString path = QDir::toNativeSeparators(m_session.databasePath());
        m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
        m_databaseLabel->setToolTip(path);
        setWindowTitle(tr("%1 — Evaluation").arg(QFileInfo(path).fileName()));
    } else {
        m_databaseLabel->setText(tr("No database open: File > Open database"));
        m_databaseLabel->setToolTip({});
        setWindowTitle(tr("Evaluation"));
    }
    const auto& account = m_session.account();
    m_signInAction->setEnabled(m_session.hasDatabase() && !m_signInFlow->isSignedIn());
    m_signOutAction->setEnabled(m_session.hasDatabase() && (m_signInFlow->isSignedIn() || account));
    if (!account) {
        m_accountLabel->setText(tr("Working on a single computer (not linked to a server)"));
        m_accountLabel->setToolTip(tr("This database is not linked to the provincial server: every change is "
                                      "kept only in the database file on this computer, and any role may be "
                                      "chosen in Settings. Keep copies with File > Back up."));
        return;
    }
    const QString server = QUrl(m_session.linkedServer()).host();
    if (m_signInFlow->isSignedIn()) {
        m_accountLabel->setText(tr("Signed in to %1 as %2").arg(server, account->login));
    } else if (account->usableOffline(QDateTime::currentDateTimeUtc())) {
        m_accountLabel->setText(tr("Account %1 of %2, offline").arg(account->login, server));
    } else {
        m_accountLabel->setText(
            tr("Account %1 of %2: sign in again to make changes").arg(account->login, server));
    }
    m_accountLabel->setToolTip(
        account->offlineUntil.isValid()
            ? tr("Linked to %1. Offline work as this account is possible until %2.")
                  .arg(m_session.linkedServer(),
                       QLocale().toString(account->offlineUntil.toLocalTime(), QLocale::ShortFormat))
            : tr("Linked to %1. Sign in to work as this account again.").arg(m_session.linkedServer()));
}

void MainWindow::signIn()
{
    if (m_signInFlow->ensureSignedIn(this) && !m_signInFlow->notice().isEmpty()) {
        statusBar()->showMessage(m_signInFlow->notice());
    }
}

void MainWindow::signOut()
{
    if (!DialogService::ask(this, tr("Sign out"),
                            tr("Sign out of the provincial server? The saved sign-in is deleted from this "
                               "computer, and the next synchronisation asks for the password. Until you "
                               "sign in again nothing can be changed in this database; it can still be "
                               "read, printed and exported."))) {
        return;
    }
    QString error;
    if (!m_signInFlow->signOut(&error)) {
        DialogService::warn(this, tr("Sign out"), error);
        return;
    }
    statusBar()->showMessage(m_signInFlow->notice().isEmpty() ? tr("Signed out of the provincial server.")
                                                              : m_signInFlow->notice());
}

void MainWindow::resumeSignIn()
{
    if (!m_session.hasDatabase() || !m_session.account() || m_signInFlow->isSignedIn()) {
        return;
    }
    if (!m_signInFlow->resume() && !m_signInFlow->notice().isEmpty()) {
        statusBar()->showMessage(m_signInFlow->notice());
    }
}

void MainWindow::updateConflictCount(int count)
{
    const int row = static_cast<int>(m_pageOrder.indexOf(Page::Conflicts));
    if (row >= 0 && m_navigation->item(row)) {
        m_navigation->item(row)->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Sync conflicts"));
    }
}

void MainWindow::restoreSettings()
{
    using Key = AppSettings::Key;
    const AppSettings settings;
    if (!restoreGeometry(settings.value(Key::MainWindowGeometry).toByteArray())) {
        resize(defaultSize());
    }
    restoreState(settings.value(Key::MainWindowState).toByteArray());
    // Column widths and splitter positions of every screen, by the object name of the view.
    for (QHeaderView* header : findChildren<QHeaderView*>()) {
        const QString view = viewName(header);
        if (!view.isEmpty() && settings.contains(Key::HeaderState, view)) {
            header->restoreState(settings.value(Key::HeaderState, view).toByteArray());
        }
    }
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QString name = splitter->objectName();
        if (!name.isEmpty() && settings.contains(Key::SplitterState, name)) {
            splitter->restoreState(settings.value(Key::SplitterState, name).toByteArray());
        }
    }
    showPage(pageFromName(settings.value(Key::MainWindowPage).toString()).value_or(Page::Campaigns));
}

void MainWindow::saveSettings() const
{
    using Key = AppSettings::Key;
    AppSettings settings;
    settings.setValue(Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Key::MainWindowState, saveState());
    for (const QHeaderView* header : findChildren<QHeaderView*>()) {
        if (!viewName(header).isEmpty()) {
            settings.setValue(Key::HeaderState, header->saveState(), viewName(header));
        }
    }
    for (const QSplitter* splitter : findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(Key::SplitterState, splitter->saveState(), splitter->objectName());
        }
    }
    settings.setValue(Key::MainWindowPage, pageName(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_sync->isRunning()) {
        // The sync's request returns first, then the window closes (the database stays whole).
        m_closeAfterSync = true;
        m_sync->cancel();
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace danhgia::ui
