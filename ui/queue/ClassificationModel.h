#pragma once

#include "criteria/CriteriaSet.h"
#include "queries/UnitClassification.h"

#include <QAbstractTableModel>

namespace danhgia::ui {

// The subjects of one task group with their grades: the grade the rules give (quota included),
// the grade decided, and what the quota did (within, above it, tied at its boundary). Read-only;
// numbers are written the Vietnamese way.
class ClassificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        NameColumn,
        UnitColumn,
        TotalColumn,
        IndexColumn,
        GradeColumn,
        DecidedColumn,
        QuotaColumn,
        ColumnCount,
    };

    enum Role
    {
        SubjectCodeRole = Qt::UserRole, // QString
        QuotaStatusRole, // int: QuotaStatus
    };

    explicit ClassificationModel(QObject* parent = nullptr);

    void setGroup(const CriteriaSet& set, const ClassifiedGroup& group);
    const ClassifiedGroup& group() const { return m_group; }
    const ClassifiedSubject& subject(int row) const { return m_group.subjects.at(row); }
    int rowOf(const QString& subjectCode) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString quotaText(const ClassifiedSubject& subject);

private:
    QString displayText(const ClassifiedSubject& subject, int column) const;
    QString toolTip(const ClassifiedSubject& subject, int column) const;
    QString gradeTitle(const QString& code) const;

    CriteriaSet m_set;
    ClassifiedGroup m_group;
};

} // namespace danhgia::ui
