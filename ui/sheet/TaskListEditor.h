#pragma once

#include "criteria/Criterion.h"
#include "scoring/ScoreSheet.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

class CheckedEntryDelegate;
class RowsImportDialog;

// The value of a `tasks` criterion (task results, Decree 335/2025): the list of tasks with, for
// each, its coefficient, whether it was done, its quality failures and delays, and whether they
// are excused. The points the list gives are shown as it is edited (LeafScorer). Insert adds a
// task, Delete removes the selected one; Space ticks "done" and "excused"; Enter saves a cell and
// Ctrl+Enter the list (Enter alone never closes the dialog with a cell still being edited).
class TaskListEditor : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        WeightColumn,
        DoneColumn,
        QualityColumn,
        DelaysColumn,
        ExcusedColumn,
        ColumnCount,
    };

    TaskListEditor(const Criterion& leaf, int decimals, const QList<TaskItem>& items, bool readOnly,
                   QWidget* parent = nullptr);

    QList<TaskItem> items() const;
    // The code of the criterion edited.
    QString code() const { return m_leaf.code; }

    void addTask();
    void removeTask();
    // "Import from Excel...": asks for a file, then previews it.
    void chooseImportFile();
    // Reads a spreadsheet of tasks (TaskListTable) and opens its preview; accepting it replaces
    // the tasks of the list (saved, as any edit of the list, when the list is saved). nullptr
    // when the file cannot be read (the user is told why) or the list is read-only.
    RowsImportDialog* previewImport(const QString& fileName);
    // Saves the cell being edited first.
    void accept() override;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* importButton() const { return m_import; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* pointsLabel() const { return m_points; }

private:
    void appendRow(const TaskItem& item);
    void updatePoints();

    Criterion m_leaf;
    int m_decimals = 2;
    bool m_readOnly = false;
    QTableWidget* m_table = nullptr;
    CheckedEntryDelegate* m_cells = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QPointer<RowsImportDialog> m_importDialog;
    QLabel* m_points = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace danhgia::ui
