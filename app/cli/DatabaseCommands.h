#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia {
class Database;
}

namespace danhgia::cli {

// danhgia-cli db init FILE, audit verify --db FILE, backup --db FILE OUT, restore --db FILE BACKUP
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static int runDb(const QStringList& arguments);
    static int runAudit(const QStringList& arguments);
    static int runBackup(const QStringList& arguments);
    static int runRestore(const QStringList& arguments);

    // Opens an existing database for a command; prints the error and returns false otherwise.
    static bool openExisting(Database& db, const QString& path);
};

} // namespace danhgia::cli
