#include "AppraisalDocumentCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DocumentCommand.h"
#include "criteria/CriteriaSetReader.h"
#include "documents/AppraisalComparison.h"
#include "documents/AppraisalCouncilReader.h"
#include "documents/AppraisalMinutes.h"
#include "scoring/ScoreSheetReader.h"

namespace danhgia::cli {

namespace {

const QString Command = QStringLiteral("document appraisal");

// Reads a file with `read`, reporting its problems under its name; false when it is unusable.
template <typename Result, typename Reader>
bool readInput(const QString& path, Reader read, Result* result, int* status)
{
    const auto bytes = CliIo::readFile(path);
    if (!bytes) {
        *status = ExitUnreadable;
        return false;
    }
    ValidationIssues issues;
    *result = read(*bytes, &issues);
    if (CliIo::reportIssues(path, issues, false) > 0) {
        *status = ExitInvalidData;
        return false;
    }
    return true;
}

} // namespace

QString AppraisalDocumentCommand::help()
{
    return tr("Usage: danhgia-cli document appraisal --criteria SET.json --self SELF.json\n"
              "         --appraised APPRAISED.json --pdf OUT.pdf [OPTIONS]\n"
              "\n"
              "Prints the appraisal minutes of one unit's self-assessment: the points of every field\n"
              "self-assessed and appraised, each changed criterion with the appraiser's reason (the\n"
              "\"reason\" of a value in the appraised sheet), the totals, indexes and grades, the\n"
              "council's conclusion, and an annex with every criterion.\n"
              "\n"
              "Input:\n"
              "  --criteria FILE        the criteria set (danhgia.criteria/1)\n"
              "  --self FILE            the unit's self-assessed sheet (danhgia.scores/1)\n"
              "  --appraised FILE       the appraised sheet of the same unit and period\n"
              "  --members FILE         the council: members present and absent, chair, secretary\n"
              "                         (JSON, see docs/documents.md)\n"
              "  --conclusion TEXT      the council's conclusion and requests\n")
        + DocumentCommand::commonOptionsHelp()
        + tr("  --help                 show this help\n"
             "\n"
             "Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.\n");
}

int AppraisalDocumentCommand::run(const QStringList& arguments)
{
    const auto parsed = CliArguments::parse(
        Command, arguments,
        DocumentCommand::commonValueOptions()
            + QStringList{QStringLiteral("criteria"), QStringLiteral("self"), QStringLiteral("appraised"),
                          QStringLiteral("members"), QStringLiteral("conclusion")},
        {});
    if (!parsed) {
        return ExitUsage;
    }
    if (parsed->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    if (!parsed->positional().isEmpty()) {
        CliIo::usageError(Command, tr("unexpected argument \"%1\"").arg(parsed->positional().first()));
        return ExitUsage;
    }
    if (!parsed->require(Command,
                         {QStringLiteral("criteria"), QStringLiteral("self"), QStringLiteral("appraised"),
                          QStringLiteral("pdf")})) {
        return ExitUsage;
    }
    const QString setPath = parsed->value(QStringLiteral("criteria"));
    const QString selfPath = parsed->value(QStringLiteral("self"));
    const QString appraisedPath = parsed->value(QStringLiteral("appraised"));
    int status = ExitOk;
    AppraisalMinutesInput input;
    if (!readInput(setPath, &CriteriaSetReader::read, &input.set, &status)) {
        return status;
    }
    const bool selfRead = readInput(selfPath, &ScoreSheetReader::read, &input.self, &status);
    const bool appraisedRead = readInput(appraisedPath, &ScoreSheetReader::read, &input.appraised, &status);
    if (!selfRead || !appraisedRead) {
        return status;
    }
    const AppraisalComparison::Issues issues = AppraisalComparison::check(input);
    const int errors = CliIo::reportIssues(selfPath, issues.self, false)
        + CliIo::reportIssues(appraisedPath, issues.appraised, false);
    if (errors > 0) {
        return ExitInvalidData;
    }
    input.reasons = input.appraised.reasons;
    input.conclusion = parsed->value(QStringLiteral("conclusion"));

    DocumentSettings defaults = AppraisalMinutes::defaultSettings(QDate::currentDate());
    if (parsed->has(QStringLiteral("members"))) {
        AppraisalCouncilReader::Council council;
        if (!readInput(parsed->value(QStringLiteral("members")), &AppraisalCouncilReader::read, &council,
                       &status)) {
            return status;
        }
        input.members = council.members;
        defaults.chair.name = council.chair;
        defaults.secretary.name = council.secretary;
    }
    int settingsStatus = ExitUsage;
    auto settings = DocumentCommand::settings(Command, *parsed, defaults, &settingsStatus);
    if (!settings) {
        return settingsStatus;
    }
    // The meeting is held on the document's date unless the settings say when.
    if (settings->meetingStart == defaults.meetingStart) {
        settings->meetingStart.setDate(settings->date);
    }
    if (settings->meetingEnd == defaults.meetingEnd) {
        settings->meetingEnd.setDate(settings->date);
    }
    return DocumentCommand::writeOutputs(Command, *parsed, AppraisalMinutes::compose(input, *settings));
}

} // namespace danhgia::cli
