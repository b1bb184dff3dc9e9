#pragma once

#include "CliArguments.h"
#include "documentdata/DocumentSettings.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace danhgia::cli {

// `danhgia-cli document KIND ...`: prints a document of Decree 30/2020/NĐ-CP to PDF, and its
// tables to .xlsx and CSV. Each kind (council, appraisal, report, decision) reads its own inputs and then
// uses the options and the output writing below, which all kinds share.
class DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)

public:
    static QString help();
    static int run(const QStringList& arguments);

    // The value options every kind takes: outputs and the header, number, place and date.
    static QStringList commonValueOptions();
    // The options' part of a kind's --help.
    static QString commonOptionsHelp();
    // `defaults`, then the --settings file, then each option given. Empty after printing a
    // message that names the option or the file and what is wrong.
    // `status` receives the exit status of the failure: 3 for an unreadable --settings file, 1
    // for one that is not settings, 2 for a wrong option.
    static std::optional<DocumentSettings> settings(const QString& command, const CliArguments& arguments,
                                                    const DocumentSettings& defaults, int* status = nullptr);
    // Writes --pdf (required) and --xlsx, --csv when given; returns the exit status.
    static int writeOutputs(const QString& command, const CliArguments& arguments,
                            const PrintableDocument& document);
};

} // namespace danhgia::cli
