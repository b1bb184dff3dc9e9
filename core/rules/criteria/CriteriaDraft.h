#pragma once

#include "criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia {

// The tree of a draft criteria set changed one step at a time, as the editor does: a criterion
// added under or after another, removed, moved among its siblings, its fields replaced. Nodes
// are named by their index in the set's pre-order list; each change gives the index of the node
// it concerns afterwards (-1 when there is none). The set is rebuilt after each change, with the
// paths a file of it would have, so that the validator's problems point at the right node.
class CriteriaDraft
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaDraft)

public:
    explicit CriteriaDraft(const CriteriaSet& set);

    const CriteriaSet& set() const { return m_set; }

    // A new leaf under `parent` (-1: at the top level), last among its children. A leaf that gets
    // a child becomes a group (its method is dropped). The code is the parent's code followed by
    // the next free number ("1.3" under "1" with two children), the maximum 0, scored in points.
    int addChild(int parent);
    // A new leaf right after `index`, under the same parent.
    int addSibling(int index);
    // Removes a criterion with everything under it; gives the node to show next (the next
    // sibling, else the previous one, else the parent). A group left without children stays a
    // group, which the validator reports.
    int remove(int index);
    // Moves a criterion before its previous sibling (or after its next one); -1 when it is
    // first (last) already.
    int moveUp(int index);
    int moveDown(int index);
    // Replaces the fields of a criterion (code, title, maximum, floor, method, evidence,
    // not-applicable); its place in the tree and its children stay.
    void setFields(int index, const Criterion& fields);

    // The code a new criterion under `parent` would get.
    QString suggestedCode(int parent) const;

    // What a leaf of maximum `max` is scored with when the user picks the method `type`: a method
    // the validator accepts (two levels "achieved" = max and "not achieved" = 0; one band from 1
    // giving max; a deduction of 1 point per item up to max; the core's defaults otherwise).
    static LeafMethod defaultMethod(MethodType type, Decimal max);
    // The levels ("Tốt=5; Đạt=3,5") or the ratio bands ("1=2; 0,8=1,5") of a method as one line of
    // text, as the Excel template writes them; empty for the other methods.
    static QString pairsText(const LeafMethod& method);
    // `method` with the levels or bands read from such a text; nothing (with why in `error`) when a
    // part is not "title=points" (levels) or "ratio=points" (bands).
    static std::optional<LeafMethod> withPairs(const LeafMethod& method, const QString& text, QString* error);

private:
    struct Node
    {
        Criterion fields;
        QList<Node> children;
    };

    QList<Node>* siblingsOf(int index, int* position);
    void rebuild();
    int indexOfPath(const QList<int>& path) const;
    QList<int> pathOf(int index) const;
    Criterion newLeaf(int parent) const;

    CriteriaSet m_set;
    QList<Node> m_roots;
};

} // namespace danhgia
