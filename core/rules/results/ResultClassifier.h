#pragma once

#include "criteria/CriteriaSet.h"
#include "results/QuotaCeiling.h"
#include "results/SubjectResult.h"

#include <QList>

namespace danhgia {

// Grades, flags, the quota and ranks of subjects scored together. Everything here works on
// the rounded index, as the contract says.
class ResultClassifier
{
public:
    explicit ResultClassifier(const CriteriaSet& set)
        : m_set(set)
    { }

    // The grade from the index alone: the first grade whose min ≤ index (empty: none).
    QString gradeForIndex(Decimal index) const;
    // The grade after the flags: the flags that a present flag waives are left out; then
    // unclassified wins, then the lowest forced grade, then the lowest cap (which only lowers a
    // grade).
    QString applyFlags(const QString& computed, const QStringList& flags) const;

    // Sets grade, quota and rank of every result; returns the quota's k (empty without quota, or
    // when the quota is counted per scope: then `scopes` receives each scope's k).
    std::optional<int> classify(QList<SubjectResult>* results,
                                QList<QuotaRule::Scope>* scopes = nullptr) const;

    // Raised ceilings of units (QuotaCeiling), used when the quota is counted per unit.
    void setCeilings(const QList<QuotaCeiling>& ceilings) { m_ceilings = ceilings; }
    const QList<QuotaCeiling>& ceilings() const { return m_ceilings; }

    // The result's values of the fields the quota is counted per (empty without `per`).
    QStringList scopeOf(const SubjectResult& result) const;
    // A subject field named by QuotaRule::per ("unit", "group"); empty for anything else.
    static QString scopeValue(const SubjectResult& result, const QString& field);

    // Competition ranking by index, highest first: 1, 2, 2, 4. One rank per index given.
    static QList<int> ranks(const QList<Decimal>& indexes);

private:
    const CriteriaSet& m_set;
    QList<QuotaCeiling> m_ceilings;
};

} // namespace danhgia
