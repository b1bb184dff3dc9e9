#pragma once

// The catalogue several fixtures start from, imported through the core's CatalogueImport as the
// app does: the province LS, the extra units given (code, name, kind under LS), and the communes
// XCL and XHL with ten civil servants CC01..CC10 of the task group "Chuyên viên", CC01-05 in XCL
// and CC06-10 in XHL.

#include "TestSupport.h"
#include "database/Database.h"
#include "services/CatalogueImport.h"

namespace danhgia::test {

struct CatalogueUnit
{
    QString code;
    QString name;
    QString kind;
};

inline bool importCommuneCatalogue(Database& db, const QList<CatalogueUnit>& extraUnits,
                                   const QStringList& names, const QString& actor, QString* error)
{
    QList<QStringList> unitRows{
        {QStringLiteral("LS"), QStringLiteral("UBND tỉnh Lạng Sơn"), QStringLiteral("tỉnh"), QString()}};
    for (const CatalogueUnit& unit : extraUnits) {
        unitRows.append({unit.code, unit.name, unit.kind, QStringLiteral("LS")});
    }
    unitRows.append({QStringLiteral("XCL"), QStringLiteral("UBND xã Chi Lăng"), QStringLiteral("xã"),
                     QStringLiteral("LS")});
    unitRows.append({QStringLiteral("XHL"), QStringLiteral("UBND xã Hữu Lũng"), QStringLiteral("xã"),
                     QStringLiteral("LS")});
    const ImportPlan units = CatalogueImport::planUnits(
        db.connection(),
        fixtureTable({QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Loại"),
                      QStringLiteral("Mã đơn vị cấp trên")},
                     unitRows));
    QList<QStringList> rows;
    for (int i = 1; i <= 10; ++i) {
        rows.append({QStringLiteral("CC%1").arg(i, 2, 10, QLatin1Char('0')), names.at(i - 1),
                     i <= 5 ? QStringLiteral("XCL") : QStringLiteral("XHL"), QStringLiteral("Chuyên viên")});
    }
    const ImportPlan people = CatalogueImport::planPeople(
        db.connection(),
        fixtureTable({QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Mã đơn vị"),
                      QStringLiteral("Nhóm nhiệm vụ")},
                     rows),
        {units});
    if (!units.isApplicable() || !people.isApplicable()) {
        *error = (units.problemTexts() + people.problemTexts()).join(QLatin1Char('\n'));
        return false;
    }
    return CatalogueImport::apply(db, QList<ImportPlan>{units, people}, Role::Administrator, actor, error);
}

} // namespace danhgia::test
