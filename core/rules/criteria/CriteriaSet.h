#pragma once

#include "criteria/Criterion.h"
#include "criteria/Grade.h"
#include "results/QuotaRule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace danhgia {

// A criteria set (bộ tiêu chí): the tree of groups and leaf criteria with their scoring
// methods, the grades, the flags that override grades, and the quota rule. Read and written as
// "danhgia.criteria/1" JSON by CriteriaSetReader and toJson().
class CriteriaSet
{
public:
    static constexpr const char* FormatName = "danhgia.criteria/1";

    QString id;
    int version = 1;
    QString title;
    QString kind;
    int decimals = 2;
    QList<Grade> grades;
    QList<GradeFlag> flags;
    std::optional<QuotaRule> quota;

    // Appends a node under `parent` (-1: top level) and returns its index. Nodes must be
    // added parent first, children in order, so the list stays in pre-order.
    int addNode(Criterion node, int parent);
    // Call after the last addNode(): builds the code index and the leaf list.
    void finalize();

    const std::vector<Criterion>& nodes() const { return m_nodes; }
    const Criterion& node(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const QList<int>& topLevel() const { return m_topLevel; }
    const QList<int>& leaves() const { return m_leaves; }
    // Index of the node with that code, -1 when there is none (first one if codes repeat).
    int indexOf(const QString& code) const { return m_byCode.value(code, -1); }

    int gradeIndex(const QString& code) const;
    const GradeFlag* flag(const QString& code) const;

    // Sum of the top-level maxima (the nominal maximum, before not-applicable leaves).
    Decimal totalMax() const;
    int requiredEvidenceCount() const;

    QJsonObject toJson() const;

private:
    std::vector<Criterion> m_nodes;
    QList<int> m_topLevel;
    QList<int> m_leaves;
    QHash<QString, int> m_byCode;
};

} // namespace danhgia
