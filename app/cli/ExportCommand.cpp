#include "ExportCommand.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "queries/CampaignResults.h"
#include "results/ResultTable.h"
#include "tabular/CsvWriter.h"
#include "tabular/XlsxWriter.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace danhgia::cli {

QString ExportCommand::help()
{
    return tr("Usage: danhgia-cli export results --db FILE --campaign ID (--csv OUT | --xlsx OUT) "
              "[--aggregate]\n"
              "\n"
              "Computes the results of a campaign from the stored values and writes them:\n"
              "  --csv OUT     for machines: UTF-8 with BOM, comma separated, dot decimals, a header row;\n"
              "                columns subject id, subject name, period, total, max, index, grade code,\n"
              "                rank, quota status, grade title, then the points of each criterion\n"
              "  --xlsx OUT    for people: Vietnamese headers, formatted numbers, grade titles\n"
              "  --aggregate   one row per subject: the mean over its periods (year score)\n"
              "  --help        show this help\n")
        + tr("\n"
             "Usage: danhgia-cli export sheets --db FILE --campaign ID --dir FOLDER\n"
             "\n"
             "Writes the score sheets of the campaign as danhgia.scores/1 files into FOLDER, one per\n"
             "subject and period, with the values of each sheet's most advanced stage.\n");
}

int ExportCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("export");
    const auto args
        = CliArguments::parse(command, arguments,
                              {QStringLiteral("db"), QStringLiteral("campaign"), QStringLiteral("csv"),
                               QStringLiteral("xlsx"), QStringLiteral("dir")},
                              {QStringLiteral("aggregate")});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    if (args->positional() == QStringList{QStringLiteral("sheets")}) {
        if (!args->require(command,
                           {QStringLiteral("db"), QStringLiteral("campaign"), QStringLiteral("dir")})) {
            return ExitUsage;
        }
        return exportSheets(args->value(QStringLiteral("db")), args->value(QStringLiteral("campaign")),
                            args->value(QStringLiteral("dir")));
    }
    if (args->positional() != QStringList{QStringLiteral("results")}) {
        CliIo::usageError(command, tr("say what to export: results or sheets"));
        return ExitUsage;
    }
    if (!args->require(command, {QStringLiteral("db"), QStringLiteral("campaign")})) {
        return ExitUsage;
    }
    if (args->has(QStringLiteral("csv")) == args->has(QStringLiteral("xlsx"))) {
        CliIo::usageError(command, tr("give exactly one of --csv OUT or --xlsx OUT"));
        return ExitUsage;
    }
    Database db;
    if (!DatabaseCommands::openExisting(db, args->value(QStringLiteral("db")))) {
        return ExitUnreadable;
    }
    QString error;
    const auto computed = CampaignResults::compute(db.connection(), args->value(QStringLiteral("campaign")),
                                                   args->has(QStringLiteral("aggregate")), &error);
    if (!computed) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": %2").arg(args->value(QStringLiteral("db")), error));
        return ExitInvalidData;
    }
    const ResultTable table = ResultTable::build(computed->set, computed->result);
    const bool csv = args->has(QStringLiteral("csv"));
    const QString out = csv ? args->value(QStringLiteral("csv")) : args->value(QStringLiteral("xlsx"));
    const bool written = csv ? writeCsv(table, out, &error)
                             : writeXlsx(table, args->value(QStringLiteral("campaign")), out, &error);
    if (!written) {
        CliIo::writeErr(tr("danhgia-cli: file \"%1\": %2").arg(out, error));
        return ExitUnreadable;
    }
    CliIo::writeOut(
        tr("Exported %n result(s) to %1\n", nullptr, static_cast<int>(table.rows.size())).arg(out));
    return ExitOk;
}

int ExportCommand::exportSheets(const QString& dbPath, const QString& campaignCode, const QString& folder)
{
    Database db;
    if (!DatabaseCommands::openExisting(db, dbPath)) {
        return ExitUnreadable;
    }
    QString error;
    const auto inputs = CampaignResults::load(db.connection(), campaignCode, &error);
    if (!inputs) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": %2").arg(dbPath, error));
        return ExitInvalidData;
    }
    const QList<ScoreSheet>& sheets = inputs->sheets;
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        CliIo::writeErr(tr("danhgia-cli: cannot create the folder \"%1\"").arg(folder));
        return ExitUnreadable;
    }
    for (const ScoreSheet& sheet : sheets) {
        QString name = sheet.subject.id;
        if (sheet.period) {
            name += QLatin1Char('-') + *sheet.period;
        }
        // Subject codes and periods come from data: keep only safe characters in file names.
        for (QChar& c : name) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) {
                c = QLatin1Char('_');
            }
        }
        QSaveFile file(dir.filePath(name + QStringLiteral(".scores.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(sheet.toJson()).toJson()) < 0
            || !file.commit()) {
            CliIo::writeErr(tr("danhgia-cli: file \"%1\": %2").arg(file.fileName(), file.errorString()));
            return ExitUnreadable;
        }
    }
    CliIo::writeOut(
        tr("Exported %n score sheet(s) to %1\n", nullptr, static_cast<int>(sheets.size())).arg(folder));
    return ExitOk;
}

bool ExportCommand::writeCsv(const ResultTable& table, const QString& path, QString* error)
{
    QList<QStringList> rows;
    QStringList header;
    for (const ResultTable::Column& column : table.columns) {
        header.append(column.key);
    }
    rows.append(header);
    for (const auto& row : table.rows) {
        QStringList fields;
        for (const ResultTable::Cell& cell : row) {
            fields.append(cell.text);
        }
        rows.append(fields);
    }
    return CsvWriter::writeFile(path, rows, error);
}

bool ExportCommand::writeXlsx(const ResultTable& table, const QString& sheetTitle, const QString& path,
                              QString* error)
{
    XlsxWriter xlsx(path);
    QStringList titles;
    QList<double> widths;
    for (const ResultTable::Column& column : table.columns) {
        titles.append(column.title);
        widths.append(
            column.key == QLatin1String("subject_name") || column.key == QLatin1String("grade_title") ? 34.0
                : column.numeric                                                                      ? 11.0
                                                                                                      : 14.0);
    }
    const QString numberFormat = table.decimals > 0
        ? QStringLiteral("0.") + QString(table.decimals, QLatin1Char('0'))
        : QStringLiteral("0");
    bool ok = xlsx.addSheet(sheetTitle.left(31)) && xlsx.writeHeader(titles) && xlsx.setColumnWidths(widths);
    for (int r = 0; ok && r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        for (int c = 0; ok && c < row.size(); ++c) {
            const ResultTable::Cell& cell = row[c];
            if (cell.number) {
                const bool whole = table.columns[c].key == QLatin1String("rank");
                ok = xlsx.writeNumber(r + 1, c, cell.number->toDouble(),
                                      whole ? QStringLiteral("0") : numberFormat);
            } else {
                ok = xlsx.writeText(r + 1, c, cell.forPeople());
            }
        }
    }
    if (!ok || !xlsx.close()) {
        *error = xlsx.errorString();
        return false;
    }
    return true;
}

} // namespace danhgia::cli
