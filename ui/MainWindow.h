#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace danhgia::ui {

class AppSession;
class DatabaseActions;
class SheetsPage;
class SignInFlow;

// The main window: a navigation list on the left (campaigns, approval queue, score sheets,
// councils, surveys, results, catalogues, settings), the chosen screen on the right, the File
// menu for database files and the sign-in to the provincial server, and a status bar with the
// user, the role, the database and whether it is linked to the server (else: a single machine).
// A linked database signs in again silently with the keychain's saved sign-in when it is opened.
// It only wires screens together; each screen is its own widget over the AppSession.
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
    // The sign-in to the provincial server (for the sync controller).
    SignInFlow* signInFlow() const { return m_signInFlow; }
    QAction* signInAction() const { return m_signInAction; }
    QAction* signOutAction() const { return m_signOutAction; }

public Q_SLOTS:
    // Shows a score sheet in the sheet form.
    void openSheet(qint64 sheetId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page page, const QString& title, const QString& toolTip, QWidget* widget);
    void createPages();
    void createMenus();
    void showUserGuide();
    void showAbout();
    void updateStatus();
    void signIn();
    void signOut();
    void resumeSignIn();
    void restoreSettings();
    void saveSettings() const;

    AppSession& m_session;
    DatabaseActions* m_databaseActions = nullptr;
    SheetsPage* m_sheets = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page> m_pageOrder;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    SignInFlow* m_signInFlow = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
};

} // namespace danhgia::ui
