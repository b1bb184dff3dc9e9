#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

class CriteriaSet;

// What a sheet holds for one leaf criterion, as far as submission is concerned.
struct LeafSubmission
{
    bool hasValue = false; // a value is set (a "not applicable" mark counts as a value)
    bool hasEvidenceFile = false; // at least one evidence file is attached
    QString explanation; // the explanation (giải trình) written instead of evidence
    bool fromSurvey = false; // fed by a survey of the campaign: neither value nor evidence is asked

    // True when the explanation has some text besides white space.
    bool hasExplanation() const { return !explanation.trimmed().isEmpty(); }
};

// Whether a self-assessment may be submitted, and if not, why. A sheet is ready when every leaf
// criterion of its set has a value and every leaf whose evidence is "required" has an evidence
// file or an explanation (rules.md, section 3: "a sub-criterion without evidence needs an
// explanation before the self-assessment can be submitted"). Leaves fed by a survey need nothing
// (their points come from the survey, after submission). Group criteria need nothing; codes
// the set does not know are ignored (the sheet reader reports those).
//
// A default-constructed readiness has not been computed and is never ready, so that a caller who
// forgets to compute it cannot submit an incomplete sheet by accident.
class SubmissionReadiness
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionReadiness)

public:
    struct Problem
    {
        enum class Kind
        {
            MissingValue, // the leaf has no value
            MissingEvidence, // the leaf requires evidence and has neither a file nor an explanation
        };

        Kind kind = Kind::MissingValue;
        QString code; // the leaf's code
        QString title; // the leaf's title, for lists in the interface
        QString message; // translated, names the code
    };

    // Checks every leaf of `set` (in the order of the set) against what the sheet holds, keyed by
    // leaf code; a leaf missing from `leaves` has neither value, file nor explanation.
    static SubmissionReadiness compute(const CriteriaSet& set, const QHash<QString, LeafSubmission>& leaves);

    bool isComputed() const { return m_computed; }
    bool isReady() const { return m_computed && m_problems.isEmpty(); }
    const QList<Problem>& problems() const { return m_problems; }
    // The problems' messages, one a line.
    QStringList messages() const;
    // Why the sheet cannot be submitted, with every problem listed; empty when ready.
    QString summary() const;

private:
    bool m_computed = false;
    QList<Problem> m_problems;
};

} // namespace danhgia
