#include "DocumentCommand.h"

#include "AppraisalDocumentCommand.h"
#include "CliIo.h"
#include "CouncilDocumentCommand.h"
#include "ReportDocumentCommand.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentTableExport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace danhgia::cli {

namespace {

using KindHandler = int (*)(const QStringList&);

struct Kind
{
    const char* name;
    KindHandler handler;
};

// The kinds of documents; each is a class of its own in this folder.
const QList<Kind>& kinds()
{
    static const QList<Kind> list{
        {"appraisal", &AppraisalDocumentCommand::run},
        {"council", &CouncilDocumentCommand::run},
        {"report", &ReportDocumentCommand::runReport},
        {"decision", &ReportDocumentCommand::runDecision},
    };
    return list;
}

} // namespace

QString DocumentCommand::help()
{
    return tr("Usage: danhgia-cli document KIND [OPTIONS]\n"
              "\n"
              "Prints a document in the layout of Decree 30/2020/ND-CP to PDF (A4, fonts embedded),\n"
              "and its tables to .xlsx and CSV. Kinds:\n"
              "  council    minutes and summary sheet of an interview council (from a council file)\n"
              "  appraisal  appraisal minutes of a unit's self-assessment (criteria set and two sheets)\n"
              "  report     report of the evaluation and classification of a campaign (from a database)\n"
              "  decision   draft decision recognising the results of a campaign (from a database)\n"
              "\n"
              "\"danhgia-cli document KIND --help\" lists the options of a kind.\n");
}

QStringList DocumentCommand::commonValueOptions()
{
    return {QStringLiteral("pdf"),      QStringLiteral("xlsx"),          QStringLiteral("csv"),
            QStringLiteral("settings"), QStringLiteral("parent-agency"), QStringLiteral("agency"),
            QStringLiteral("number"),   QStringLiteral("symbol"),        QStringLiteral("place"),
            QStringLiteral("date")};
}

QString DocumentCommand::commonOptionsHelp()
{
    return tr("Output:\n"
              "  --pdf FILE             the document as PDF (required)\n"
              "  --xlsx FILE            its tables as an Excel workbook, one sheet per table\n"
              "  --csv FILE             its tables as CSV (several tables: FILE-<table>.csv each)\n"
              "Header (Decree 30/2020/ND-CP):\n"
              "  --settings FILE        a JSON file of document settings (see docs/documents.md)\n"
              "  --parent-agency TEXT   the parent agency (\"UBND tỉnh Lạng Sơn\")\n"
              "  --agency TEXT          the issuing agency (\"Sở Nội vụ\")\n"
              "  --number N             the document number (1 to 99999; printed 05 under 10)\n"
              "  --symbol TEXT          the symbol after the number (\"BB-HĐTĐ\")\n"
              "  --place TEXT           the place of the date line (\"Lạng Sơn\")\n"
              "  --date DATE            the date, as 2026-01-05 or 05/01/2026\n");
}

std::optional<DocumentSettings> DocumentCommand::settings(const QString& command,
                                                          const CliArguments& arguments,
                                                          const DocumentSettings& defaults, int* status)
{
    int failure = ExitUsage;
    if (!status) {
        status = &failure;
    }
    *status = ExitUsage;
    DocumentSettings result = defaults;
    if (arguments.has(QStringLiteral("settings"))) {
        const QString path = arguments.value(QStringLiteral("settings"));
        const auto bytes = CliIo::readFile(path);
        if (!bytes) {
            *status = ExitUnreadable;
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(*bytes, &parseError);
        if (!json.isObject()) {
            CliIo::writeErr(tr("file \"%1\": error: not a JSON object of document settings (%2)")
                                .arg(path, parseError.errorString()));
            *status = ExitInvalidData;
            return std::nullopt;
        }
        result = DocumentSettings::fromJson(json.object(), result);
    }
    const auto text = [&](const char* option, QString* field) {
        if (arguments.has(QLatin1String(option))) {
            *field = arguments.value(QLatin1String(option)).trimmed();
        }
    };
    text("parent-agency", &result.parentAgency);
    text("agency", &result.issuingAgency);
    text("symbol", &result.symbol);
    text("place", &result.place);
    if (arguments.has(QStringLiteral("number"))) {
        bool ok = false;
        const int number = arguments.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || number < 1 || number > 99999) {
            CliIo::usageError(command,
                              tr("--number must be a whole number from 1 to 99999, not \"%1\"")
                                  .arg(arguments.value(QStringLiteral("number"))));
            return std::nullopt;
        }
        result.number = number;
    }
    if (arguments.has(QStringLiteral("date"))) {
        const QString value = arguments.value(QStringLiteral("date")).trimmed();
        QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid()) {
            date = QDate::fromString(value, QStringLiteral("dd/MM/yyyy"));
        }
        if (!date.isValid()) {
            date = QDate::fromString(value, QStringLiteral("d/M/yyyy"));
        }
        if (!date.isValid()) {
            CliIo::usageError(command,
                              tr("--date \"%1\" is not a date (write 2026-01-05 or 05/01/2026)").arg(value));
            return std::nullopt;
        }
        result.date = date;
    }
    return result;
}

int DocumentCommand::writeOutputs(const QString& command, const CliArguments& arguments,
                                  const PrintableDocument& document)
{
    if (!arguments.require(command, {QStringLiteral("pdf")})) {
        return ExitUsage;
    }
    QString error;
    if (!DocumentRenderer::writePdf(document, arguments.value(QStringLiteral("pdf")), &error)) {
        CliIo::writeErr(error);
        return ExitUnreadable;
    }
    if (arguments.has(QStringLiteral("xlsx"))
        && !DocumentTableExport::writeXlsx(document.tables, arguments.value(QStringLiteral("xlsx")),
                                           &error)) {
        CliIo::writeErr(error);
        return ExitUnreadable;
    }
    if (arguments.has(QStringLiteral("csv"))
        && DocumentTableExport::writeCsv(document.tables, arguments.value(QStringLiteral("csv")), &error)
               .isEmpty()
        && !document.tables.isEmpty()) {
        CliIo::writeErr(error);
        return ExitUnreadable;
    }
    return ExitOk;
}

int DocumentCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("document");
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        (arguments.isEmpty() ? CliIo::writeErr(help()) : CliIo::writeOut(help()));
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString kind = arguments.first();
    for (const Kind& entry : kinds()) {
        if (kind == QLatin1String(entry.name)) {
            return entry.handler(arguments.mid(1));
        }
    }
    CliIo::usageError(command,
                      tr("unknown document kind \"%1\" (council, appraisal, report or decision)").arg(kind));
    return ExitUsage;
}

} // namespace danhgia::cli
