#include "database/DatabaseBackup.h"

#include "database/Database.h"
#include "database/SchemaMigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace danhgia {

namespace {

sqlite3* handleOf(Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Copies every page of `from` into `to` (both "main").
bool copyDatabase(sqlite3* from, sqlite3* to, QString* detail)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *detail = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *detail = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

struct Connection
{
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

} // namespace

bool DatabaseBackup::backupTo(Database& db, const QString& targetPath, QString* error)
{
    sqlite3* source = handleOf(db);
    if (!source) {
        *error = tr("the database is not open");
        return false;
    }
    Connection target;
    const QByteArray path = QFile::encodeName(targetPath);
    if (sqlite3_open_v2(path.constData(), &target.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = tr("cannot create the backup \"%1\": %2")
                     .arg(targetPath, QString::fromUtf8(sqlite3_errmsg(target.db)));
        return false;
    }
    QString detail;
    if (!copyDatabase(source, target.db, &detail)) {
        *error = tr("the backup \"%1\" failed: %2").arg(targetPath, detail);
        return false;
    }
    return true;
}

bool DatabaseBackup::checkFile(const QString& path, QString* error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("the file \"%1\" does not exist").arg(path);
        return false;
    }
    Connection c;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = tr("\"%1\" cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(c.db)));
        return false;
    }
    sqlite3_stmt* statement = nullptr;
    QString result;
    if (sqlite3_prepare_v2(c.db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    } else {
        result = QString::fromUtf8(sqlite3_errmsg(c.db));
    }
    sqlite3_finalize(statement);
    if (result != QLatin1String("ok")) {
        *error = tr("\"%1\" is not a sound database: %2").arg(path, result);
        return false;
    }
    int version = -1;
    if (sqlite3_prepare_v2(c.db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        version = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    if (version < 1 || version > SchemaMigrations::latestVersion()) {
        *error = tr("\"%1\" is not a database of this version of the program (schema %2)")
                     .arg(path)
                     .arg(version);
        return false;
    }
    return true;
}

bool DatabaseBackup::restoreFrom(Database& db, const QString& backupPath, QString* error)
{
    if (!checkFile(backupPath, error)) {
        return false;
    }
    sqlite3* live = handleOf(db);
    if (!live) {
        *error = tr("the database is not open");
        return false;
    }
    Connection source;
    const QByteArray name = QFile::encodeName(backupPath);
    if (sqlite3_open_v2(name.constData(), &source.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error
            = tr("\"%1\" cannot be opened: %2").arg(backupPath, QString::fromUtf8(sqlite3_errmsg(source.db)));
        return false;
    }
    QString detail;
    if (!copyDatabase(source.db, live, &detail)) {
        *error = tr("the restore from \"%1\" failed: %2").arg(backupPath, detail);
        return false;
    }
    if (!SchemaMigrations::migrate(db.connection(), &detail) || !db.checkIntegrity(&detail)) {
        *error = tr("the restored database cannot be used: %1").arg(detail);
        return false;
    }
    return true;
}

bool DatabaseBackup::rotate(Database& db, const QString& directory, int keep, const QString& today,
                            QStringList* kept, QString* error)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create the backup folder \"%1\"").arg(directory);
        return false;
    }
    const QString base = QFileInfo(db.path()).completeBaseName();
    const QString todayFile = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(base, today));
    if (!QFileInfo::exists(todayFile) && !backupTo(db, todayFile, error)) {
        return false;
    }
    QStringList files
        = dir.entryList({base + QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")},
                        QDir::Files, QDir::Name);
    std::reverse(files.begin(), files.end());
    for (int i = keep; i < files.size(); ++i) {
        if (!dir.remove(files[i])) {
            *error = tr("cannot remove the old backup \"%1\"").arg(dir.filePath(files[i]));
            return false;
        }
    }
    kept->clear();
    for (int i = 0; i < files.size() && i < keep; ++i) {
        kept->append(dir.filePath(files[i]));
    }
    return true;
}

} // namespace danhgia
