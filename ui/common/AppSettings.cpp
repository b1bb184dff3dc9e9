#include "AppSettings.h"

#include "text/AppLanguage.h"
#include "workflow/Role.h"

#include <optional>

namespace danhgia::ui {

namespace {

using Key = AppSettings::Key;

// Where the file says which version wrote it (absent before version 1).
const QString VersionName = QStringLiteral("SettingsVersion");

struct Entry
{
    QString name; // a family's ends with '/': the item's name follows
    QMetaType::Type type;
    QVariant defaultValue;
};

// The registry. A switch without a default, so that a key without its entry does not compile.
Entry entry(Key key)
{
    switch (key) {
        case Key::Language:
            return {QStringLiteral("General/language"), QMetaType::QString,
                    QString::fromLatin1(AppLanguage::DefaultLanguage)};
        case Key::UserName:
            return {QStringLiteral("Session/user"), QMetaType::QString, AppSettings::tr("Officer")};
        case Key::UserRole:
            return {QStringLiteral("Session/role"), QMetaType::QString, Roles::name(Role::SelfAssessor)};
        case Key::ServerAddress:
            return {QStringLiteral("Server/address"), QMetaType::QString, QString()};
        case Key::ServerCaCertificate:
            return {QStringLiteral("Server/caCertificate"), QMetaType::QString, QString()};
        case Key::RecentDatabases:
            return {QStringLiteral("Database/recent"), QMetaType::QStringList, QStringList()};
        case Key::LastDatabase:
            return {QStringLiteral("Database/last"), QMetaType::QString, QString()};
        case Key::MainWindowGeometry:
            return {QStringLiteral("MainWindow/geometry"), QMetaType::QByteArray, QByteArray()};
        case Key::MainWindowState:
            return {QStringLiteral("MainWindow/state"), QMetaType::QByteArray, QByteArray()};
        case Key::MainWindowPage:
            // Empty: the first screen.
            return {QStringLiteral("MainWindow/page"), QMetaType::QString, QString()};
        case Key::DocumentDialogGeometry:
            return {QStringLiteral("DocumentDialog/geometry"), QMetaType::QByteArray, QByteArray()};
        case Key::SyncIntervalMinutes:
            return {QStringLiteral("Sync/intervalMinutes"), QMetaType::Int, 10};
        case Key::HeaderState:
            return {QStringLiteral("Headers/"), QMetaType::QByteArray, QByteArray()};
        case Key::SplitterState:
            return {QStringLiteral("Splitters/"), QMetaType::QByteArray, QByteArray()};
    }
    Q_UNREACHABLE();
    return {};
}

// A key of an earlier version: it moves to the key it became, keeping its value, or is dropped.
struct RenamedKey
{
    int version; // the first version without the old name: applies to files older than it
    // One ending with '/' is a family: every key under it, item by item. One with a '*' (dropped
    // keys only) is every key that begins with what is before it and ends with what is after it.
    QLatin1String oldName;
    std::optional<Key> key; // none: dropped
};

const RenamedKey RenamedKeys[] = {
    // Version 1, the settings registry.
    // The splitter of the first main window (a list of templates beside the criteria): gone.
    {1, QLatin1String("MainWindow/splitter"), std::nullopt},
    // Column widths saved with the layout before the columns fitted the screen: they were never
    // brought back, and are dropped.
    {1, QLatin1String("Columns/"), std::nullopt},
    // Column widths of the layout that fits the screen: the "2" was a version of its own.
    {1, QLatin1String("Columns2/"), Key::HeaderState},
    // Each window's geometry under the window's name, as the main window's.
    {1, QLatin1String("Geometry/DocumentDialog"), Key::DocumentDialogGeometry},
    // Version 2. Row headers were saved as a table's columns were, and brought back the number of
    // rows of the data of the day they were saved: empty rows, more at each start. Only columns are
    // kept now.
    {2, QLatin1String("Headers/*-rows"), std::nullopt},
};

// Whether a stored key is one that `renamed` names.
bool names(const RenamedKey& renamed, const QString& storedName)
{
    const QString oldName = renamed.oldName;
    const qsizetype star = oldName.indexOf(QLatin1Char('*'));
    if (star >= 0) {
        return storedName.startsWith(oldName.left(star)) && storedName.endsWith(oldName.mid(star + 1))
            && storedName.size() > oldName.size() - 1;
    }
    return oldName.endsWith(QLatin1Char('/')) ? storedName.startsWith(oldName) : storedName == oldName;
}

} // namespace

AppSettings::AppSettings()
{
    if (fileVersion() < Version) {
        upgrade();
    }
}

QVariant AppSettings::value(Key key, const QString& item) const
{
    QVariant stored = m_settings.value(name(key, item));
    if (!stored.isValid() || !stored.convert(type(key))) {
        return defaultValue(key);
    }
    return stored;
}

void AppSettings::setValue(Key key, const QVariant& value, const QString& item)
{
    Q_ASSERT_X(value.metaType() == type(key), "AppSettings::setValue",
               "a value of another type than the key's");
    QVariant typed = value;
    typed.convert(type(key));
    m_settings.setValue(name(key, item), typed);
}

bool AppSettings::contains(Key key, const QString& item) const
{
    return m_settings.contains(name(key, item));
}

void AppSettings::sync()
{
    m_settings.sync();
}

int AppSettings::fileVersion() const
{
    return m_settings.value(VersionName, 0).toInt();
}

QString AppSettings::name(Key key, const QString& item)
{
    Q_ASSERT_X(isFamily(key) != item.isEmpty(), "AppSettings::name",
               "an item for a family, and only for one");
    return entry(key).name + item;
}

QMetaType AppSettings::type(Key key)
{
    return QMetaType(entry(key).type);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

bool AppSettings::isFamily(Key key)
{
    return entry(key).name.endsWith(QLatin1Char('/'));
}

// Moves the keys of earlier versions to their names of today, in the order of RenamedKeys. A key
// that has a value under its new name already (written by this version, then the file opened
// by an earlier one) keeps it.
void AppSettings::upgrade()
{
    const int from = fileVersion();
    for (const RenamedKey& renamed : RenamedKeys) {
        if (renamed.version <= from) {
            continue;
        }
        // Read again for each: a key an earlier entry moved may be one a later entry drops.
        const QStringList stored = m_settings.allKeys();
        const bool family = renamed.oldName.endsWith(QLatin1Char('/'));
        for (const QString& storedName : stored) {
            if (!names(renamed, storedName)) {
                continue;
            }
            const QVariant kept = m_settings.value(storedName);
            m_settings.remove(storedName);
            if (!renamed.key) {
                continue;
            }
            const QString newName
                = name(*renamed.key, family ? storedName.mid(renamed.oldName.size()) : QString());
            if (!m_settings.contains(newName)) {
                m_settings.setValue(newName, kept);
            }
        }
    }
    m_settings.setValue(VersionName, Version);
}

} // namespace danhgia::ui
