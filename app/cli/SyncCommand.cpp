#include "SyncCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "SyncTarget.h"
#include "credentials/AccountSignIn.h"
#include "database/Database.h"
#include "engine/SyncEngine.h"

#include <QFile>

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
            tr("Usage: danhgia-cli sync --db FILE [--server URL] [--user LOGIN]\n"
               "\n"
               "Signs in to the provincial server, sends the changes of the database that the server has\n"
               "not answered yet, receives the changes made elsewhere, and prints a summary: sent,\n"
               "applied, refused (with the server's reasons), conflicts, received.\n"
               "The server and the login are those of the database's link (its last sync) unless given.\n"
               "The sign-in saved in this computer's keychain is used when there is one; else the\n"
               "password is read from DANHGIA_PASSWORD, else from the first line of standard input, and\n"
               "the new sign-in is saved in the keychain (never in a file).\n"
               "\n"
               "Exit status: 0 done; 2 wrong command line; 3 the database cannot be opened;\n"
               "4 done, but conflicts or refused changes wait for a decision; 5 the server could not be\n"
               "reached or the sync did not finish (what was saved stays saved; run it again);\n"
               "6 the server refused the sign-in.\n"));
        return ExitOk;
    }
    Database db;
    int exitCode = ExitOk;
    const auto target = SyncTarget::open(command, *args, db, &exitCode);
    if (!target) {
        return exitCode;
    }
    AccountSignIn account(db, target->server, target->login, target->connectionOptions());
    AccountSignIn::Outcome outcome = account.resume();
    if (outcome == AccountSignIn::Outcome::NeedsPassword) {
        if (!account.keychainProblem().isEmpty()) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(account.message()));
        }
        const QString password = readPassword();
        if (password.isEmpty()) {
            CliIo::usageError(command, tr("no password: set DANHGIA_PASSWORD or write it on standard input"));
            return ExitUsage;
        }
        outcome = account.signIn(password);
    }
    if (outcome != AccountSignIn::Outcome::SignedIn) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(account.message()));
        return outcome == AccountSignIn::Outcome::Refused ? ExitSignInRefused : ExitSyncFailed;
    }
    SyncEngine engine(db, account.connection());
    const SyncSummary summary = engine.run();
    if (!account.keychainProblem().isEmpty() && outcome == AccountSignIn::Outcome::SignedIn) {
        CliIo::writeErr(tr("danhgia-cli: the sign-in is not kept: %1").arg(account.keychainProblem()));
    }
    if (!summary.completed) {
        CliIo::writeErr(summary.toText() + QLatin1Char('\n'));
        return ExitSyncFailed;
    }
    CliIo::writeOut(summary.toText() + QLatin1Char('\n'));
    return summary.conflicts > 0 || summary.refused > 0 ? ExitSyncAttention : ExitOk;
}

} // namespace danhgia::cli
