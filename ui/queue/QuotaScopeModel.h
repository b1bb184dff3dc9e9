#pragma once

#include "criteria/CriteriaSet.h"
#include "queries/UnitClassification.h"

#include <QAbstractTableModel>

namespace danhgia::ui {

// The scopes of the quota (Decree 335: each agency × each group with similar tasks), one row
// each: how many are graded in the quota's base (e.g. "tốt"), k, how many the index proposes, how
// many keep the grade, tie or drop, and the ceiling in force (the set's, or a unit's raised one
// with its decision). Read-only; the counts are the core's (QuotaRule).
class QuotaScopeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        GroupColumn,
        CountedColumn,
        AllowedColumn,
        ProposedColumn,
        KeptColumn,
        TiedColumn,
        DemotedColumn,
        CeilingColumn,
        ColumnCount,
    };

    enum Role
    {
        UnitCodeRole = Qt::UserRole, // QString
    };

    explicit QuotaScopeModel(QObject* parent = nullptr);

    void setScopes(const CriteriaSet& set, const QList<ClassifiedScope>& scopes);
    const ClassifiedScope& scope(int row) const { return m_scopes.at(row); }
    int rowOfUnit(const QString& unitCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "20%", or "30% (QĐ 125/QĐ-UBND, 20/01/2026)" for a raised ceiling.
    static QString ceilingText(const QuotaRule::Scope& scope);

private:
    QString displayText(const ClassifiedScope& scope, int column) const;

    CriteriaSet m_set;
    QList<ClassifiedScope> m_scopes;
};

} // namespace danhgia::ui
