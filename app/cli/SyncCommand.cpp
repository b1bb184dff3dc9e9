#include "SyncCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"
#include "network/ServerConnection.h"

#include <QFile>
#include <QUrl>

#include <cstdio>

namespace danhgia::cli {

namespace {

// The password: DANHGIA_PASSWORD, else the first line of standard input.
QString readPassword()
{
    if (qEnvironmentVariableIsSet("DANHGIA_PASSWORD")) {
        return qEnvironmentVariable("DANHGIA_PASSWORD");
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return QString();
    }
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

} // namespace

int SyncCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("sync");
    const auto args = CliArguments::parse(
        command, arguments, {QStringLiteral("db"), QStringLiteral("server"), QStringLiteral("user")}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(
            tr("Usage: danhgia-cli sync --db FILE --server URL --user LOGIN\n"
               "\n"
               "Signs in to the provincial server, sends the changes of the database that the server has\n"
               "not answered yet, receives the changes made elsewhere, and prints a summary: sent,\n"
               "applied, refused (with the server's reasons), conflicts, received.\n"
               "The password is read from DANHGIA_PASSWORD, else from the first line of standard input.\n"
               "\n"
               "Exit status: 0 done; 2 wrong command line; 3 the database cannot be opened;\n"
               "4 done, but conflicts or refused changes wait for a decision; 5 the server could not be\n"
               "reached or the sync did not finish (what was saved stays saved; run it again);\n"
               "6 the server refused the sign-in.\n"));
        return ExitOk;
    }
    if (!args->positional().isEmpty()) {
        CliIo::usageError(command, tr("unexpected argument \"%1\"").arg(args->positional().first()));
        return ExitUsage;
    }
    if (!args->require(command, {QStringLiteral("db"), QStringLiteral("server"), QStringLiteral("user")})) {
        return ExitUsage;
    }
    const QUrl server(args->value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))
        || server.host().isEmpty()) {
        CliIo::usageError(command,
                          tr("--server \"%1\" is not an http:// or https:// address")
                              .arg(args->value(QStringLiteral("server"))));
        return ExitUsage;
    }
    Database db;
    if (!DatabaseCommands::openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    const QString password = readPassword();
    if (password.isEmpty()) {
        CliIo::usageError(command, tr("no password: set DANHGIA_PASSWORD or write it on standard input"));
        return ExitUsage;
    }
    ServerConnection connection(server, ServerConnection::Options{});
    QString error;
    if (!connection.signIn(args->value(QStringLiteral("user")), password, &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return connection.lastStatus() == 0 || connection.lastStatus() >= 500 ? ExitSyncFailed
                                                                              : ExitSignInRefused;
    }
    SyncEngine engine(db, connection);
    const SyncSummary summary = engine.run();
    if (!summary.completed) {
        CliIo::writeErr(summary.toText() + QLatin1Char('\n'));
        return ExitSyncFailed;
    }
    CliIo::writeOut(summary.toText() + QLatin1Char('\n'));
    return summary.conflicts > 0 || summary.refused > 0 ? ExitSyncAttention : ExitOk;
}

} // namespace danhgia::cli
