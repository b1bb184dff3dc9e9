#include "CliCommands.h"

#include "CampaignCommand.h"
#include "ConflictsCommand.h"
#include "CouncilCommand.h"
#include "DatabaseCommands.h"
#include "DocumentCommand.h"
#include "ExportCommand.h"
#include "FlagCommand.h"
#include "ImportCommand.h"
#include "ScoreCommand.h"
#include "SignOutCommand.h"
#include "SyncCommand.h"
#include "ValidateCommand.h"

#include <algorithm>

namespace danhgia::cli {

const QList<CliCommands::Command>& CliCommands::all()
{
    static const QList<Command> commands{
        {"score", QT_TRANSLATE_NOOP("CliMain", "score sheets against a criteria set (JSON results)"),
         &ScoreCommand::run},
        {"council", QT_TRANSLATE_NOOP("CliMain", "results of an interview council (JSON)"),
         &CouncilCommand::run},
        {"validate", QT_TRANSLATE_NOOP("CliMain", "check a criteria set and summarise it"),
         &ValidateCommand::run},
        {"document",
         QT_TRANSLATE_NOOP("CliMain", "print minutes, reports and decisions to PDF, .xlsx and CSV"),
         &DocumentCommand::run},
        {"db",
         QT_TRANSLATE_NOOP("CliMain", "create a new database, or bring one to the current schema (db init)"),
         &DatabaseCommands::runDb},
        {"import",
         QT_TRANSLATE_NOOP("CliMain", "import criteria sets, score sheets, units or people into a database"),
         &ImportCommand::run},
        {"campaign",
         QT_TRANSLATE_NOOP(
             "CliMain",
             "create a campaign with its deadlines, participants and score sheets (campaign create)"),
         &CampaignCommand::run},
        {"flag",
         QT_TRANSLATE_NOOP(
             "CliMain",
             "record, remove or list the facts that change a person's grade (flag add|remove|list)"),
         &FlagCommand::run},
        {"export",
         QT_TRANSLATE_NOOP("CliMain", "export a campaign's results (CSV, .xlsx) or its score sheets"),
         &ExportCommand::run},
        {"backup", QT_TRANSLATE_NOOP("CliMain", "write a consistent copy of a database to a backup file"),
         &DatabaseCommands::runBackup},
        {"restore",
         QT_TRANSLATE_NOOP("CliMain", "check a backup copy and replace the content of a database with it"),
         &DatabaseCommands::runRestore},
        {"audit",
         QT_TRANSLATE_NOOP("CliMain", "check the hash chain of a database's audit trail (audit verify)"),
         &DatabaseCommands::runAudit},
        {"sync",
         QT_TRANSLATE_NOOP("CliMain",
                           "send the database's changes to the provincial server and receive the others'"),
         &SyncCommand::run},
        {"conflicts",
         QT_TRANSLATE_NOOP("CliMain",
                           "list, show side by side and resolve the conflicts with the provincial server"),
         &ConflictsCommand::run},
        {"signout",
         QT_TRANSLATE_NOOP(
             "CliMain", "revoke the saved sign-in to the provincial server and delete it from the keychain"),
         &SignOutCommand::run},
    };
    return commands;
}

const CliCommands::Command* CliCommands::find(const QString& name)
{
    const auto& commands = all();
    const auto it = std::find_if(commands.cbegin(), commands.cend(), [&name](const Command& command) {
        return name == QLatin1String(command.name);
    });
    return it == commands.cend() ? nullptr : &*it;
}

QString CliCommands::help()
{
    int width = 0;
    for (const Command& command : all()) {
        width = std::max(width, static_cast<int>(qstrlen(command.name)));
    }
    QString lines;
    for (const Command& command : all()) {
        lines += QStringLiteral("  ") + QString::fromLatin1(command.name).leftJustified(width + 2)
            + QCoreApplication::translate("CliMain", command.summary) + QLatin1Char('\n');
    }
    return tr("Usage: danhgia-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "\"danhgia-cli COMMAND --help\" describes a command. Set DANHGIA_LANG=en for English\n"
              "messages. Exit statuses are listed in docs/cli.md.\n")
        .arg(lines);
}

} // namespace danhgia::cli
