// The settings of the desktop program: a settings file written by the program before the settings
// registry (tests/data/settings/outdated-danhgia.conf) keeps working, keys under names that changed
// move to their new names, keys no longer used are dropped, and the file says its version.

#include <QApplication>

#include "TestSupport.h"

#include "AppSession.h"
#include "AppSettings.h"
#include "DatabaseActions.h"
#include "DocumentDialog.h"
#include "MainWindow.h"
#include "SettingsView.h"
#include "documents/DocumentComposer.h"
#include "workflow/Role.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMetaEnum>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace danhgia;
using namespace danhgia::ui;
using Key = AppSettings::Key;

namespace {

const QString OutdatedFile = QStringLiteral("settings/outdated-danhgia.conf");

// The settings file of the program (in the test's temporary home).
QString settingsPath()
{
    return QSettings().fileName();
}

// Puts a settings file of the test data where the program reads its settings.
void installSettings(const QString& relative)
{
    const QString path = settingsPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(test::readData(relative));
}

// Puts a settings file with `text` where the program reads its settings.
void writeSettings(const QByteArray& text)
{
    const QString path = settingsPath();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(text);
}

// Every key of the registry.
QList<Key> allKeys()
{
    const QMetaEnum keyEnum = QMetaEnum::fromType<Key>();
    QList<Key> keys;
    for (int i = 0; i < keyEnum.keyCount(); ++i) {
        keys.append(static_cast<Key>(keyEnum.value(i)));
    }
    return keys;
}

// Every key of an INI file with its value, read as the file stands on disk.
QVariantMap keysOnDisk(const QString& path)
{
    const QSettings file(path, QSettings::IniFormat);
    QVariantMap keys;
    for (const QString& key : file.allKeys()) {
        keys.insert(key, file.value(key));
    }
    return keys;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("danhgia"));
        QCoreApplication::setApplicationName(QStringLiteral("danhgia"));
    }

    void init() { installSettings(OutdatedFile); }

    // What an officer set with the earlier program is what the program starts with.
    void theSettingsOfAnEarlierProgramKeepWorking()
    {
        QCOMPARE(SettingsView::savedLanguage(), QStringLiteral("en"));
        AppSession session;
        SettingsView::restoreUser(session);
        QCOMPARE(session.userName(), QStringLiteral("Trần Thị Bích Ngọc"));
        QCOMPARE(session.role(), Role::Appraiser);

        const QVariantMap before = keysOnDisk(test::dataPath(OutdatedFile));
        MainWindow window(session);
        QCOMPARE(window.currentPage(), MainWindow::Page::Results);
        QCOMPARE(window.databaseActions()->recentFiles(),
                 before.value(QStringLiteral("Database/recent")).toStringList());
        for (const char* name :
             {"approvalQueueSplitter", "sheetSplitter", "sheetsSplitter", "surveySplitter"}) {
            auto* splitter = window.findChild<QSplitter*>(QLatin1String(name));
            QVERIFY2(splitter, name);
            QCOMPARE(splitter->saveState(),
                     before.value(QStringLiteral("Splitters/") + QLatin1String(name)).toByteArray());
        }
        auto* campaigns = window.findChild<QTableView*>(QStringLiteral("campaignTable"));
        QVERIFY(campaigns);
        QCOMPARE(campaigns->horizontalHeader()->saveState(),
                 before.value(QStringLiteral("Columns2/campaignTable")).toByteArray());
    }

    // The print preview opens as it was left: the width of its form beside the pages. (Its place
    // on the screen cannot be told from the default on the small offscreen screen: see
    // thePrintPreviewRemembersItsSize.)
    void thePrintPreviewOpensAsItWasLeft()
    {
        const QVariantMap before = keysOnDisk(test::dataPath(OutdatedFile));
        const auto compose = [](const DocumentSettings& settings) {
            DocumentComposer composer(settings);
            composer.addTitle(QStringLiteral("Báo cáo"),
                              QStringLiteral("Kết quả đánh giá, xếp loại năm 2026"));
            return composer.finish(QStringLiteral("Báo cáo"), QStringLiteral("bao-cao"));
        };
        DocumentDialog dialog(QStringLiteral("Báo cáo"), compose,
                              DocumentSettings::defaults(QDate(2026, 6, 29)));
        auto* splitter = dialog.findChild<QSplitter*>(QStringLiteral("DocumentDialogSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->saveState(),
                 before.value(QStringLiteral("Splitters/DocumentDialogSplitter")).toByteArray());
    }

    // The print preview opens at the size it was left at, and keeps it when it closes.
    void thePrintPreviewRemembersItsSize()
    {
        QWidget earlier;
        earlier.resize(700, 500);
        AppSettings().setValue(Key::DocumentDialogGeometry, earlier.saveGeometry());
        const auto compose = [](const DocumentSettings& settings) {
            DocumentComposer composer(settings);
            composer.addTitle(QStringLiteral("Báo cáo"),
                              QStringLiteral("Kết quả đánh giá, xếp loại năm 2026"));
            return composer.finish(QStringLiteral("Báo cáo"), QStringLiteral("bao-cao"));
        };
        {
            DocumentDialog dialog(QStringLiteral("Báo cáo"), compose,
                                  DocumentSettings::defaults(QDate(2026, 6, 29)));
            QCOMPARE(dialog.size(), QSize(700, 500));
            dialog.resize(760, 540);
            dialog.done(QDialog::Rejected);
        }
        QWidget later;
        QVERIFY(later.restoreGeometry(AppSettings().value(Key::DocumentDialogGeometry).toByteArray()));
        QCOMPARE(later.size(), QSize(760, 540));
    }

    // The first start rewrites the file once: renamed keys under their new names with their values,
    // keys of screens that are gone dropped, the version written; every other key as it was.
    void theFirstStartUpgradesTheFile()
    {
        const QVariantMap before = keysOnDisk(test::dataPath(OutdatedFile));
        {
            AppSession session;
            SettingsView::restoreUser(session);
            MainWindow window(session);
        }
        const QVariantMap after = keysOnDisk(settingsPath());
        QCOMPARE(after.value(QStringLiteral("SettingsVersion")).toInt(), AppSettings::Version);
        QCOMPARE(after.value(QStringLiteral("DocumentDialog/geometry")),
                 before.value(QStringLiteral("Geometry/DocumentDialog")));
        int headers = 0;
        for (auto key = before.cbegin(); key != before.cend(); ++key) {
            if (key.key().startsWith(QLatin1String("Columns2/"))) {
                const QString moved = QStringLiteral("Headers/") + key.key().mid(9);
                // Row headers are dropped (version 2); columns move.
                if (key.key().endsWith(QLatin1String("-rows"))) {
                    QVERIFY2(!after.contains(moved), qPrintable(moved));
                    continue;
                }
                QCOMPARE(after.value(moved), key.value());
                ++headers;
            }
        }
        QCOMPARE(headers, 13);
        QStringList gone;
        for (const QString& key : after.keys()) {
            if (key.startsWith(QLatin1String("Columns")) || key.startsWith(QLatin1String("Geometry/"))
                || key == QLatin1String("MainWindow/splitter")) {
                gone.append(key);
            }
        }
        QCOMPARE(gone, QStringList());
        for (const char* kept :
             {"General/language", "Session/user", "Session/role", "Database/recent", "Database/last",
              "MainWindow/geometry", "MainWindow/state", "MainWindow/page", "Splitters/sheetsSplitter",
              "Splitters/DocumentDialogSplitter"}) {
            QCOMPARE(after.value(QLatin1String(kept)), before.value(QLatin1String(kept)));
        }
    }

    // Every key has a name of its own, a default of its type; a family's names follow the item.
    void everyKeyHasItsNameTypeAndDefault()
    {
        QSet<QString> names;
        for (const Key key : allKeys()) {
            const QString item = AppSettings::isFamily(key) ? QStringLiteral("campaignTable") : QString();
            const QString name = AppSettings::name(key, item);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(AppSettings::defaultValue(key).metaType(), AppSettings::type(key));
        }
        QCOMPARE(names.size(), 14);
        QCOMPARE(AppSettings::name(Key::SyncIntervalMinutes), QStringLiteral("Sync/intervalMinutes"));
        QCOMPARE(AppSettings::defaultValue(Key::SyncIntervalMinutes).toInt(), 10);
        QCOMPARE(AppSettings::name(Key::HeaderState, QStringLiteral("campaignTable")),
                 QStringLiteral("Headers/campaignTable"));
        QCOMPARE(AppSettings::name(Key::Language), QStringLiteral("General/language"));
        QCOMPARE(AppSettings::defaultValue(Key::Language).toString(), QStringLiteral("vi"));
        QCOMPARE(AppSettings::defaultValue(Key::UserName).toString(), QStringLiteral("Công chức"));
        QCOMPARE(AppSettings::defaultValue(Key::UserRole).toString(), Roles::name(Role::SelfAssessor));
        // No provincial server until one is set: a single computer.
        QCOMPARE(AppSettings::name(Key::ServerAddress), QStringLiteral("Server/address"));
        QVERIFY(AppSettings::defaultValue(Key::ServerAddress).toString().isEmpty());
        QVERIFY(AppSettings::defaultValue(Key::ServerCaCertificate).toString().isEmpty());
    }

    // A first start, with no settings file: every key gives its default, and the new file has the
    // version of the program.
    void aFirstStartGivesTheDefaults()
    {
        QFile::remove(settingsPath());
        const AppSettings settings;
        for (const Key key : allKeys()) {
            const QString item = AppSettings::isFamily(key) ? QStringLiteral("campaignTable") : QString();
            QVERIFY(!settings.contains(key, item));
            QCOMPARE(settings.value(key, item), AppSettings::defaultValue(key));
        }
        QCOMPARE(settings.fileVersion(), AppSettings::Version);
        AppSession session;
        SettingsView::restoreUser(session);
        QCOMPARE(session.userName(), QStringLiteral("Công chức"));
        QCOMPARE(session.role(), Role::SelfAssessor);
        QCOMPARE(SettingsView::savedLanguage(), QStringLiteral("vi"));
    }

    // What is set is read back, of its type, by the next AppSettings; a list of one database stays
    // a list.
    void aValueSetIsReadBackOfItsType()
    {
        QFile::remove(settingsPath());
        {
            AppSettings settings;
            settings.setValue(Key::RecentDatabases, QStringList{QStringLiteral("/du-lieu/so-noi-vu.sqlite")});
            settings.setValue(Key::HeaderState, QByteArray("\x00\xff", 2), QStringLiteral("sheetList"));
            settings.sync();
        }
        const AppSettings settings;
        QCOMPARE(settings.value(Key::RecentDatabases),
                 QVariant(QStringList{QStringLiteral("/du-lieu/so-noi-vu.sqlite")}));
        QCOMPARE(settings.value(Key::HeaderState, QStringLiteral("sheetList")),
                 QVariant(QByteArray("\x00\xff", 2)));
        QVERIFY(!settings.contains(Key::HeaderState, QStringLiteral("campaignTable")));
    }

    // A file of version 1 loses its row headers and keeps its columns.
    void aFileOfVersionOneLosesItsRowHeaders()
    {
        writeSettings(
            "SettingsVersion=1\n[Headers]\nresultsTable=@ByteArray(ab)\nresultsTable-rows=@ByteArray(cd)\n"
            "sheetList-rows=@ByteArray(ef)\n");
        const AppSettings settings;
        QCOMPARE(settings.fileVersion(), AppSettings::Version);
        QCOMPARE(settings.value(Key::HeaderState, QStringLiteral("resultsTable")),
                 QVariant(QByteArray("ab")));
        QVERIFY(!settings.contains(Key::HeaderState, QStringLiteral("resultsTable-rows")));
        QVERIFY(!settings.contains(Key::HeaderState, QStringLiteral("sheetList-rows")));
    }

    // A value edited by hand into something of another type reads as the default, not as nonsense.
    void aValueOfAnotherTypeReadsAsTheDefault()
    {
        writeSettings(
            "SettingsVersion=1\n[%General]\nlanguage=@Point(3 4)\n[MainWindow]\ngeometry=@Rect(0 0 10 "
            "10)\n");
        const AppSettings settings;
        QCOMPARE(settings.value(Key::Language), QVariant(QStringLiteral("vi")));
        QCOMPARE(settings.value(Key::MainWindowGeometry), QVariant(QByteArray()));
        QCOMPARE(SettingsView::savedLanguage(), QStringLiteral("vi"));
    }

    // A file written by a newer version is read as it stands: nothing renamed, nothing dropped, the
    // version kept.
    void aFileOfANewerVersionIsLeftAsItIs()
    {
        const QByteArray newer
            = "SettingsVersion=7\n\n[%General]\nlanguage=en\n\n[Geometry]\nDocumentDialog=kept\n";
        writeSettings(newer);
        {
            const AppSettings settings;
            QCOMPARE(settings.fileVersion(), 7);
            QCOMPARE(settings.value(Key::Language), QVariant(QStringLiteral("en")));
        }
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }

    // A key already under its new name (a file written by this version, then opened by an earlier
    // one that wrote the old name again) keeps the value of its new name.
    void aValueUnderTheNewNameWins()
    {
        writeSettings("[Columns2]\nsheetList=older\n\n[Headers]\nsheetList=newer\n");
        const AppSettings settings;
        QCOMPARE(settings.value(Key::HeaderState, QStringLiteral("sheetList")),
                 QVariant(QByteArray("newer")));
        QCOMPARE(keysOnDisk(settingsPath()).keys(),
                 (QStringList{QStringLiteral("Headers/sheetList"), QStringLiteral("SettingsVersion")}));
    }
};

DANHGIA_TEST_WIDGETS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
