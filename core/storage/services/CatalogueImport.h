#pragma once

#include "services/ImportPlan.h"
#include "text/LegacyEncoding.h"
#include "text/Table.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

class Database;

// Imports the catalogue of units and people from CSV, .xlsx or .xls lists, in two steps: a plan
// that checks every row against the database and says what would happen (ImportPlan, shown as a
// preview), then apply(), which writes a plan without problems in one transaction.
//
// Columns are found by their title, ignoring case and diacritics, in Vietnamese or English:
// units: Mã đơn vị/code, Tên đơn vị/name, Loại/kind, Mã đơn vị cấp trên/parent (optional);
// people: Mã/code, Họ và tên/full name, Chức vụ/position (optional), Mã đơn vị/unit, Nhóm nhiệm
// vụ/task group (optional), Lãnh đạo/leader (optional).
// A unit's parent and a person's unit must be in the database or in an earlier row (or in an
// earlier plan of units given to the planning).
class CatalogueImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)

public:
    // Reads a CSV file (UTF-8, UTF-16 with a byte order mark, TCVN3, VNI or Windows-1258, the
    // encoding detected) or the first sheet of an .xlsx or .xls workbook, whose cells written in
    // .VnTime or VNI fonts (legacy bytes shown as Windows-1252 characters) are converted. All
    // text is NFC with white space collapsed. The header is the first row, or among the first
    // rows the first that has two known column titles (rows above it, such as a title, are
    // left out). A CSV file whose bytes fit no encoding is read as UTF-8 with U+FFFD for the
    // bad bytes, which the planning rejects cell by cell. *detected gets the encoding (Utf8
    // for a workbook without legacy cells).
    static std::optional<Table> readTable(const QString& path, QString* error,
                                          LegacyEncoding::Encoding* detected = nullptr);

    // One entry per non-blank data row. `earlier` are plans of other files of the same
    // import: their units count as known, and their codes as already taken.
    static ImportPlan planUnits(QSqlDatabase& db, const Table& table, const QList<ImportPlan>& earlier = {});
    static ImportPlan planPeople(QSqlDatabase& db, const Table& table, const QList<ImportPlan>& earlier = {});

    // Writes the plans (units before people) through SyncedTable::upsert, keyed by code, in one
    // transaction; refuses, writing nothing, when any plan has a rejected row or a file problem.
    // Only the administrator keeps the catalogue (RecordPermissions::Catalogue).
    static bool apply(Database& db, const ImportPlan& plan, Role role, const QString& actor, QString* error);
    static bool apply(Database& db, const QList<ImportPlan>& plans, Role role, const QString& actor,
                      QString* error);
};

} // namespace danhgia
