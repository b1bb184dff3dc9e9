#pragma once

#include "criteria/CriteriaSet.h"
#include "numbers/Decimal.h"
#include "scoring/ScoreSheet.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace danhgia {

// A member of the appraisal council as the minutes list them.
struct AppraisalCouncilMember
{
    QString name;
    QString role; // as printed: "Phó Giám đốc Sở Nội vụ, Chủ tịch Hội đồng"
    bool present = true;
};

// What the appraisal minutes of one unit (biên bản thẩm định kết quả tự đánh giá) are made
// from: the criteria set, the unit's self-assessed sheet and the council's appraised sheet (both
// scored by the scoring core when the minutes are composed), the appraiser's reasons, the council
// and its conclusion. Read from files by the CLI, from the database by AppraisalMinutesSource.
struct AppraisalMinutesInput
{
    CriteriaSet set;
    ScoreSheet self;
    ScoreSheet appraised;
    // The best value of each relative leaf (indexed like set.nodes()) to score each stage with;
    // empty: the best among the sheet's own values (files hold one unit only).
    std::vector<Decimal> selfBests;
    std::vector<Decimal> appraisedBests;
    // The appraiser's reason for each changed criterion, by code.
    QHash<QString, QString> reasons;
    // Everyone on the council, present or not; empty when not known (left to fill in by hand).
    QList<AppraisalCouncilMember> members;
    // The council's conclusion and requests, "\n" between paragraphs; empty: a sentence stating
    // the appraised result.
    QString conclusion;
    // The campaign whose appraisal council meets (its chair and secretary are kept for it);
    // empty when the minutes are made from files.
    QString campaignCode;

    // The unit's name: the appraised sheet's, else the self-assessment's, else its code.
    QString unitName() const
    {
        for (const ScoreSheet* sheet : {&appraised, &self}) {
            if (!sheet->subject.name.trimmed().isEmpty()) {
                return sheet->subject.name.trimmed();
            }
        }
        return appraised.subject.id.isEmpty() ? self.subject.id : appraised.subject.id;
    }
};

} // namespace danhgia
