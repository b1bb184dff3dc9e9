#pragma once

#include "criteria/ValidationIssue.h"
#include "documentdata/AppraisalMinutesInput.h"
#include "results/SubjectResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danhgia {

// The self-assessment and the appraisal of one unit side by side, both scored by the scoring
// core (SheetScorer for points, ResultClassifier for the grade from the index and the flags):
// what the appraisal minutes print. The quota is not applied: it ranks units against each
// other, and one unit's minutes state the grade its own index gives.
class AppraisalComparison
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalComparison)

public:
    // What does not fit, per sheet: SheetScorer::check() of each against the set, and an
    // appraisal of another subject or period than the self-assessment.
    struct Issues
    {
        ValidationIssues self;
        ValidationIssues appraised;
        bool hasErrors() const
        {
            return ValidationIssue::hasErrors(self) || ValidationIssue::hasErrors(appraised);
        }
    };
    static Issues check(const AppraisalMinutesInput& input);

    // Scores both sheets; `input` must have passed check() and must outlive this object.
    explicit AppraisalComparison(const AppraisalMinutesInput& input);

    const AppraisalMinutesInput& input() const { return m_input; }
    const CriteriaSet& set() const { return m_input.set; }
    const SubjectResult& self() const { return m_self; }
    const SubjectResult& appraised() const { return m_appraised; }
    const NodeScore& selfNode(int index) const { return m_self.nodes[static_cast<std::size_t>(index)]; }
    const NodeScore& appraisedNode(int index) const
    {
        return m_appraised.nodes[static_cast<std::size_t>(index)];
    }

    // Whether the appraisal gives the node other points than the self-assessment (a node that
    // became applicable or not applicable counts as changed).
    bool changed(int index) const;
    // The leaves whose points changed, in the order of the set.
    const QList<int>& changedLeaves() const { return m_changedLeaves; }
    // The reason given for a criterion's change, trimmed; empty when none.
    QString reason(int index) const;
    // The title of a grade code in the set ("Nhóm B"); empty for no grade.
    QString gradeTitle(const QString& code) const;

private:
    SubjectResult score(const ScoreSheet& sheet, const std::vector<Decimal>& bests) const;

    const AppraisalMinutesInput& m_input;
    SubjectResult m_self;
    SubjectResult m_appraised;
    QList<int> m_changedLeaves;
};

} // namespace danhgia
