#include "CouncilCommand.h"

#include "CliIo.h"
#include "councils/CouncilReader.h"

#include <QJsonDocument>

namespace danhgia::cli {

QString CouncilCommand::help()
{
    return tr("Usage: danhgia-cli council FILE\n"
              "\n"
              "Computes the results of an interview council (danhgia.council/1): mean and spread of\n"
              "the members' scores for each candidate, whether a dialogue is needed and who holds it,\n"
              "the official score and whether the candidate passed. Prints JSON.\n"
              "\n"
              "Options:\n"
              "  --help  show this help\n"
              "\n"
              "Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.\n");
}

int CouncilCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("council");
    QStringList files;
    for (const QString& arg : arguments) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            CliIo::writeOut(help());
            return ExitOk;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            CliIo::usageError(command, tr("unknown option %1").arg(arg));
            return ExitUsage;
        }
        files.append(arg);
    }
    if (files.size() != 1) {
        CliIo::usageError(command, tr("give exactly one council file"));
        return ExitUsage;
    }
    const auto bytes = CliIo::readFile(files.first());
    if (!bytes) {
        return ExitUnreadable;
    }
    ValidationIssues issues;
    const CouncilSession session = CouncilReader::read(*bytes, &issues);
    if (CliIo::reportIssues(files.first(), issues, false) > 0) {
        return ExitInvalidData;
    }
    CliIo::writeOut(QJsonDocument(session.resultsJson()).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace danhgia::cli
