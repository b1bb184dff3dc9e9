#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia::cli {

// danhgia-cli import criteria --db FILE SET.json...
// danhgia-cli import criteria --db FILE --id ID --title TITLE [--kind K] [--set-version N] SET.csv|SET.xlsx
// danhgia-cli import sheets --db FILE --campaign ID SHEET.json...
// danhgia-cli import units --db FILE [--dry-run] LIST.csv|LIST.xlsx...
// danhgia-cli import people --db FILE [--dry-run] LIST.csv|LIST.xlsx...
// Everything given is checked first; nothing is written unless all of it is valid.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();

private:
    // What a criteria set read from a table file (see CriteriaTableReader) is called.
    struct TableSetHeader
    {
        QString id;
        QString title;
        QString kind;
        int version = 1;
    };

    static bool isTableFile(const QString& file);
    static int importCriteria(const QString& dbPath, const QStringList& files, const QString& actor,
                              const TableSetHeader& header);
    static int importSheets(const QString& dbPath, const QString& campaign, const QStringList& files,
                            const QString& actor, const QString& approvers);
    // Units or people from CSV or .xlsx lists (see CatalogueImport).
    static int importCatalogue(const QString& dbPath, bool units, const QStringList& files,
                               const QString& actor, bool dryRun);
};

} // namespace danhgia::cli
