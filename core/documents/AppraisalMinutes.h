#pragma once

#include "councils/AppraisalCouncil.h"
#include "documentdata/AppraisalMinutesInput.h"
#include "documentdata/DocumentSettings.h"
#include "documents/PrintableDocument.h"

#include <QDate>

namespace danhgia {

class AppraisalComparison;
class DocumentComposer;

// The appraisal minutes of one unit's self-assessment (biên bản thẩm định kết quả tự đánh giá,
// rules.md §6.1) in the layout of Decree 30/2020/NĐ-CP: the header without a date line, "BIÊN
// BẢN" and its subject, the legal basis, time and place, the council present and absent with the
// quorum, chair and secretary, the points per field self-assessed and appraised, every changed
// criterion with its reason, the totals, index and grade of both stages, the conclusion, the
// closing time and the signatures (secretary left, chair right); then, on a new page, the annex
// with the full per-criterion table. Every number comes from the scoring core.
class AppraisalMinutes
{
public:
    // DocumentSettings::defaults() for minutes of the appraisal council: issued by the council,
    // "Số: …/BB-HĐTĐ", a basis line to complete (the decision forming the council).
    static DocumentSettings defaultSettings(const QDate& date);

    // `input` must have passed AppraisalComparison::check().
    static PrintableDocument compose(const AppraisalMinutesInput& input, const DocumentSettings& settings);

    // The quorum rule of the appraisal council (AppraisalCouncil::quorumMet: more than half of
    // all the council's members present).
    static bool hasQuorum(int present, int members) { return AppraisalCouncil::quorumMet(present, members); }

private:
    static void addBasis(DocumentComposer& composer, const QString& basis);
    static void addAttendees(DocumentComposer& composer, const AppraisalMinutesInput& input);
    static void addContent(DocumentComposer& composer, const AppraisalComparison& comparison);
    static void addAnnex(DocumentComposer& composer, const AppraisalComparison& comparison);
};

} // namespace danhgia
