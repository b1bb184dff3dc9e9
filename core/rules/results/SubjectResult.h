#pragma once

#include "numbers/Decimal.h"
#include "results/QuotaRule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace danhgia {

// Points and applicable maximum of one criterion on one sheet.
struct NodeScore
{
    bool applicable = true;
    Decimal points;
    Decimal max;
};

// The result of one subject: one sheet, or (aggregated) all its periods.
struct SubjectResult
{
    QString subjectId;
    QString subjectName;
    QString group;
    QString unit; // the agency
    std::optional<QString> period; // single sheet
    QList<std::optional<QString>> periods; // aggregated: the periods combined
    bool aggregated = false;
    QStringList flags;
    std::vector<NodeScore> nodes; // indexed like CriteriaSet::nodes(); empty when aggregated
    Decimal total; // exact (sum of rounded leaves), rounded when aggregated
    Decimal max;
    Decimal index; // rounded to the set's decimals
    bool complete = true;
    QStringList missing;
    QString grade; // empty: no grade
    int rank = 0;
    QuotaStatus quota = QuotaStatus::NotProposed;
};

struct ScoringResult
{
    QList<SubjectResult> results;
    std::optional<int> quotaAllowed; // empty when the set has no quota or counts it per scope
    QList<QuotaRule::Scope> quotaScopes; // the quota counted per scope (QuotaRule::per)
};

} // namespace danhgia
