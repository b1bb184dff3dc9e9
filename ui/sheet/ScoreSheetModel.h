#pragma once

#include "SheetResults.h"
#include "services/SheetEditor.h"

#include <QAbstractItemModel>
#include <QList>
#include <QMetaType>

#include <array>
#include <optional>

Q_DECLARE_METATYPE(danhgia::LeafValue)
Q_DECLARE_METATYPE(danhgia::SheetEditor::LeafWrite)

namespace danhgia::ui {

// The criteria tree of one score sheet with its self-assessed and appraised values side by side:
// per leaf the value in words, the points, the difference and the reason for it, the evidence;
// per group the points of its criteria. The points, totals, index and grade are recomputed by
// the core (SheetScorer, ResultClassifier) after every change.
//
// The model does not write: setData() on a value (or a reason) emits editRequested() with the
// change, which the form turns into an undoable command that writes through the SheetEditor and
// then calls refresh(). Until the appraisal starts, its columns show the self-assessment greyed.
class ScoreSheetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        MaxColumn,
        SelfValueColumn,
        SelfPointsColumn,
        AppraisedValueColumn,
        AppraisedPointsColumn,
        DifferenceColumn,
        ReasonColumn,
        EvidenceColumn,
        ColumnCount,
    };

    enum Role
    {
        NodeIndexRole = Qt::UserRole, // int: the node's index in the criteria set
        IsGroupRole, // bool
        CodeRole, // QString
        LeafValueRole, // LeafValue of a value column (invalid when none)
        DiffersRole, // bool: the appraisal differs from the self-assessment here
    };

    explicit ScoreSheetModel(QObject* parent = nullptr);

    // Shows the sheet loaded in `editor` (not owned; nullptr clears the model).
    void setEditor(SheetEditor* editor);
    SheetEditor* editor() const { return m_editor; }
    // Which stages the user may edit now (from SheetEditor::refuseStage()).
    void setEditable(Stage stage, bool editable);
    bool isEditable(Stage stage) const { return m_editable[stageSlot(stage)]; }

    // Recomputes the points and tells the views that the values, points and evidence changed.
    void refresh();
    // The results as the core computes them: the self-assessment, and the appraisal (the
    // self-assessment while the appraisal has not started).
    const SubjectResult& result(Stage stage) const { return m_results.result(stage); }
    bool appraisalStarted() const { return m_results.appraisalStarted(); }
    // The grade of a result after the sheet's flags: its code and title, empty for none.
    QString gradeCode(Stage stage) const { return m_results.gradeCode(stage); }
    QString gradeTitle(Stage stage) const { return m_results.gradeTitle(stage); }

    const Criterion* criterion(const QModelIndex& index) const;
    QModelIndex indexOfCode(const QString& code, int column = CodeColumn) const;
    // The stage whose value a column shows (self or appraised), empty for other columns.
    static std::optional<Stage> stageOfColumn(int column);
    static int valueColumn(Stage stage)
    {
        return stage == Stage::Self ? SelfValueColumn : AppraisedValueColumn;
    }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A new value or reason for one leaf, asked for through setData(); nothing is written yet.
    void editRequested(const danhgia::SheetEditor::LeafWrite& write);
    // The points were recomputed.
    void totalsChanged();

private:
    static int stageSlot(Stage stage) { return stage == Stage::Self ? 0 : 1; }
    int nodeOf(const QModelIndex& index) const;
    const QList<int>& childrenOf(int node) const;
    QString displayText(int node, int column) const;
    QString toolTip(int node, int column) const;
    QString evidenceText(const Criterion& leaf) const;
    QVariant background(int node, int column) const;
    QVariant foreground(int node, int column) const;

    SheetEditor* m_editor = nullptr;
    QList<int> m_rowInParent;
    std::array<bool, 2> m_editable{false, false};
    SheetResults m_results;
};

} // namespace danhgia::ui
