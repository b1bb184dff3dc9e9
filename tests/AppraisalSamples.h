#pragma once

#include "documentdata/AppraisalMinutesInput.h"
#include "documentdata/DocumentSettings.h"

#include <QString>

namespace danhgia::test {

// The sample appraisal of tests/data/documents (the Department of Agriculture and Environment,
// self-assessed 90,98 and appraised 89,24, six criteria changed with reasons, a council of seven
// with two absent), and a check of printed tables, for the appraisal minutes' tests.
class AppraisalSamples
{
public:
    static AppraisalMinutesInput input();
    // Numbered 05, the settings file of the sample, chair and secretary named.
    static DocumentSettings settings();
    // The words pdftotext finds on `page` in the band of the table's repeated header row that are
    // not words of the annex's header: cells drawn over it. Words outside the printed area (the
    // page's clip, 20 mm from the top and the bottom) are left out, and so is the page number.
    static QString wordsOverTheHeaderRow(const QString& pdfPath, int page);
};

} // namespace danhgia::test
