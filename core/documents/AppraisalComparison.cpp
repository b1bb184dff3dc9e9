#include "documents/AppraisalComparison.h"

#include "results/ResultClassifier.h"
#include "scoring/SheetScorer.h"

namespace danhgia {

AppraisalComparison::Issues AppraisalComparison::check(const AppraisalMinutesInput& input)
{
    const SheetScorer scorer(input.set);
    Issues issues{scorer.check(input.self), scorer.check(input.appraised)};
    const auto error = [&issues](const QString& path, const QString& message) {
        issues.appraised.append({ValidationIssue::Severity::Error, path, QString(), message});
    };
    if (input.appraised.subject.id != input.self.subject.id) {
        error(QStringLiteral("subject.id"),
              tr("the appraisal is of the subject \"%1\" but the self-assessment of \"%2\"; both must be "
                 "of the same unit")
                  .arg(input.appraised.subject.id, input.self.subject.id));
    }
    if (input.appraised.period != input.self.period) {
        const QString none = tr("(no period)");
        error(QStringLiteral("period"),
              tr("the appraisal is of the period %1 but the self-assessment of %2; both must be of the "
                 "same period")
                  .arg(input.appraised.period.value_or(none), input.self.period.value_or(none)));
    }
    return issues;
}

AppraisalComparison::AppraisalComparison(const AppraisalMinutesInput& input)
    : m_input(input)
{
    m_self = score(input.self, input.selfBests);
    m_appraised = score(input.appraised, input.appraisedBests);
    for (const int leaf : input.set.leaves()) {
        if (changed(leaf)) {
            m_changedLeaves.append(leaf);
        }
    }
}

SubjectResult AppraisalComparison::score(const ScoreSheet& sheet, const std::vector<Decimal>& bests) const
{
    const SheetScorer scorer(m_input.set);
    const std::vector<Decimal> used = bests.size() == static_cast<std::size_t>(m_input.set.nodeCount())
        ? bests
        : scorer.relativeBests({sheet});
    SubjectResult result = scorer.score(sheet, used);
    const ResultClassifier classifier(m_input.set);
    result.grade = classifier.applyFlags(classifier.gradeForIndex(result.index), result.flags);
    return result;
}

bool AppraisalComparison::changed(int index) const
{
    const NodeScore& before = selfNode(index);
    const NodeScore& after = appraisedNode(index);
    if (before.applicable != after.applicable) {
        return true;
    }
    return before.applicable && before.points != after.points;
}

QString AppraisalComparison::reason(int index) const
{
    return m_input.reasons.value(m_input.set.node(index).code).trimmed();
}

QString AppraisalComparison::gradeTitle(const QString& code) const
{
    for (const Grade& grade : m_input.set.grades) {
        if (grade.code == code) {
            return grade.title.isEmpty() ? code : grade.title;
        }
    }
    return code;
}

} // namespace danhgia
