#pragma once

#include "criteria/CriteriaSet.h"
#include "text/Table.h"

namespace danhgia {

// A criteria set written as the spreadsheet template that CriteriaTableReader reads: one row per
// group or leaf, the columns titled in Vietnamese, the methods and evidence in the words an
// officer writes ("chọn mức", "bắt buộc"), numbers with a decimal comma. Grades, flags and the
// quota are not part of the template. The shipped Excel template was made with it.
class CriteriaTableWriter
{
public:
    static Table toTable(const CriteriaSet& set);
};

} // namespace danhgia
