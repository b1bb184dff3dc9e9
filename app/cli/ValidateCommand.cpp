#include "ValidateCommand.h"

#include "CliIo.h"
#include "criteria/CriteriaSetReader.h"
#include "scoring/ScoringEngine.h"

#include <QLocale>

namespace danhgia::cli {

QString ValidateCommand::help()
{
    return tr("Usage: danhgia-cli validate SET.json\n"
              "\n"
              "Checks a criteria set (danhgia.criteria/1) and prints a summary: fields, criteria,\n"
              "leaves, total maximum, evidence requirements, grades, flags and quota, then every\n"
              "problem found with its place in the file. Errors make the set unusable; warnings\n"
              "point at things that are allowed but probably unintended.\n"
              "\n"
              "Options:\n"
              "  --help  show this help\n"
              "\n"
              "Exit status: 0 valid (warnings allowed), 1 invalid, 2 wrong command line,\n"
              "3 unreadable file.\n");
}

QString ValidateCommand::summary(const CriteriaSet& set)
{
    const QLocale locale;
    int groups = 0;
    int optionalEvidence = 0;
    int naAllowed = 0;
    for (const auto& node : set.nodes()) {
        if (node.isGroup) {
            ++groups;
        } else {
            optionalEvidence += node.evidence == EvidenceRule::Optional ? 1 : 0;
            naAllowed += node.naAllowed ? 1 : 0;
        }
    }
    QStringList lines;
    lines << tr("Criteria set: %1").arg(set.title);
    lines << tr("Id: %1, version %2, kind %3, %4 decimal places")
                 .arg(set.id)
                 .arg(set.version)
                 .arg(set.kind.isEmpty() ? tr("(not given)") : set.kind)
                 .arg(set.decimals);
    lines << tr("Fields (top-level criteria): %1").arg(set.topLevel().size());
    lines << tr("Criteria: %1 (%2 groups, %3 leaves)")
                 .arg(set.nodeCount())
                 .arg(groups)
                 .arg(set.leaves().size());
    lines << tr("Total maximum: %1").arg(set.totalMax().toLocaleString(locale));
    lines << tr("Evidence: required for %1 leaves, optional for %2; %3 leaves may be marked not applicable")
                 .arg(set.requiredEvidenceCount())
                 .arg(optionalEvidence)
                 .arg(naAllowed);
    QStringList fields;
    for (const int top : set.topLevel()) {
        const Criterion& node = set.node(top);
        fields << tr("  %1. %2 (max %3)").arg(node.code, node.title, node.max.toLocaleString(locale));
    }
    lines << fields;
    if (set.grades.isEmpty()) {
        lines << tr("Grades: none");
    } else {
        QStringList grades;
        for (const auto& grade : set.grades) {
            grades << tr("%1 from %2").arg(grade.code, grade.min.toLocaleString(locale));
        }
        lines << tr("Grades: %1").arg(grades.join(QLatin1String("; ")));
    }
    lines << tr("Flags: %1").arg(set.flags.size());
    if (set.quota) {
        lines << tr("Quota: %1 at most %2 of %3")
                     .arg(set.quota->grade, set.quota->ratio.toLocaleString(locale),
                          set.quota->of.join(QLatin1String(", ")));
        if (!set.quota->per.isEmpty()) {
            QStringList scopes;
            for (const QString& field : set.quota->per) {
                scopes << ScoringEngine::fieldTitle(field);
            }
            lines << tr("Quota counted within each: %1").arg(scopes.join(QStringLiteral(" × ")));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ValidateCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("validate");
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
        CliIo::usageError(command, tr("give exactly one criteria set file"));
        return ExitUsage;
    }
    const auto bytes = CliIo::readFile(files.first());
    if (!bytes) {
        return ExitUnreadable;
    }
    ValidationIssues issues;
    const CriteriaSet set = CriteriaSetReader::read(*bytes, &issues);
    const bool parsed = set.nodeCount() > 0 || !ValidationIssue::hasErrors(issues);
    if (parsed) {
        CliIo::writeOut(summary(set));
    }
    int errors = 0;
    int warnings = 0;
    QStringList problems;
    for (const auto& issue : issues) {
        (issue.isError() ? errors : warnings) += 1;
        problems << QLatin1String("  ") + issue.toText();
    }
    if (problems.isEmpty()) {
        CliIo::writeOut(tr("No problems found: the set is valid.\n"));
        return ExitOk;
    }
    CliIo::writeOut(tr("Problems: %1 error(s), %2 warning(s)\n").arg(errors).arg(warnings)
                    + problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (errors > 0) {
        CliIo::writeErr(tr("danhgia-cli: file \"%1\": the criteria set is not valid (%2 error(s))")
                            .arg(files.first())
                            .arg(errors));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("The set is valid.\n"));
    return ExitOk;
}

} // namespace danhgia::cli
