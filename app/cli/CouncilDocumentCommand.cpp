#include "CouncilDocumentCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DocumentCommand.h"
#include "councils/CouncilReader.h"
#include "documents/CouncilMinutes.h"

namespace danhgia::cli {

QString CouncilDocumentCommand::help()
{
    return tr("Usage: danhgia-cli document council COUNCIL.json --pdf OUT.pdf [--xlsx OUT.xlsx] "
              "[--csv OUT.csv] [OPTIONS]\n"
              "\n"
              "Prints the minutes of an interview council meeting and, on a new page, the summary\n"
              "sheet of its results: every member's score, the mean, the spread, the dialogue and who\n"
              "held it, the agreed and the official score, pass or fail and the rank. The council file\n"
              "(danhgia.council/1) is checked as \"danhgia-cli council\" checks it; the names and roles\n"
              "of the members come from its \"members\". The meeting's start and end times, its place,\n"
              "the decision that formed the council and the names of the chair and the secretary can\n"
              "be given in a --settings file (meeting_start, meeting_end, meeting_place, basis, chair,\n"
              "secretary).\n"
              "\n")
        + DocumentCommand::commonOptionsHelp()
        + tr("\n"
             "Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file or output\n"
             "that cannot be written.\n");
}

int CouncilDocumentCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("document council");
    const auto parsed = CliArguments::parse(command, arguments, DocumentCommand::commonValueOptions(), {});
    if (!parsed) {
        return ExitUsage;
    }
    if (parsed->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    if (parsed->positional().size() != 1) {
        // The message of `danhgia-cli council`.
        CliIo::usageError(command,
                          QCoreApplication::translate("CouncilCommand", "give exactly one council file"));
        return ExitUsage;
    }
    if (!parsed->require(command, {QStringLiteral("pdf")})) {
        return ExitUsage;
    }
    const QDate today = QDate::currentDate();
    int status = ExitUsage;
    auto settings
        = DocumentCommand::settings(command, *parsed, CouncilMinutes::defaultSettings(today), &status);
    if (!settings) {
        return status;
    }
    if (settings->date != today) {
        // The meeting's default times are on the document's date.
        settings
            = DocumentCommand::settings(command, *parsed, CouncilMinutes::defaultSettings(settings->date));
    }
    const QString path = parsed->positional().first();
    const auto bytes = CliIo::readFile(path);
    if (!bytes) {
        return ExitUnreadable;
    }
    ValidationIssues issues;
    const CouncilSession session = CouncilReader::read(*bytes, &issues);
    if (CliIo::reportIssues(path, issues, false) > 0) {
        return ExitInvalidData;
    }
    return DocumentCommand::writeOutputs(command, *parsed, CouncilMinutes(session, *settings).compose());
}

} // namespace danhgia::cli
