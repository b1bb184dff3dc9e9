#pragma once

#include "documents/AppraisalComparison.h"
#include "documents/DocumentTable.h"

namespace danhgia {

// The tables of the appraisal minutes, from a comparison of the two stages: numbers are the
// scoring core's, printed rounded to the set's decimals the Vietnamese way (85,7); a criterion
// that is not applicable shows "—".
class AppraisalTables
{
public:
    // Per field (top-level node): field, maximum, self points, appraised points, difference;
    // then the totals.
    static DocumentTable byField(const AppraisalComparison& comparison);
    // Every leaf whose points changed: code, title, self, appraised, difference, reason.
    static DocumentTable changes(const AppraisalComparison& comparison);
    // The annex: every node of the set in order (groups in bold): code, title, maximum, self,
    // appraised, reason.
    static DocumentTable details(const AppraisalComparison& comparison);
    // Whether any node is not applicable in either stage (the tables then need the note on "—").
    static bool hasNotApplicable(const AppraisalComparison& comparison);

    // The points of a node, or "—" when it is not applicable.
    static DocumentCell points(const NodeScore& node, int decimals, bool bold = false);
    static DocumentCell number(Decimal value, int decimals, bool bold = false);
};

} // namespace danhgia
