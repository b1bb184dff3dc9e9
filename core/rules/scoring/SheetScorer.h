#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"
#include "results/SubjectResult.h"
#include "scoring/ScoreSheet.h"

#include <QCoreApplication>

namespace danhgia {

// Scores single sheets against one criteria set: checks the sheet, evaluates every leaf,
// then groups (floors, maxima, not-applicable parts), the total and the index.
class SheetScorer
{
    Q_DECLARE_TR_FUNCTIONS(SheetScorer)

public:
    explicit SheetScorer(const CriteriaSet& set);

    // Everything in the sheet that does not fit the set: another set's id, unknown or group
    // codes, values of the wrong form or out of range, unknown flags.
    ValidationIssues check(const ScoreSheet& sheet) const;

    // The best value of each relative leaf among the sheets (indexed like the set's nodes).
    std::vector<Decimal> relativeBests(const QList<ScoreSheet>& sheets) const;

    // Scores a sheet that passed check(). `bests` comes from relativeBests() (may be empty
    // when the set has no relative leaf).
    SubjectResult score(const ScoreSheet& sheet, const std::vector<Decimal>& bests) const;

    bool hasRelativeLeaves() const { return m_hasRelative; }

private:
    const CriteriaSet& m_set;
    bool m_hasRelative = false;
};

} // namespace danhgia
