#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace danhgia {
class ResultTable;
}

namespace danhgia::cli {

// danhgia-cli export results --db FILE --campaign ID (--csv OUT | --xlsx OUT) [--aggregate]
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList& arguments);
    static QString help();

private:
    static int exportSheets(const QString& dbPath, const QString& campaignCode, const QString& folder);
    static bool writeCsv(const ResultTable& table, const QString& path, QString* error);
    static bool writeXlsx(const ResultTable& table, const QString& sheetTitle, const QString& path,
                          QString* error);
};

} // namespace danhgia::cli
