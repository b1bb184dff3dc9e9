#include "DatabaseActions.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "DialogService.h"
#include "database/DatabaseBackup.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace danhgia::ui {

namespace {

QString databaseFilter()
{
    return DatabaseActions::tr("Evaluation databases (*.sqlite *.db);;All files (*)");
}

} // namespace

DatabaseActions::DatabaseActions(AppSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(&m_session, &AppSession::databaseChanged, this, &DatabaseActions::updateEnabled);
}

void DatabaseActions::addTo(QMenu* fileMenu)
{
    QAction* create = fileMenu->addAction(tr("&New database…"), this, &DatabaseActions::chooseNew);
    create->setShortcut(QKeySequence::New);
    QAction* openAction = fileMenu->addAction(tr("&Open database…"), this, &DatabaseActions::chooseOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseActions::fillRecentMenu);
    fileMenu->addSeparator();
    m_backUp = fileMenu->addAction(tr("&Back up…"), this, &DatabaseActions::backUp);
    m_backUp->setToolTip(tr("Save a copy of the open database to a file"));
    m_restore = fileMenu->addAction(tr("Res&tore from a backup…"), this, &DatabaseActions::restore);
    m_restore->setToolTip(tr("Replace the data of the open database with a backup copy"));
    updateEnabled();
}

bool DatabaseActions::open(const QString& path, bool create)
{
    QString error;
    if (!m_session.openDatabase(path, &error, create)) {
        DialogService::warn(
            m_window, tr("Open database"),
            tr("The database %1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool DatabaseActions::reopenLast()
{
    const QString last = AppSettings().value(AppSettings::Key::LastDatabase).toString();
    return !last.isEmpty() && QFileInfo::exists(last) && open(last);
}

void DatabaseActions::chooseNew()
{
    const QString path
        = DialogService::saveFile(m_window, tr("New database"), tr("danh-gia.sqlite"), databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        DialogService::warn(
            m_window, tr("New database"),
            tr("The file %1 exists already. Open it with File > Open database, or choose another "
               "name.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path, true);
}

void DatabaseActions::chooseOpen()
{
    const QString path = DialogService::openFile(m_window, tr("Open database"), databaseFilter());
    if (!path.isEmpty()) {
        open(path);
    }
}

void DatabaseActions::backUp()
{
    if (!m_session.hasDatabase()) {
        return;
    }
    const QString suggested = QStringLiteral("%1-%2.sqlite")
                                  .arg(QFileInfo(m_session.databasePath()).completeBaseName(),
                                       QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path
        = DialogService::saveFile(m_window, tr("Back up the database"), suggested, databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!DatabaseBackup::backupTo(m_session.database(), path, &error)) {
        DialogService::warn(m_window, tr("Back up the database"), error);
        return;
    }
    DialogService::inform(m_window, tr("Back up the database"),
                          tr("The backup copy was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void DatabaseActions::restore()
{
    if (!m_session.hasDatabase()) {
        return;
    }
    const QString path = DialogService::openFile(m_window, tr("Restore from a backup"), databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    const QString question
        = tr("Every change made to %1 since the backup %2 was taken will be replaced by the "
             "backup's data. Restore?")
              .arg(QFileInfo(m_session.databasePath()).fileName(), QFileInfo(path).fileName());
    if (!DialogService::ask(m_window, tr("Restore from a backup"), question)) {
        return;
    }
    QString error;
    if (!DatabaseBackup::restoreFrom(m_session.database(), path, &error)) {
        DialogService::warn(m_window, tr("Restore from a backup"), error);
        return;
    }
    m_session.notifyDataChanged();
    DialogService::inform(m_window, tr("Restore from a backup"), tr("The data of the backup was restored."));
}

QStringList DatabaseActions::recentFiles() const
{
    return AppSettings().value(AppSettings::Key::RecentDatabases).toStringList();
}

void DatabaseActions::rememberRecent(const QString& path)
{
    AppSettings settings;
    QStringList recent = settings.value(AppSettings::Key::RecentDatabases).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaximumRecent) {
        recent.removeLast();
    }
    settings.setValue(AppSettings::Key::RecentDatabases, recent);
    settings.setValue(AppSettings::Key::LastDatabase, path);
}

void DatabaseActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    }
}

void DatabaseActions::updateEnabled()
{
    const bool hasDatabase = m_session.hasDatabase();
    if (m_backUp) {
        m_backUp->setEnabled(hasDatabase);
        m_restore->setEnabled(hasDatabase);
    }
}

} // namespace danhgia::ui
