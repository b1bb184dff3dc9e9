#pragma once

#include "criteria/CriteriaSet.h"
#include "numbers/Decimal.h"
#include "scoring/ScoreSheet.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace danhgia {

// The grade a competent head decided for the subject (table grade_decisions).
struct SheetPrintoutDecision
{
    QString grade; // a grade code of the set
    bool isOverride = false; // differs from the rules: printed with its reason and approver
    QString reason;
    QString approver;
};

// Everything a "Phiếu đánh giá, xếp loại chất lượng" prints, as stored: the criteria set, the values
// of the self-assessment and of the head's appraisal (never points: SheetPrintout has them scored
// by the core), who is assessed, and what the appraiser wrote. Filled by SheetPrintoutSource from
// the database, or by a caller that has it in memory.
struct SheetPrintoutData
{
    CriteriaSet set;
    ScoreSheet self; // the self-assessment (may have no values yet)
    // The head's values: the final stage when there is one, else the appraisal; none before it.
    std::optional<ScoreSheet> appraised;
    // The best value of each relative leaf (indexed like the set's nodes) for scoring each
    // stage; empty when the set has no relative leaf.
    std::vector<Decimal> selfBests;
    std::vector<Decimal> appraisedBests;

    bool subjectIsUnit = false; // a unit's sheet (PAR index) rather than a person's
    QString subjectName; // the sheet's subject name, else the catalogue's
    QString position; // a person's position ("Chuyên viên chính")
    QString unitName; // a person's unit ("Phòng Công chức, viên chức")
    // The agency a person belongs to ("Sở Nội vụ"), which heads the person's sheet, and the
    // agency above it ("Ủy ban nhân dân tỉnh Lạng Sơn"); for a unit, itself and its parent.
    QString agencyName;
    QString parentAgencyName;
    QString campaignTitle;

    // The appraiser's reasons and remarks, each one line: per criterion ("1.3" + text) or about
    // the whole sheet (empty code).
    struct Comment
    {
        QString code;
        QString text;
    };
    QList<Comment> comments;
    std::optional<SheetPrintoutDecision> decision;
};

} // namespace danhgia
