#pragma once

#include "documents/DocumentTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danhgia {

// Exports the tables of a document as they are printed: Vietnamese headers, numbers as numbers.
// .xlsx: one worksheet per table, numbers with a format of their decimals ("0.0"), which Excel
// shows with the decimal sign of the user's locale (85,7 in Vietnamese). CSV: one file per
// table, UTF-8 with a byte order mark, numbers with a decimal point (CsvWriter's convention).
class DocumentTableExport
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTableExport)

public:
    static bool writeXlsx(const QList<DocumentTable>& tables, const QString& path, QString* error);
    // One table: written to `path`. Several: "name-<table name>.csv" beside it, for each.
    // Returns the files written (empty on failure, with `error` set).
    static QStringList writeCsv(const QList<DocumentTable>& tables, const QString& path, QString* error);
    // A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique.
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace danhgia
