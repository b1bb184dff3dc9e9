#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace danhgia::ui {

class AppSession;
class ConflictsView;
class DatabaseActions;
class OfflineUseBanner;
class SheetsPage;
class SignInFlow;
class SyncController;
class SyncLogPanel;
class SyncStatusBar;

// The main window: a navigation list on the left (campaigns, approval queue, score sheets,
// councils, surveys, results, catalogues, sync conflicts, settings), the chosen screen on the right,
// the File menu for database files and the sign-in to the provincial server, the Sync menu and
// toolbar (ui/sync: sync now with F9, stop, the sync log panel at the bottom), and a status bar with
// the user, the role, the database, the account the database is linked to (else: a single machine)
// and the state of the sync. A linked database signs in again silently with the keychain's saved
// sign-in when it is opened. It only wires screens together; each screen is its own widget over the
// AppSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Campaigns,
        Queue,
        Sheets,
        Councils,
        Surveys,
        Results,
        Catalogues,
        Conflicts,
        Settings,
    };

    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);

    // The size of a first start, before any geometry is remembered.
    static QSize defaultSize() { return {1280, 800}; }
    // Stable names of the pages ("queue"), for the command line and scripts.
    static QString pageName(Page page);
    static std::optional<Page> pageFromName(const QString& name);
    static QList<Page> pages();

    void showPage(Page page);
    Page currentPage() const;
    QWidget* pageWidget(Page page) const;
    QListWidget* navigation() const { return m_navigation; }
    DatabaseActions* databaseActions() const { return m_databaseActions; }
    SyncController* syncController() const { return m_sync; }
    SyncStatusBar* syncStatus() const { return m_syncStatus; }
    SyncLogPanel* syncLog() const { return m_syncLog; }
    // The sign-in to the provincial server (for the sync controller).
    SignInFlow* signInFlow() const { return m_signInFlow; }
    QAction* signInAction() const { return m_signInAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    // Above the screens while the account's offline use has ended.
    OfflineUseBanner* offlineUseBanner() const { return m_offlineUse; }

public Q_SLOTS:
    // Shows a score sheet in the sheet form.
    void openSheet(qint64 sheetId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& title, const QString& toolTip, QWidget* widget);
    void createPages();
    void createMenus();
    void createSync();
    void setDatabaseActionsEnabled(bool enabled);
    void showUserGuide();
    void showAbout();
    void updateStatus();
    // "Conflicts (2)" in the navigation list while conflicts wait for a decision.
    void updateConflictCount(int count);
    void signIn();
    void signOut();
    void resumeSignIn();
    void restoreSettings();
    void saveSettings() const;

    AppSession& m_session;
    DatabaseActions* m_databaseActions = nullptr;
    SheetsPage* m_sheets = nullptr;
    ConflictsView* m_conflicts = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page> m_pageOrder;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    SyncController* m_sync = nullptr;
    SyncStatusBar* m_syncStatus = nullptr;
    SyncLogPanel* m_syncLog = nullptr;
    bool m_closeAfterSync = false;
    QLabel* m_accountLabel = nullptr;
    SignInFlow* m_signInFlow = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    OfflineUseBanner* m_offlineUse = nullptr;
};

} // namespace danhgia::ui
