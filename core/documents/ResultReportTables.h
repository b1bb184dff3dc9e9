#pragma once

#include "documentdata/ResultReportData.h"
#include "documents/DocumentTable.h"

#include <QList>
#include <QPair>

namespace danhgia {

// The tables of the result report and of the recognition decision's annex, built from the
// report's data: nothing is computed here but counts.
class ResultReportTables
{
public:
    // How many rows have each grade, highest grade first (also the grades nobody has), then
    // the rows without a grade (code empty) when there are any.
    static QList<QPair<QString, int>> gradeCounts(const ResultReportData& data);

    // Per grade: the count and its share of the rows in percent.
    static DocumentTable byGrade(const ResultReportData& data);
    // Per task group: the count of each grade. Only worth printing when hasTaskGroups().
    static DocumentTable byTaskGroup(const ResultReportData& data);
    static bool hasTaskGroups(const ResultReportData& data);
    // Per task group: proposed for the quota grade, allowed, kept, demoted, tied; when the quota is
    // counted per agency, quotaScopes() instead.
    static DocumentTable quota(const ResultReportData& data);
    // Per scope (agency × task group): graded in the quota's base, allowed, proposed, kept,
    // demoted, tied, and the share in force (a raised ceiling with its decision).
    static DocumentTable quotaScopes(const ResultReportData& data);
    // The grades decided against the rules, with reason and approver.
    static DocumentTable overrides(const ResultReportData& data);
    // Every row: no., name, position and unit, points per part, total, index, grade, rank.
    // With more than four parts (an index of agencies) the parts do not fit beside the rest on a
    // portrait page: partsApart() is true, and they have a table of their own, partPoints().
    static DocumentTable results(const ResultReportData& data);
    static bool partsApart(const ResultReportData& data);
    static DocumentTable partPoints(const ResultReportData& data);
    // The decision's annex: no., name, position and unit, total, the grade in words.
    static DocumentTable recognised(const ResultReportData& data);

    // The grade column's text of a row: its grade code, or the wording for "not classified".
    static QString gradeText(const QString& code);
};

} // namespace danhgia
