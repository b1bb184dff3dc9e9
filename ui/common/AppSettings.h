#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace danhgia::ui {

// The settings the desktop program keeps between starts, in one typed registry: every key has its
// name in the settings file, its type and its default here, and nowhere else. A settings file
// written by an earlier version is upgraded when it is first opened: keys that were renamed move
// to their new names, keys no longer used are dropped, and the file records the version (see
// AppSettings.cpp for the renamed keys). A file written by a newer version is read as it is and
// never rewritten to an older version.
//
// Used as QSettings is: an AppSettings on the stack, read and written, gone at the end of the
// block (all of them share the same file).
class AppSettings
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class Key
    {
        Language, // QString: the language of the program, "vi" or "en"
        UserName, // QString: who works at this computer (the audit trail records it)
        UserRole, // QString: the role they act in, a Roles::name()
        ServerAddress, // QString: the provincial server's address (https://...), empty: none
        ServerCaCertificate, // QString: a PEM file, the only CA trusted for the server; empty: the system's
        RecentDatabases, // QStringList: the databases opened last, the latest first
        LastDatabase, // QString: the database opened again at the next start
        MainWindowGeometry, // QByteArray: QWidget::saveGeometry() of the main window
        MainWindowState, // QByteArray: QMainWindow::saveState()
        MainWindowPage, // QString: the screen shown, a MainWindow::pageName()
        DocumentDialogGeometry, // QByteArray: QWidget::saveGeometry() of the print preview
        SyncIntervalMinutes, // int: minutes between two syncs while signed in; 0: only on demand
        // Families: one value per item, named by the item (the object name of a view or splitter).
        HeaderState, // QByteArray: QHeaderView::saveState() of a list or table
        SplitterState, // QByteArray: QSplitter::saveState()
    };
    Q_ENUM(Key)

    // The version of the settings file this program writes. 0: the files written before there
    // was a version (up to the settings registry); 1: the registry; 2: row headers not kept.
    static constexpr int Version = 2;

    // The program's settings file (of the application and organisation names), upgraded to
    // Version when it is older.
    AppSettings();

    // The value stored under `key` (for a family: of `item`), of the key's type; the key's default
    // when nothing is stored, or when what is stored cannot be read as that type.
    QVariant value(Key key, const QString& item = {}) const;
    // Stores `value`, converted to the key's type.
    void setValue(Key key, const QVariant& value, const QString& item = {});
    bool contains(Key key, const QString& item = {}) const;
    // Writes what was set to disk now (before the program restarts, say).
    void sync();

    // The version of the file as it stands (0 for a file of before the version).
    int fileVersion() const;
    QString fileName() const { return m_settings.fileName(); }

    // The name of a key in the settings file ("General/language", "Headers/campaignTable").
    static QString name(Key key, const QString& item = {});
    // The type of a key's value, and its default.
    static QMetaType type(Key key);
    static QVariant defaultValue(Key key);
    // Whether a key is a family (one value per item) rather than a single value.
    static bool isFamily(Key key);

private:
    void upgrade();

    QSettings m_settings;
};

} // namespace danhgia::ui
