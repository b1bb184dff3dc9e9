#include "ReportDocumentCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "DocumentCommand.h"
#include "database/Database.h"
#include "documents/RecognitionDecision.h"
#include "documents/ResultReport.h"
#include "sources/DocumentSettingsStore.h"
#include "sources/ResultReportSource.h"

namespace danhgia::cli {

namespace {

// The document settings of `unitCode`, or of the catalogue's Sở Nội vụ when it is empty (the
// built-in defaults when the catalogue has none). Empty after printing a message.
std::optional<DocumentSettings> unitSettings(Database& db, const QString& dbPath, const QString& unitCode)
{
    QString error;
    const QDate today = QDate::currentDate();
    std::optional<QString> unit = unitCode;
    if (unitCode.isEmpty()) {
        unit = DocumentSettingsStore::homeAffairsUnit(db.connection(), &error);
    }
    if (unit && unit->isEmpty()) {
        return DocumentSettings::defaults(today);
    }
    const auto loaded
        = unit ? DocumentSettingsStore::load(db.connection(), *unit, today, &error) : std::nullopt;
    if (!loaded) {
        CliIo::writeErr(ReportDocumentCommand::tr("danhgia-cli: database \"%1\": %2").arg(dbPath, error));
        return std::nullopt;
    }
    return loaded->settings;
}

} // namespace

QString ReportDocumentCommand::help(bool decision)
{
    const QString usage = decision
        ? tr("Usage: danhgia-cli document decision --db FILE --campaign ID --pdf OUT.pdf [--unit CODE]\n"
             "                                    [--proposer TEXT] [OPTIONS]\n"
             "\n"
             "Prints the draft decision recognising the results of a campaign (Decree 30/2020/ND-CP):\n"
             "the legal basis, three articles, the recipients and the signer, and on a new page the\n"
             "annex listing every result with its grade.\n"
             "\n"
             "Input:\n"
             "  --db FILE              the database\n"
             "  --campaign ID          the campaign whose results are recognised\n"
             "  --unit CODE            only the people of this unit and of the units under it; the\n"
             "                         unit's document settings are used (default: those of the\n"
             "                         Department of Home Affairs)\n"
             "  --proposer TEXT        who proposed the decision (default: the head of the office)\n")
        : tr("Usage: danhgia-cli document report --db FILE --campaign ID --pdf OUT.pdf [--unit CODE]\n"
             "                                  [OPTIONS]\n"
             "\n"
             "Prints the report of the evaluation and classification of a campaign (Decree\n"
             "30/2020/ND-CP): the counts per grade and per task group, the quota check with the\n"
             "grades decided against the rules, the full results table and the signer.\n"
             "\n"
             "Input:\n"
             "  --db FILE              the database\n"
             "  --campaign ID          the campaign to report on\n"
             "  --unit CODE            only the people of this unit and of the units under it; the\n"
             "                         unit's document settings are used (default: those of the\n"
             "                         Department of Home Affairs)\n");
    return usage
        + tr("\n"
             "The header and the signer come from the unit's document settings in the database;\n"
             "the options below change them for this document only.\n")
        + DocumentCommand::commonOptionsHelp();
}

int ReportDocumentCommand::runReport(const QStringList& arguments)
{
    return run(arguments, false);
}

int ReportDocumentCommand::runDecision(const QStringList& arguments)
{
    return run(arguments, true);
}

int ReportDocumentCommand::run(const QStringList& arguments, bool decision)
{
    const QString command
        = decision ? QStringLiteral("document decision") : QStringLiteral("document report");
    QStringList options = DocumentCommand::commonValueOptions();
    options << QStringLiteral("db") << QStringLiteral("campaign") << QStringLiteral("unit");
    if (decision) {
        options << QStringLiteral("proposer");
    }
    const auto args = CliArguments::parse(command, arguments, options, {});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help(decision));
        return ExitOk;
    }
    if (!args->positional().isEmpty()) {
        CliIo::usageError(command, tr("unexpected argument \"%1\"").arg(args->positional().first()));
        return ExitUsage;
    }
    if (!args->require(command, {QStringLiteral("db"), QStringLiteral("campaign"), QStringLiteral("pdf")})) {
        return ExitUsage;
    }
    const QString dbPath = args->value(QStringLiteral("db"));
    const QString unitCode = args->value(QStringLiteral("unit")).trimmed();
    Database db;
    if (!DatabaseCommands::openExisting(db, dbPath)) {
        return ExitUnreadable;
    }
    QString error;
    const auto data = ResultReportSource::load(
        db.connection(), args->value(QStringLiteral("campaign")).trimmed(), unitCode, &error);
    if (!data) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": %2").arg(dbPath, error));
        return ExitInvalidData;
    }
    const auto stored = unitSettings(db, dbPath, unitCode);
    if (!stored) {
        return ExitInvalidData;
    }
    int status = ExitUsage;
    const auto settings = DocumentCommand::settings(
        command, *args,
        decision ? RecognitionDecision::settingsFor(*stored) : ResultReport::settingsFor(*stored), &status);
    if (!settings) {
        return status;
    }
    const PrintableDocument document = decision
        ? RecognitionDecision::compose(*data, *settings, args->value(QStringLiteral("proposer")))
        : ResultReport::compose(*data, *settings);
    return DocumentCommand::writeOutputs(command, *args, document);
}

} // namespace danhgia::cli
