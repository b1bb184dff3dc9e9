#include "ScoreCommand.h"

#include "CliIo.h"
#include "criteria/CriteriaSetReader.h"
#include "scoring/ScoreSheetReader.h"
#include "scoring/ScoringEngine.h"

#include <QJsonDocument>

namespace danhgia::cli {

QString ScoreCommand::help()
{
    return tr("Usage: danhgia-cli score --criteria SET.json SHEET.json [SHEET.json ...] [--aggregate]\n"
              "\n"
              "Scores the sheets against the criteria set and prints the results as JSON: points and\n"
              "maximum of every criterion, total, index, grade, rank and quota of each subject.\n"
              "\n"
              "Options:\n"
              "  --criteria FILE  the criteria set (danhgia.criteria/1)\n"
              "  --aggregate      combine the periods of each subject (the year score from monthly\n"
              "                   scores) before grading and ranking\n"
              "  --help           show this help\n"
              "\n"
              "Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.\n");
}

int ScoreCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("score");
    QString criteriaPath;
    bool aggregate = false;
    QStringList sheetPaths;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            CliIo::writeOut(help());
            return ExitOk;
        }
        if (arg == QLatin1String("--aggregate")) {
            aggregate = true;
        } else if (arg == QLatin1String("--criteria")) {
            if (i + 1 >= arguments.size()) {
                CliIo::usageError(command, tr("--criteria needs a file name"));
                return ExitUsage;
            }
            criteriaPath = arguments[++i];
        } else if (arg.startsWith(QLatin1String("--criteria="))) {
            criteriaPath = arg.mid(11);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            CliIo::usageError(command, tr("unknown option %1").arg(arg));
            return ExitUsage;
        } else {
            sheetPaths.append(arg);
        }
    }
    if (criteriaPath.isEmpty()) {
        CliIo::usageError(command, tr("the criteria set is missing (--criteria SET.json)"));
        return ExitUsage;
    }
    if (sheetPaths.isEmpty()) {
        CliIo::usageError(command, tr("no score sheet given"));
        return ExitUsage;
    }

    const auto setBytes = CliIo::readFile(criteriaPath);
    if (!setBytes) {
        return ExitUnreadable;
    }
    ValidationIssues setIssues;
    const CriteriaSet set = CriteriaSetReader::read(*setBytes, &setIssues);
    if (CliIo::reportIssues(criteriaPath, setIssues, false) > 0) {
        return ExitInvalidData;
    }

    QList<ScoreSheet> sheets;
    sheets.reserve(sheetPaths.size());
    bool unreadable = false;
    int errors = 0;
    for (const QString& path : sheetPaths) {
        const auto bytes = CliIo::readFile(path);
        if (!bytes) {
            unreadable = true;
            continue;
        }
        ValidationIssues issues;
        sheets.append(ScoreSheetReader::read(*bytes, &issues));
        errors += CliIo::reportIssues(path, issues, false);
    }
    if (unreadable) {
        return ExitUnreadable;
    }
    if (errors > 0) {
        return ExitInvalidData;
    }

    const ScoringEngine engine(set);
    QList<ScoringEngine::SheetIssue> sheetIssues;
    const auto result = engine.score(sheets, aggregate, &sheetIssues);
    if (!result) {
        for (const auto& issue : sheetIssues) {
            CliIo::reportIssues(sheetPaths[issue.sheet], {issue.issue}, false);
        }
        return ExitInvalidData;
    }
    CliIo::writeOut(QJsonDocument(engine.toJson(*result)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace danhgia::cli
