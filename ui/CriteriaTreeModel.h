#pragma once

#include "criteria/CriteriaSet.h"

#include <QAbstractItemModel>
#include <QList>

namespace danhgia::ui {

// A read-only tree over a CriteriaSet: one row per group or leaf criterion, in the set's order.
// Numbers are written in the default locale (Vietnamese in the app); methods are named in words,
// and their details (levels, bands, deductions) are in the tooltip of the method column.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        MaxColumn,
        MethodColumn,
        EvidenceColumn,
        ColumnCount,
    };

    enum Role
    {
        NodeIndexRole = Qt::UserRole, // int: the node's index in CriteriaSet::nodes()
        IsGroupRole, // bool
    };

    explicit CriteriaTreeModel(QObject* parent = nullptr);

    void setCriteriaSet(const CriteriaSet& set);
    const CriteriaSet& criteriaSet() const { return m_set; }
    // The model index of the node with that code (column 0), invalid when there is none.
    QModelIndex indexOfCode(const QString& code, int column = CodeColumn) const;
    // The model index of the node at that index of CriteriaSet::nodes(), invalid when out of range.
    QModelIndex indexOfNode(int node, int column = CodeColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for the user: "Levels", "Ratio bands", "Yes / no", ...
    static QString methodTitle(MethodType type);
    // The rule of a leaf in sentences, one per line.
    static QString methodDetails(const Criterion& leaf);
    static QString evidenceTitle(EvidenceRule rule);

private:
    int nodeOf(const QModelIndex& index) const;
    const QList<int>& childrenOf(int node) const;
    QString displayText(const Criterion& node, int column) const;
    QString toolTip(const Criterion& node, int column) const;

    CriteriaSet m_set;
    QList<int> m_rowInParent; // per node: its row under its parent (or at the top level)
};

} // namespace danhgia::ui
