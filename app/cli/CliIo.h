#pragma once

#include "criteria/ValidationIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia::cli {

// Exit statuses of danhgia-cli (documented in docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitInvalidData = 1, // a file was read but its content is wrong (or a criteria set is invalid)
    ExitUsage = 2, // the command line is wrong
    ExitUnreadable = 3, // a file cannot be opened or read
    ExitSyncAttention = 4, // sync: finished, but conflicts or refused changes wait for the officer
    ExitSyncFailed = 5, // sync: the server could not be reached or the sync did not finish
    ExitSignInRefused = 6, // sync: the server refused the sign-in
};

// Standard output and error of the CLI: JSON and summaries go to stdout only on success,
// every message for the user goes to stderr, in the current translation.
class CliIo
{
    Q_DECLARE_TR_FUNCTIONS(CliIo)

public:
    static void writeOut(const QByteArray& bytes);
    static void writeOut(const QString& text) { writeOut(text.toUtf8()); }
    static void writeErr(const QString& text);

    // Reads a whole file; on failure writes a message naming it and returns nothing.
    static std::optional<QByteArray> readFile(const QString& path);
    // "file "X": error: criterion 1.2 (values["1.2"]): ..." for each issue; returns the number of errors.
    static int reportIssues(const QString& path, const ValidationIssues& issues, bool includeWarnings);
    static void usageError(const QString& command, const QString& message);
};

} // namespace danhgia::cli
