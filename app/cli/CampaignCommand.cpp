#include "CampaignCommand.h"

#include "CliActor.h"
#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "services/CampaignEditor.h"
#include "services/CampaignSheets.h"
#include "stores/CriteriaSetStore.h"
#include "tabular/TabularReader.h"
#include "text/CodeList.h"

namespace danhgia::cli {

namespace {

// The deadlines of --deadline STAGE=DATE, and the default classification deadline when none is
// given for it; nothing after a usage error.
std::optional<CampaignDeadlines> deadlinesOf(const QString& command, const QStringList& given,
                                             const QStringList& periods, bool specialCalendar)
{
    CampaignDeadlines deadlines;
    bool classificationGiven = false;
    for (const QString& text : given) {
        const int equals = text.indexOf(QLatin1Char('='));
        const auto stage = CampaignDeadlines::stageFromName(text.left(equals).trimmed());
        if (equals < 0 || !stage) {
            CliIo::usageError(command,
                              CampaignCommand::tr("--deadline %1: write STAGE=DATE, the stage being self, "
                                                  "appraisal or classification")
                                  .arg(text));
            return std::nullopt;
        }
        QString error;
        const auto date
            = CampaignDeadlines::parseDate(text.mid(equals + 1), QStringLiteral("--deadline"), &error);
        if (!date) {
            CliIo::usageError(command, error);
            return std::nullopt;
        }
        deadlines.setDeadline(*stage, *date);
        classificationGiven = classificationGiven || *stage == DeadlineStage::Classification;
    }
    const int year = CampaignDeadlines::yearOfPeriods(periods);
    if (!classificationGiven && year > 0) {
        deadlines.classification = CampaignDeadlines::defaultClassification(year, specialCalendar);
    }
    return deadlines;
}

} // namespace

QString CampaignCommand::help()
{
    return tr("Usage: danhgia-cli campaign create --db FILE --code CODE --title TITLE\n"
              "           --criteria SET[@VERSION] --periods PERIOD[,PERIOD...] [OPTIONS]\n"
              "\n"
              "Creates an assessment campaign with a deadline per stage, adds its participants (units\n"
              "or people, by code) and creates their score sheets, one per participant and period:\n"
              "all of it, or nothing when anything is wrong.\n"
              "\n"
              "Options:\n"
              "  --db FILE              the database (created by \"danhgia-cli db init\")\n"
              "  --code CODE            the campaign's code (letters without diacritics, digits, . - _)\n"
              "  --title TITLE          the campaign's title\n"
              "  --criteria SET@VERSION a criteria set stored in the database; without @VERSION, its\n"
              "                         latest version\n"
              "  --kind KIND            staff, par_index, agency, it_ranking or interview (default: the\n"
              "                         kind of the criteria set)\n"
              "  --periods LIST         the periods, separated by commas (2026, 2026-01, 2026-Q1...)\n"
              "  --deadline STAGE=DATE  a stage's deadline, YYYY-MM-DD or DD/MM/YYYY; the stage is\n"
              "                         self, appraisal or classification; may be repeated. Without a\n"
              "                         classification deadline: 15 December of the periods' year\n"
              "  --special-calendar     the default classification deadline is 15 January of the next\n"
              "                         year (units on a special calendar)\n"
              "  --participants FILE    a CSV or Excel list whose column Mã (code) holds the codes of\n"
              "                         units or people of the catalogue\n"
              "  --actor NAME           who is recorded in the audit trail (default: danhgia-cli)\n"
              "  --help                 show this help\n"
              "\n"
              "Exit status: 0 created, 1 invalid data, 2 wrong command line, 3 unreadable file.\n");
}

int CampaignCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("campaign");
    const auto args = CliArguments::parse(
        command, arguments,
        {QStringLiteral("db"), QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("criteria"),
         QStringLiteral("kind"), QStringLiteral("periods"), QStringLiteral("deadline"),
         QStringLiteral("participants"), QStringLiteral("actor")},
        {QStringLiteral("special-calendar")});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    if (args->positional() != QStringList{QStringLiteral("create")}) {
        CliIo::usageError(command, tr("say what to do with a campaign: create"));
        return ExitUsage;
    }
    if (!args->require(command,
                       {QStringLiteral("db"), QStringLiteral("code"), QStringLiteral("title"),
                        QStringLiteral("criteria"), QStringLiteral("periods")})) {
        return ExitUsage;
    }
    CampaignRecord campaign;
    campaign.code = args->value(QStringLiteral("code")).trimmed();
    campaign.title = args->value(QStringLiteral("title")).trimmed();
    campaign.periods = args->value(QStringLiteral("periods")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& period : campaign.periods) {
        period = period.trimmed();
    }
    const auto deadlines = deadlinesOf(command, args->values(QStringLiteral("deadline")), campaign.periods,
                                       args->has(QStringLiteral("special-calendar")));
    if (!deadlines) {
        return ExitUsage;
    }
    campaign.deadlines = *deadlines;
    const QString criteria = args->value(QStringLiteral("criteria"));
    const int at = criteria.lastIndexOf(QLatin1Char('@'));
    bool versionOk = true;
    const int setVersion = at < 0 ? 0 : criteria.mid(at + 1).toInt(&versionOk);
    const QString setId = at < 0 ? criteria : criteria.left(at);
    if (!versionOk || (at >= 0 && setVersion < 1)) {
        CliIo::usageError(
            command, tr("--criteria %1: write SET@VERSION, the version a whole number from 1").arg(criteria));
        return ExitUsage;
    }

    QStringList codes;
    if (args->has(QStringLiteral("participants"))) {
        QString error;
        const auto table = TabularReader::read(args->value(QStringLiteral("participants")), &error);
        if (!table) {
            CliIo::writeErr(error);
            return ExitUnreadable;
        }
        const auto listed = CodeList::fromTable(*table, &error);
        if (!listed) {
            CliIo::writeErr(error);
            return ExitInvalidData;
        }
        codes = *listed;
    }

    Database db;
    if (!DatabaseCommands::openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    QString error;
    const auto row = setVersion > 0 ? CriteriaSetStore::version(db.connection(), setId, setVersion, &error)
                                    : CriteriaSetStore::latest(db.connection(), setId, &error);
    if (row && *row == 0) {
        CliIo::writeErr(tr("danhgia-cli: the criteria set %1 is not in the database; import it first with "
                           "\"danhgia-cli import criteria\"")
                            .arg(criteria));
        return ExitInvalidData;
    }
    const auto set = row ? CriteriaSetStore::load(db.connection(), *row, &error) : std::nullopt;
    if (!set) {
        CliIo::writeErr(error);
        return ExitInvalidData;
    }
    campaign.criteriaSetRowId = *row;
    campaign.kind = args->has(QStringLiteral("kind")) ? args->value(QStringLiteral("kind")) : set->kind;
    const auto acting = CliActor::of(db, *args, Role::Administrator, &error);
    if (!acting) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    const QString actor = acting->name;
    int sheets = 0;
    const bool created = db.transaction(
        [&](QString* e) {
            if (!CampaignEditor::create(db, campaign, Role::Administrator, actor, e)) {
                return false;
            }
            if (!codes.isEmpty() && !CampaignStore::addParticipantCodes(db, campaign.code, codes, actor, e)) {
                return false;
            }
            const auto count = CampaignSheets::create(db, campaign.code, Role::Administrator, actor, e);
            sheets = count.value_or(0);
            return count.has_value();
        },
        &error);
    if (!created) {
        CliIo::writeErr(tr("danhgia-cli: the campaign was not created: %1").arg(error));
        return ExitInvalidData;
    }
    QStringList lines;
    lines << tr("Campaign %1 created: %2").arg(campaign.code, campaign.title);
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        const QDate date = campaign.deadlines.deadline(stage);
        if (date.isValid()) {
            lines << tr("  deadline for %1: %2")
                         .arg(CampaignDeadlines::stageTitle(stage).toLower(),
                              date.toString(QStringLiteral("dd/MM/yyyy")));
        }
    }
    lines << tr("%n participant(s), %1 score sheet(s) created", nullptr, static_cast<int>(codes.size()))
                 .arg(sheets);
    CliIo::writeOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace danhgia::cli
