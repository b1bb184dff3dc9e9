#include "ImportCommand.h"

#include "CliActor.h"
#include "workflow/ApprovalPolicy.h"

#include "CliArguments.h"
#include "CliIo.h"
#include "DatabaseCommands.h"
#include "criteria/CriteriaTableReader.h"
#include "database/Database.h"
#include "scoring/ScoreSheetReader.h"
#include "services/CampaignSetup.h"
#include "services/CatalogueImport.h"
#include "stores/CriteriaSetStore.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace danhgia::cli {

QString ImportCommand::help()
{
    return tr("Usage: danhgia-cli import criteria --db FILE SET.json [SET.json ...]\n"
              "       danhgia-cli import criteria --db FILE --id ID --title TITLE [--kind KIND]\n"
              "                                   [--set-version N] SET.csv|SET.xlsx [SET.json ...]\n"
              "       danhgia-cli import sheets --db FILE --campaign ID SHEET.json [SHEET.json ...]\n"
              "       danhgia-cli import units --db FILE [--dry-run] LIST [LIST ...]\n"
              "       danhgia-cli import people --db FILE [--dry-run] LIST [LIST ...]\n"
              "\n"
              "Imports criteria sets, or score sheets into a campaign (created from the sheets'\n"
              "criteria set and periods when it does not exist yet), or lists of units or of people\n"
              "from CSV files (UTF-8, TCVN3, VNI or Windows-1258) or Excel workbooks (.xlsx, or .xls\n"
              "of Excel 97-2003). Every file is checked first; when any has a problem, all problems\n"
              "are listed and nothing is written.\n"
              "\n"
              "Columns of a list of units (by title, Vietnamese or English): Mã đơn vị/code,\n"
              "Tên đơn vị/name, Loại/kind (tỉnh, sở, ban, ngành, xã, phường, đặc khu, phòng, khác),\n"
              "Mã đơn vị cấp trên/parent (optional). Columns of a list of people: Mã/code,\n"
              "Họ và tên/full name, Chức vụ/position (optional), Mã đơn vị/unit, Nhóm nhiệm vụ/task\n"
              "group (optional), Lãnh đạo/leader (có/không, optional).\n"
              "\n"
              "A criteria set may also come from one CSV or .xlsx table, one row per criterion:\n"
              "Mã/code (\"1.2.3\" is a child of \"1.2\", which comes in an earlier row),\n"
              "Tiêu chí/title, Điểm tối đa/max, Phương pháp/method (empty for a group; chấm điểm,\n"
              "có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ or\n"
              "the English names), Mức/levels (\"Tên mức=điểm; ...\", or for bands \"1=2; 0,8=1,5\"),\n"
              "Tài liệu kiểm chứng/evidence (bắt buộc, không bắt buộc, không), and optionally\n"
              "Bước/step, Trừ mỗi lần/per_item, Trừ tối đa/limit, Không áp dụng được/na_allowed\n"
              "(có/không), Điểm sàn/floor, Khi không phát sinh/when_none.\n"
              "\n"
              "Options:\n"
              "  --db FILE        the database (created by \"danhgia-cli db init\")\n"
              "  --campaign ID    the campaign code (sheets only)\n"
              "  --approvers ROLES  sheets: who approves the campaign's sheets, role names separated\n"
              "                   by commas (unit_head; council_chair,administrator). Default: by the\n"
              "                   kind of the criteria set: unit_head for staff, council_chair and\n"
              "                   administrator for par_index and it_ranking, council_chair otherwise\n"
              "  --dry-run        units and people: show what would change and write nothing\n"
              "  --id ID          criteria from a table: the code of the set (required)\n"
              "  --title TITLE    criteria from a table: the title of the set (required)\n"
              "  --kind KIND      criteria from a table: par_index (default), staff, agency,\n"
              "                   it_ranking or interview\n"
              "  --set-version N  criteria from a table: the version of the set (default 1)\n"
              "  --actor NAME     who is recorded in the audit trail (default: danhgia-cli)\n"
              "  --help           show this help\n");
}

int ImportCommand::run(const QStringList& arguments)
{
    const QString command = QStringLiteral("import");
    const auto args
        = CliArguments::parse(command, arguments,
                              {QStringLiteral("db"), QStringLiteral("campaign"), QStringLiteral("actor"),
                               QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
                               QStringLiteral("set-version"), QStringLiteral("approvers")},
                              {QStringLiteral("dry-run")});
    if (!args) {
        return ExitUsage;
    }
    if (args->helpRequested()) {
        CliIo::writeOut(help());
        return ExitOk;
    }
    QStringList files = args->positional();
    const QString what = files.isEmpty() ? QString() : files.takeFirst();
    const bool catalogue = what == QLatin1String("units") || what == QLatin1String("people");
    if (what != QLatin1String("criteria") && what != QLatin1String("sheets") && !catalogue) {
        CliIo::usageError(command, tr("say what to import: criteria, sheets, units or people"));
        return ExitUsage;
    }
    if (!catalogue && args->has(QStringLiteral("dry-run"))) {
        CliIo::usageError(command, tr("--dry-run is only for units and people"));
        return ExitUsage;
    }
    if (!args->require(command, {QStringLiteral("db")})) {
        return ExitUsage;
    }
    if (files.isEmpty()) {
        CliIo::usageError(command, tr("no file given"));
        return ExitUsage;
    }
    QString actingError;
    const auto acting
        = CliActor::ofFile(args->value(QStringLiteral("db")), *args, Role::Administrator, &actingError);
    if (!acting) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(actingError));
        return ExitInvalidData;
    }
    const QString actor = acting->name;
    if (catalogue) {
        return importCatalogue(args->value(QStringLiteral("db")), what == QLatin1String("units"), files,
                               actor, args->has(QStringLiteral("dry-run")));
    }
    const int tableFiles = static_cast<int>(std::count_if(files.cbegin(), files.cend(), isTableFile));
    const QStringList tableOptions{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
                                   QStringLiteral("set-version")};
    const bool anyTableOption = std::any_of(tableOptions.cbegin(), tableOptions.cend(),
                                            [&](const QString& name) { return args->has(name); });
    if (what != QLatin1String("criteria") || tableFiles == 0) {
        if (anyTableOption) {
            CliIo::usageError(command,
                              tr("--id, --title, --kind and --set-version are only for criteria "
                                 "from a CSV or .xlsx file"));
            return ExitUsage;
        }
    } else if (tableFiles > 1) {
        CliIo::usageError(command, tr("give one CSV or .xlsx criteria file at a time"));
        return ExitUsage;
    }
    if (what == QLatin1String("criteria")) {
        TableSetHeader header;
        if (tableFiles > 0) {
            if (!args->require(command, {QStringLiteral("id"), QStringLiteral("title")})) {
                return ExitUsage;
            }
            bool ok = true;
            header = {args->value(QStringLiteral("id")), args->value(QStringLiteral("title")),
                      args->has(QStringLiteral("kind")) ? args->value(QStringLiteral("kind"))
                                                        : QStringLiteral("par_index"),
                      args->has(QStringLiteral("set-version"))
                          ? args->value(QStringLiteral("set-version")).toInt(&ok)
                          : 1};
            if (!ok || header.version < 1) {
                CliIo::usageError(command, tr("--set-version must be a whole number from 1"));
                return ExitUsage;
            }
        }
        return importCriteria(args->value(QStringLiteral("db")), files, actor, header);
    }
    if (!args->require(command, {QStringLiteral("campaign")})) {
        return ExitUsage;
    }
    QString approvers;
    if (args->has(QStringLiteral("approvers"))) {
        QString error;
        const auto policy
            = ApprovalPolicy::fromText(args->value(QStringLiteral("approvers")), QString(), &error);
        if (!policy || args->value(QStringLiteral("approvers")).trimmed().isEmpty()) {
            CliIo::usageError(command,
                              tr("--approvers: %1").arg(error.isEmpty() ? tr("no role given") : error));
            return ExitUsage;
        }
        approvers = policy->toText();
    }
    return importSheets(args->value(QStringLiteral("db")), args->value(QStringLiteral("campaign")), files,
                        actor, approvers);
}

bool ImportCommand::isTableFile(const QString& file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

int ImportCommand::importCriteria(const QString& dbPath, const QStringList& files, const QString& actor,
                                  const TableSetHeader& header)
{
    QList<QByteArray> contents;
    for (const QString& file : files) {
        const auto bytes = CliIo::readFile(file);
        if (!bytes) {
            return ExitUnreadable;
        }
        if (!isTableFile(file)) {
            contents.append(*bytes);
            continue;
        }
        QString error;
        const auto table = CatalogueImport::readTable(file, &error);
        if (!table) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
            return ExitInvalidData;
        }
        ValidationIssues issues;
        const auto json = CriteriaTableReader::toCriteriaJson(*table, header.id, header.version, header.title,
                                                              header.kind, &issues);
        CliIo::reportIssues(file, issues, false);
        if (!json) {
            CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
            return ExitInvalidData;
        }
        contents.append(QJsonDocument(*json).toJson(QJsonDocument::Compact));
    }
    Database db;
    if (!DatabaseCommands::openExisting(db, dbPath)) {
        return ExitUnreadable;
    }
    int failedFile = -1;
    ValidationIssues issues;
    QString error;
    const bool ok = db.transaction(
        [&](QString* transactionError) {
            for (int i = 0; i < contents.size(); ++i) {
                issues.clear();
                if (!CriteriaSetStore::import(db.connection(), contents[i], actor, &issues,
                                              transactionError)) {
                    failedFile = i;
                    return false;
                }
            }
            return true;
        },
        &error);
    if (!ok) {
        const QString file = failedFile >= 0 ? files[failedFile] : dbPath;
        CliIo::reportIssues(file, issues, false);
        CliIo::writeErr(tr("danhgia-cli: file \"%1\": %2").arg(file, error));
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return ExitInvalidData;
    }
    CliIo::writeOut(tr("Imported %n criteria set(s).\n", nullptr, static_cast<int>(files.size())));
    return ExitOk;
}

int ImportCommand::importSheets(const QString& dbPath, const QString& campaignCode, const QStringList& files,
                                const QString& actor, const QString& approvers)
{
    QList<ScoreSheet> sheets;
    int errors = 0;
    for (const QString& file : files) {
        const auto bytes = CliIo::readFile(file);
        if (!bytes) {
            return ExitUnreadable;
        }
        ValidationIssues issues;
        sheets.append(ScoreSheetReader::read(*bytes, &issues));
        errors += CliIo::reportIssues(file, issues, false);
    }
    if (errors > 0) {
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return ExitInvalidData;
    }
    Database db;
    if (!DatabaseCommands::openExisting(db, dbPath)) {
        return ExitUnreadable;
    }
    QString error;
    const QString setId = sheets.first().criteriaId;
    const auto setRow = CriteriaSetStore::latest(db.connection(), setId, &error);
    if (!setRow || *setRow == 0) {
        CliIo::writeErr(
            tr("danhgia-cli: file \"%1\": the criteria set \"%2\" is not in the database; import it "
               "first with \"danhgia-cli import criteria\"")
                .arg(files.first(), setId));
        return ExitInvalidData;
    }
    auto setup = CampaignSetup::forCriteriaSet(db.connection(), *setRow, &error);
    if (!setup) {
        CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
        return ExitInvalidData;
    }
    for (int i = 0; i < sheets.size(); ++i) {
        errors += CliIo::reportIssues(files[i], setup->check(sheets[i]), false);
    }
    if (errors > 0) {
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return ExitInvalidData;
    }
    CampaignRecord campaign;
    campaign.code = campaignCode;
    campaign.approvers = approvers;
    const bool ok = db.transaction(
        [&](QString* transactionError) {
            return setup->create(campaign, sheets, actor, transactionError).has_value();
        },
        &error);
    if (!ok) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": %2").arg(dbPath, error));
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return ExitInvalidData;
    }
    CliIo::writeOut(
        tr("Imported %n score sheet(s) into the campaign %1.\n", nullptr, static_cast<int>(sheets.size()))
            .arg(campaignCode));
    return ExitOk;
}

int ImportCommand::importCatalogue(const QString& dbPath, bool units, const QStringList& files,
                                   const QString& actor, bool dryRun)
{
    // Every file is read and checked before anything is written.
    QStringList names;
    QList<Table> tables;
    QList<LegacyEncoding::Encoding> encodings;
    bool unreadable = false;
    bool invalid = false;
    for (const QString& file : files) {
        if (!CliIo::readFile(file)) {
            unreadable = true;
            continue;
        }
        QString error;
        LegacyEncoding::Encoding encoding = LegacyEncoding::Encoding::Utf8;
        const auto table = CatalogueImport::readTable(file, &error, &encoding);
        if (!table) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            invalid = true;
            continue;
        }
        names.append(file);
        tables.append(*table);
        encodings.append(encoding);
    }
    Database db;
    if (!DatabaseCommands::openExisting(db, dbPath)) {
        return ExitUnreadable;
    }
    QList<ImportPlan> plans;
    for (int i = 0; i < tables.size(); ++i) {
        const ImportPlan plan = units ? CatalogueImport::planUnits(db.connection(), tables[i], plans)
                                      : CatalogueImport::planPeople(db.connection(), tables[i], plans);
        for (const QString& problem : plan.problemTexts()) {
            CliIo::writeErr(tr("danhgia-cli: file \"%1\": %2").arg(names[i], problem));
        }
        for (const QString& warning : plan.warningTexts()) {
            CliIo::writeErr(tr("danhgia-cli: file \"%1\": warning: %2").arg(names[i], warning));
        }
        invalid = invalid || !plan.isApplicable();
        plans.append(plan);
    }
    if (unreadable || invalid) {
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return unreadable ? ExitUnreadable : ExitInvalidData;
    }
    QString out;
    for (int i = 0; dryRun && i < plans.size(); ++i) {
        out += tr("File \"%1\" (%2):\n").arg(names[i], LegacyEncoding::name(encodings[i]));
        for (const QString& line : plans[i].details()) {
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        }
    }
    for (const ImportPlan& plan : plans) {
        out += plan.summary() + QLatin1Char('\n');
    }
    if (dryRun) {
        CliIo::writeOut(out + tr("Dry run: nothing was written.\n"));
        return ExitOk;
    }
    QString error;
    if (!CatalogueImport::apply(db, plans, Role::Administrator, actor, &error)) {
        CliIo::writeErr(tr("danhgia-cli: database \"%1\": %2").arg(dbPath, error));
        CliIo::writeErr(tr("danhgia-cli: nothing was imported"));
        return ExitInvalidData;
    }
    CliIo::writeOut(out);
    return ExitOk;
}

} // namespace danhgia::cli
