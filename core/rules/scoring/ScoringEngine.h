#pragma once

#include "criteria/CriteriaSet.h"
#include "criteria/ValidationIssue.h"
#include "results/ResultClassifier.h"
#include "results/SubjectResult.h"
#include "scoring/ScoreSheet.h"
#include "scoring/SheetScorer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace danhgia {

// Scores sheets of one criteria set together, as the contract's `score` command does: checks
// every sheet, scores them (relative leaves against the best of all), optionally combines the
// periods of each subject, then grades, applies the quota and ranks. Works on in-memory data;
// files are only the CLI's business.
class ScoringEngine
{
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)

public:
    struct SheetIssue
    {
        int sheet = -1; // position in the list given
        ValidationIssue issue;
    };

    explicit ScoringEngine(const CriteriaSet& set);

    QList<SheetIssue> check(const QList<ScoreSheet>& sheets) const;
    // Empty result and `issues` filled when a sheet does not fit the set (or, aggregating,
    // when two sheets have the same subject and period). Results are listed by rank.
    std::optional<ScoringResult> score(const QList<ScoreSheet>& sheets, bool aggregate,
                                       QList<SheetIssue>* issues) const;

    // The contract's output document for a result.
    QJsonObject toJson(const ScoringResult& result) const;

    const CriteriaSet& criteriaSet() const { return m_set; }
    const SheetScorer& sheetScorer() const { return m_scorer; }
    const ResultClassifier& classifier() const { return m_classifier; }
    // Raised ceilings of the quota for some units (the app's classification; the CLI has none).
    void setQuotaCeilings(const QList<QuotaCeiling>& ceilings) { m_classifier.setCeilings(ceilings); }

    // A field of QuotaRule::per in the words of the regulation ("agency", ...).
    static QString fieldTitle(const QString& field);

private:
    // Aggregating with a quota counted per scope: the first sheet whose subject has another value
    // of a field of `per` than the subject's earlier sheet.
    std::optional<SheetIssue> scopeConflict(const QList<SubjectResult>& periods) const;

    const CriteriaSet& m_set;
    SheetScorer m_scorer;
    ResultClassifier m_classifier;
};

} // namespace danhgia
