#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia {

class Database;

// Backups of the open database through SQLite's online backup API (consistent while the
// program keeps working), automatic daily backups with rotation, and restore after an
// integrity check of the backup.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    static bool backupTo(Database& db, const QString& targetPath, QString* error);
    // Checks that the file is a sound database of a schema this program knows, then copies it
    // over the open database (which is migrated afterwards if the backup is older).
    static bool restoreFrom(Database& db, const QString& backupPath, QString* error);
    // PRAGMA integrity_check on a database file, opened read-only.
    static bool checkFile(const QString& path, QString* error);

    // Writes today's backup "<name>-YYYY-MM-DD.sqlite" into `directory` unless it exists, and keeps
    // only the `keep` newest. Returns the files kept, newest first.
    static bool rotate(Database& db, const QString& directory, int keep, const QString& today,
                       QStringList* kept, QString* error);
};

} // namespace danhgia
