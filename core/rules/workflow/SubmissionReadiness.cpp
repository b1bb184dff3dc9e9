#include "workflow/SubmissionReadiness.h"

#include "criteria/CriteriaSet.h"

namespace danhgia {

SubmissionReadiness SubmissionReadiness::compute(const CriteriaSet& set,
                                                 const QHash<QString, LeafSubmission>& leaves)
{
    SubmissionReadiness readiness;
    readiness.m_computed = true;
    for (const int index : set.leaves()) {
        const Criterion& leaf = set.node(index);
        const LeafSubmission held = leaves.value(leaf.code);
        if (held.fromSurvey) {
            continue; // the appraisal side writes its points from the survey
        }
        if (!held.hasValue) {
            readiness.m_problems.append({Problem::Kind::MissingValue, leaf.code, leaf.title,
                                         tr("Criterion %1 has no value.").arg(leaf.code)});
        }
        if (leaf.evidence == EvidenceRule::Required && !held.hasEvidenceFile && !held.hasExplanation()) {
            readiness.m_problems.append(
                {Problem::Kind::MissingEvidence, leaf.code, leaf.title,
                 tr("Criterion %1 requires evidence: attach a file or write an explanation.")
                     .arg(leaf.code)});
        }
    }
    return readiness;
}

QStringList SubmissionReadiness::messages() const
{
    QStringList lines;
    lines.reserve(m_problems.size());
    for (const Problem& problem : m_problems) {
        lines.append(problem.message);
    }
    return lines;
}

QString SubmissionReadiness::summary() const
{
    if (!m_computed) {
        return tr("The sheet cannot be submitted: its completeness has not been checked.");
    }
    if (m_problems.isEmpty()) {
        return {};
    }
    QString text = tr("The sheet cannot be submitted while %n problem(s) remain:", nullptr,
                      static_cast<int>(m_problems.size()));
    for (const Problem& problem : m_problems) {
        text += QStringLiteral("\n- ") + problem.message;
    }
    return text;
}

} // namespace danhgia
