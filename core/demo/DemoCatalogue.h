#pragma once

#include "text/Table.h"

#include <QStringList>

namespace danhgia {

// The units and people of the demo database: a province with its departments and two
// communes, and 40 civil servants spread over them. Fixed data (the same on every machine), in
// the shape of the lists officers import (CatalogueImport's column titles).
class DemoCatalogue
{
public:
    static constexpr const char* ProvinceCode = "UBND-LS";

    // Units: code, name, kind, parent code.
    static Table units();
    // People: code, full name, position, unit code, task group, leader (có/không).
    static Table people();

    // The departments that take part in the PAR-index campaign (their codes).
    static QStringList departmentCodes();
    // The name of a unit of the demo, by code.
    static QString unitName(const QString& code);
    // The task groups of the people (nhóm có nhiệm vụ tương đồng), for the quota.
    static QString leaderGroup();
    static QString specialistGroup();
};

} // namespace danhgia
