#include "ConflictsCommand.h"

#include "CliActor.h"
#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictResolver.h"
#include "workflow/Role.h"

namespace danhgia::cli {

namespace {

QString conflictsTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QStringLiteral("—");
}

QString conflictsOrigin(const QString& origin)
{
    return origin == QLatin1String("push") ? ConflictsCommand::tr("sending")
                                           : ConflictsCommand::tr("receiving");
}

} // namespace

QString ConflictsCommand::help()
{
    return tr("Usage: danhgia-cli conflicts list --db FILE\n"
              "       danhgia-cli conflicts show --db FILE ID\n"
              "       danhgia-cli conflicts resolve --db FILE ID --keep mine|server\n"
              "                                     [--field PATH=mine|server|VALUE ...] [--role ROLE]\n"
              "\n"
              "The rows changed both here and on the provincial server since the last sync: a change\n"
              "the server did not apply because the row had changed there, or a change received for a\n"
              "row with a change here not yet sent. \"show\" puts each field that differs side by side:\n"
              "the version both started from, the server's and yours. \"resolve\" keeps the server's\n"
              "version and writes the fields you keep or type as a new change on it, sent at the next\n"
              "sync; a sheet approved on the server meanwhile keeps its state and values (ask its\n"
              "approver to reopen it). Fields are named as \"show\" names them: state,\n"
              "values.self.1.2, explanations.1.2... for a sheet; a column's name for another row\n"
              "(full_name, position, unit_uuid, self_deadline...). Writing a unit, a person, a\n"
              "campaign... needs the role that may write it (--role administrator).\n"
              "\n"
              "Options:\n"
              "  --db FILE                 the database\n"
              "  --keep mine|server        what to keep of every field not named by --field\n"
              "  --field PATH=CHOICE       for one field: mine, server, or a value typed as in a\n"
              "                            sheet (8,5; 9/10; có) or in a column (a name, 15/12/2026,\n"
              "                            có/không); may be repeated\n"
              "  --role ROLE               the role you write in (default: self_assessor)\n"
              "  --actor NAME              who is recorded in the audit trail (default: danhgia-cli)\n"
              "  --help                    show this help\n"
              "\n"
              "Exit status: 0 done, 1 refused (each field at fault is named), 2 wrong command line,\n"
              "3 unreadable database.\n");
}

int ConflictsCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("conflicts");
    const auto args
        = CliArguments::parse(command, arguments,
                              {QStringLiteral("db"), QStringLiteral("keep"), QStringLiteral("field"),
                               QStringLiteral("role"), QStringLiteral("actor")},
                              {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    const QString action = args->positional().value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("resolve")};
    if (!actions.contains(action)) {
        CliIo::usageError(command, tr("say what to do with the conflicts: list, show or resolve"));
        return ExitUsage;
    }
    const int wanted = action == QLatin1String("list") ? 1 : 2;
    if (args->positional().size() != wanted) {
        CliIo::usageError(command,
                          action == QLatin1String("list")
                              ? tr("\"conflicts list\" takes no conflict number")
                              : tr("give the number of one conflict (\"conflicts list\" shows them)"));
        return ExitUsage;
    }
    bool numbered = true;
    const qint64 id = wanted == 2 ? args->positional().at(1).toLongLong(&numbered) : 0;
    if (!numbered || (wanted == 2 && id <= 0)) {
        CliIo::usageError(command, tr("\"%1\" is not a conflict's number").arg(args->positional().at(1)));
        return ExitUsage;
    }
    QStringList required{QStringLiteral("db")};
    if (action == QLatin1String("resolve")) {
        required << QStringLiteral("keep");
    }
    if (!args->require(command, required)) {
        return ExitUsage;
    }
    std::optional<ConflictKeep> keep = ConflictKeep::Server;
    QList<ConflictChoice> choices;
    std::optional<Role> role = Role::SelfAssessor;
    if (action == QLatin1String("resolve")) {
        keep = ConflictResolution::keepFromName(args->value(QStringLiteral("keep")));
        if (!keep || *keep == ConflictKeep::Edited) {
            CliIo::usageError(
                command, tr("--keep is mine or server, not \"%1\"").arg(args->value(QStringLiteral("keep"))));
            return ExitUsage;
        }
        for (const QString& field : args->values(QStringLiteral("field"))) {
            QString error;
            const auto choice = ConflictResolution::parseChoice(field, &error);
            if (!choice) {
                CliIo::usageError(command, tr("--field: %1").arg(error));
                return ExitUsage;
            }
            choices.append(*choice);
        }
        if (args->has(QStringLiteral("role"))) {
            role = Roles::fromName(args->value(QStringLiteral("role")));
            if (!role) {
                CliIo::usageError(
                    command, tr("--role: \"%1\" is not a role").arg(args->value(QStringLiteral("role"))));
                return ExitUsage;
            }
        }
    }

    Database db;
    if (!DatabaseCommands::openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    QString error;
    if (action == QLatin1String("list")) {
        const auto list = ConflictInbox::list(db, &error);
        if (!list) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            return ExitInvalidData;
        }
        QStringList lines;
        for (const ConflictSummary& conflict : *list) {
            lines << tr("%1\t%2\twhile %3\tserver version %4\t%n field(s) differ\trecorded on %5", nullptr,
                        conflict.differing)
                         .arg(conflict.id)
                         .arg(conflict.title, conflictsOrigin(conflict.origin))
                         .arg(conflict.serverVersion)
                         .arg(conflictsTime(conflict.recordedAt));
        }
        if (lines.isEmpty()) {
            lines << tr("No conflict waits for a decision.");
        }
        CliIo::writeOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        const auto detail = ConflictInbox::load(db, id, &error);
        if (!detail) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            return ExitInvalidData;
        }
        const ConflictResolution::Context context = detail->context();
        QStringList lines;
        lines << tr("Conflict %1: %2").arg(id).arg(detail->summary.title);
        lines << tr("Recorded while %1 on %2; the server's version %3, based on version %4.")
                     .arg(conflictsOrigin(detail->summary.origin), conflictsTime(detail->summary.recordedAt))
                     .arg(detail->summary.serverVersion)
                     .arg(detail->baseKnown ? QString::number(detail->baseVersion) : tr("unknown"));
        if (!detail->localActor.isEmpty()) {
            lines << tr("Last changed here by %1 on %2.")
                         .arg(detail->localActor, conflictsTime(detail->localChangedAt));
        }
        lines << QString();
        lines << tr("FIELD\tBASE\tSERVER\tMINE\tCHANGED BY\tALLOWED");
        for (const ConflictField& field : ConflictComparison::differing(detail->fields)) {
            QStringList changedBy;
            if (field.changedOnServer()) {
                changedBy << tr("server");
            }
            if (field.changedHere()) {
                changedBy << tr("here");
            }
            QStringList allowed;
            for (const ConflictKeep option :
                 {ConflictKeep::Mine, ConflictKeep::Server, ConflictKeep::Edited}) {
                if (ConflictResolution::allows(field, option, context)) {
                    allowed << ConflictResolution::keepName(option);
                }
            }
            lines << QStringLiteral("%1 [%2]\t%3\t%4\t%5\t%6\t%7")
                         .arg(ConflictComparison::label(field.path, context.set), field.path,
                              field.baseKnown
                                  ? ConflictComparison::display(field.path, field.base, detail->titles)
                                  : tr("?"),
                              ConflictComparison::display(field.path, field.server, detail->titles),
                              ConflictComparison::display(field.path, field.local, detail->titles),
                              changedBy.isEmpty() ? tr("?") : changedBy.join(QLatin1String(", ")),
                              allowed.join(QLatin1String(", ")));
        }
        CliIo::writeOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return ExitOk;
    }
    const auto acting = CliActor::of(db, *args, *role, &error);
    if (!acting) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    if (!ConflictResolver::resolve(db, id, *keep, choices, acting->role, acting->name, &error)) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("Conflict %1 resolved; what you kept will be sent at the next sync.\n").arg(id));
    return ExitOk;
}

} // namespace danhgia::cli
