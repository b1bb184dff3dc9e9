#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace danhgia::ui {

class AppSession;

// The File menu's work on database files: new, open, recent files, back up, restore. The last
// database opened is remembered and reopened at the next start. Questions and errors go
// through DialogService.
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(AppSession& session, QWidget* window);

    // Adds the actions to the File menu.
    void addTo(QMenu* fileMenu);

    // Opens a database file; `create` makes a new one. Errors are shown in a dialog.
    bool open(const QString& path, bool create = false);
    // Reopens the database of the last session, if it still exists.
    bool reopenLast();

    void chooseNew();
    void chooseOpen();
    void backUp();
    void restore();

    QStringList recentFiles() const;
    static constexpr int MaximumRecent = 8;

private:
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void updateEnabled();

    AppSession& m_session;
    QWidget* m_window = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
};

} // namespace danhgia::ui
