#pragma once

#include "documentdata/DocumentSettings.h"
#include "documentdata/ResultReportData.h"
#include "documents/PrintableDocument.h"

#include <QString>

namespace danhgia {

// "Báo cáo kết quả đánh giá, xếp loại" of a campaign, or of one unit's people within it
// (rules.md §6.1): the header with its date line, "BÁO CÁO" and the subject, the counts per
// grade and per task group, the quota check of each task group with the grades decided against
// the rules and their reasons, the full results table, "Nơi nhận" and the head's signature.
class ResultReport
{
public:
    // A unit's document settings made a report's: the symbol "BC-<agency code>".
    static DocumentSettings settingsFor(const DocumentSettings& unitSettings);
    static PrintableDocument compose(const ResultReportData& data, const DocumentSettings& settings);

    // "đánh giá, xếp loại công chức ... năm 2026" (the campaign's title as a phrase), with
    // "của <unit>" when the report is of one unit.
    static QString campaignPhrase(const ResultReportData& data);
    // "09/2026" for the period "2026-09"; other periods as they are.
    static QString periodText(const QString& period);
};

} // namespace danhgia
