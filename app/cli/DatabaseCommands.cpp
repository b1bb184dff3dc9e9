#include "DatabaseCommands.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "database/AuditLog.h"
#include "database/Database.h"
#include "database/DatabaseBackup.h"

#include <QFileInfo>

namespace danhgia::cli {

bool DatabaseCommands::openExisting(Database& db, const QString& path)
{
    QString error;
    if (!db.open(path, &error, false)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return false;
    }
    return true;
}

int DatabaseCommands::runDb(const QStringList& arguments)
{
    const QString command = QStringLiteral("db");
    const auto args = CliArguments::parse(command, arguments, {}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(
            tr("Usage: danhgia-cli db init FILE\n"
               "\n"
               "Creates a new, empty database (or brings an existing one to the current schema).\n"));
        return ExitOk;
    }
    if (args->positional().size() != 2 || args->positional().first() != QLatin1String("init")) {
        CliIo::usageError(command, tr("use: danhgia-cli db init FILE"));
        return ExitUsage;
    }
    Database db;
    QString error;
    if (!db.open(args->positional().at(1), &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("Database ready: %1\n").arg(db.path()));
    return ExitOk;
}

int DatabaseCommands::runAudit(const QStringList& arguments)
{
    const QString command = QStringLiteral("audit");
    const auto args = CliArguments::parse(command, arguments, {QStringLiteral("db")}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(
            tr("Usage: danhgia-cli audit verify --db FILE\n"
               "\n"
               "Checks the hash chain of the audit trail. Exit status 0 only when every row verifies;\n"
               "otherwise 1 and the first row that does not.\n"));
        return ExitOk;
    }
    if (args->positional() != QStringList{QStringLiteral("verify")}) {
        CliIo::usageError(command, tr("use: danhgia-cli audit verify --db FILE"));
        return ExitUsage;
    }
    if (!args->require(command, {QStringLiteral("db")})) {
        return ExitUsage;
    }
    Database db;
    if (!openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    const AuditLog::Verification verification = AuditLog::verify(db.connection());
    if (!verification.ok) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": the audit trail does not verify: %2")
                            .arg(args->value(QStringLiteral("db")), verification.message));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("The audit trail verifies: %1 rows, chain intact.\n").arg(verification.rows));
    return ExitOk;
}

int DatabaseCommands::runBackup(const QStringList& arguments)
{
    const QString command = QStringLiteral("backup");
    const auto args = CliArguments::parse(command, arguments, {QStringLiteral("db")}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(tr("Usage: danhgia-cli backup --db FILE OUT\n"
                           "\n"
                           "Writes a consistent copy of the database to OUT (SQLite online backup).\n"));
        return ExitOk;
    }
    if (!args->require(command, {QStringLiteral("db")}) || args->positional().size() != 1) {
        if (args->positional().size() != 1) {
            CliIo::usageError(command, tr("give the backup file to write"));
        }
        return ExitUsage;
    }
    Database db;
    if (!openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    QString error;
    if (!DatabaseBackup::backupTo(db, args->positional().first(), &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("Backup written: %1\n").arg(QFileInfo(args->positional().first()).absoluteFilePath()));
    return ExitOk;
}

int DatabaseCommands::runRestore(const QStringList& arguments)
{
    const QString command = QStringLiteral("restore");
    const auto args = CliArguments::parse(command, arguments, {QStringLiteral("db")}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(tr("Usage: danhgia-cli restore --db FILE BACKUP\n"
                           "\n"
                           "Checks BACKUP (integrity and schema version) and replaces the content of the\n"
                           "database with it.\n"));
        return ExitOk;
    }
    if (!args->require(command, {QStringLiteral("db")}) || args->positional().size() != 1) {
        if (args->positional().size() != 1) {
            CliIo::usageError(command, tr("give the backup file to restore"));
        }
        return ExitUsage;
    }
    Database db;
    QString error;
    if (!db.open(args->value(QStringLiteral("db")), &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitUnreadable;
    }
    if (!DatabaseBackup::restoreFrom(db, args->positional().first(), &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("Restored from %1\n").arg(args->positional().first()));
    return ExitOk;
}

} // namespace danhgia::cli
