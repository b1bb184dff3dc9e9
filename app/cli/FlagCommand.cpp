#include "FlagCommand.h"

#include "CliActor.h"
#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/PersonFlagStore.h"
#include "workflow/CampaignDeadlines.h"

namespace danhgia::cli {

namespace {

QString flagCommandTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// "ky_luat — Bị kỷ luật ... (buộc xếp loại KHTNV)", or the bare code for a flag the set lost.
QString flagCommandTitle(const CriteriaSet& set, const QString& code)
{
    const GradeFlag* flag = set.flag(code);
    return flag ? QStringLiteral("%1 — %2").arg(code, PersonFlag::describe(*flag)) : code;
}

} // namespace

QString FlagCommand::help()
{
    return tr(
        "Usage: danhgia-cli flag add --db FILE --campaign ID --person CODE --flag CODE --reason TEXT\n"
        "                            [--document NUMBER] [--document-date DATE]\n"
        "       danhgia-cli flag remove --db FILE --campaign ID --person CODE --flag CODE --reason TEXT\n"
        "       danhgia-cli flag list --db FILE --campaign ID [--person CODE]\n"
        "       danhgia-cli flag history --db FILE --campaign ID --person CODE\n"
        "\n"
        "The facts that change a person's grade in a campaign, whatever the score: discipline in\n"
        "the year, a conclusion of degradation, legal absence, months worked, maternity leave and,\n"
        "for leaders, their unit's results or a unit handled for corruption or waste. The flags\n"
        "are those of the campaign's criteria set (\"danhgia-cli validate\" lists them). A flag\n"
        "added applies to every score sheet of the person in the campaign; removing it needs a\n"
        "reason too. Each change goes to the audit trail with who made it, when and why.\n"
        "\n"
        "Options:\n"
        "  --db FILE              the database\n"
        "  --campaign ID          the campaign's code\n"
        "  --person CODE          the person's code (the subject of their score sheets)\n"
        "  --flag CODE            the flag's code in the criteria set (ky_luat, thai_san...)\n"
        "  --reason TEXT          what happened and on which grounds (required)\n"
        "  --document NUMBER      the number of the decision or conclusion (optional)\n"
        "  --document-date DATE   its date, YYYY-MM-DD or DD/MM/YYYY (with --document)\n"
        "  --actor NAME           who is recorded in the audit trail (default: danhgia-cli)\n"
        "  --help                 show this help\n"
        "\n"
        "Exit status: 0 done, 1 refused (the problem is named), 2 wrong command line,\n"
        "3 unreadable database.\n");
}

int FlagCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("flag");
    const auto args
        = CliArguments::parse(command, arguments,
                              {QStringLiteral("db"), QStringLiteral("campaign"), QStringLiteral("person"),
                               QStringLiteral("flag"), QStringLiteral("reason"), QStringLiteral("document"),
                               QStringLiteral("document-date"), QStringLiteral("actor")},
                              {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    const QString action = args->positional().value(0);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list"),
                              QStringLiteral("history")};
    if (args->positional().size() != 1 || !actions.contains(action)) {
        CliIo::usageError(command, tr("say what to do with a flag: add, remove, list or history"));
        return ExitUsage;
    }
    QStringList required{QStringLiteral("db"), QStringLiteral("campaign")};
    if (action != QLatin1String("list")) {
        required << QStringLiteral("person");
    }
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        required << QStringLiteral("flag") << QStringLiteral("reason");
    }
    if (!args->require(command, required)) {
        return ExitUsage;
    }
    QDate documentDate;
    if (args->has(QStringLiteral("document-date"))) {
        QString error;
        const auto date = CampaignDeadlines::parseDate(args->value(QStringLiteral("document-date")),
                                                       QStringLiteral("--document-date"), &error);
        if (!date) {
            CliIo::usageError(command, error);
            return ExitUsage;
        }
        documentDate = *date;
    }

    Database db;
    if (!DatabaseCommands::openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    const QString campaignCode = args->value(QStringLiteral("campaign"));
    const QString person = args->value(QStringLiteral("person")).trimmed();
    const QString code = args->value(QStringLiteral("flag")).trimmed();
    QString error;
    const bool writes = action == QLatin1String("add") || action == QLatin1String("remove");
    const auto acting = writes ? CliActor::of(db, *args, Role::Administrator, &error) : CliActor();
    if (!acting) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    const QString actor = acting->name;
    const auto campaign = CampaignStore::find(db.connection(), campaignCode, &error);
    const auto set = campaign ? CriteriaSetStore::load(db.connection(), campaign->criteriaSetRowId, &error)
                              : std::nullopt;
    if (!set) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }

    if (action == QLatin1String("add")) {
        const PersonFlag flag{person,
                              code,
                              args->value(QStringLiteral("reason")),
                              args->value(QStringLiteral("document")),
                              documentDate,
                              actor,
                              QDateTime()};
        if (!PersonFlagStore::record(db, campaignCode, flag, Role::Administrator, actor, &error)) {
            CliIo::writeErr(tr("danhgia-cli: the flag was not recorded: %1").arg(error));
            return ExitInvalidData;
        }
        CliIo::writeOut(tr("%1: %2 recorded in the campaign %3.\n")
                            .arg(person, flagCommandTitle(*set, code), campaignCode));
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        if (!PersonFlagStore::remove(db, campaignCode, person, code, args->value(QStringLiteral("reason")),
                                     Role::Administrator, actor, &error)) {
            CliIo::writeErr(tr("danhgia-cli: the flag was not removed: %1").arg(error));
            return ExitInvalidData;
        }
        CliIo::writeOut(tr("%1: %2 removed in the campaign %3.\n")
                            .arg(person, flagCommandTitle(*set, code), campaignCode));
        return ExitOk;
    }
    QStringList lines;
    if (action == QLatin1String("list")) {
        const auto flags = PersonFlagStore::list(db.connection(), campaignCode, person, &error);
        if (!flags) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            return ExitInvalidData;
        }
        for (const PersonFlag& flag : *flags) {
            QString document;
            if (!flag.documentNumber.isEmpty()) {
                document = flag.documentDate.isValid()
                    ? tr("; document %1 of %2")
                          .arg(flag.documentNumber, flag.documentDate.toString(QStringLiteral("dd/MM/yyyy")))
                    : tr("; document %1").arg(flag.documentNumber);
            }
            lines << tr("%1\t%2\treason: %3%4; recorded by %5 on %6")
                         .arg(flag.personCode, flagCommandTitle(*set, flag.flagCode), flag.reason, document,
                              flag.recordedBy, flagCommandTime(flag.recordedAt));
        }
        if (lines.isEmpty()) {
            lines << tr("No flag is in force in the campaign %1.").arg(campaignCode);
        }
    } else {
        const auto changes = PersonFlagStore::history(db.connection(), campaignCode, person, &error);
        if (!changes) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            return ExitInvalidData;
        }
        for (const PersonFlagChange& change : *changes) {
            lines << tr("%1\t%2\t%3 %4\treason: %5")
                         .arg(flagCommandTime(change.at), change.actor,
                              change.removed ? tr("removed") : tr("recorded"),
                              flagCommandTitle(*set, change.flagCode), change.reason);
        }
        if (lines.isEmpty()) {
            lines << tr("%1 has no flag recorded in the campaign %2.").arg(person, campaignCode);
        }
    }
    CliIo::writeOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace danhgia::cli
