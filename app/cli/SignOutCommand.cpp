#include "SignOutCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "SyncTarget.h"
#include "credentials/AccountSignIn.h"
#include "database/Database.h"

namespace danhgia::cli {

int SignOutCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("signout");
    const auto args = CliArguments::parse(
        command, arguments, {QStringLiteral("db"), QStringLiteral("server"), QStringLiteral("user")}, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(tr(
            "Usage: danhgia-cli signout --db FILE [--server URL] [--user LOGIN]\n"
            "\n"
            "Signs out of the provincial server: the saved sign-in is revoked on the server and deleted\n"
            "from this computer's keychain; the database may no longer be used offline as the account\n"
            "until the next sign-in. The server and the login are those of the database's link unless\n"
            "given.\n"
            "\n"
            "Exit status: 0 signed out; 2 wrong command line; 3 the database cannot be opened;\n"
            "5 the server could not be reached (the sign-in is deleted from this computer all the same).\n"));
        return ExitOk;
    }
    Database db;
    int exitCode = ExitOk;
    const auto target = SyncTarget::open(command, *args, db, &exitCode);
    if (!target) {
        return exitCode;
    }
    AccountSignIn account(db, target->server, target->login, target->connectionOptions());
    QString error;
    const bool revoked = account.signOut(&error);
    if (!account.keychainProblem().isEmpty()) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(account.keychainProblem()));
    }
    if (!revoked) {
        CliIo::writeErr(tr("danhgia-cli: the server could not revoke the sign-in: %1").arg(error));
        return ExitSyncFailed;
    }
    CliIo::writeOut(tr("Signed out of %1 as %2.\n").arg(target->server.toString(), target->login));
    return ExitOk;
}

} // namespace danhgia::cli
