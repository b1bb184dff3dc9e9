#pragma once

#include "ImportPlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

// What importing a list of units or people would do, shown before anything is written: the
// summary, the problems of the file, and one line per row (created, updated, unchanged or
// rejected, with the reasons). "Import" accepts the dialog and is only enabled for a plan that
// can be applied; the caller applies it when the dialog is accepted. Opened with open(), so that
// tests read the table and press the buttons themselves.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        ActionColumn,
        CodeColumn,
        NameColumn,
        ReferenceColumn,
        DetailsColumn,
        ColumnCount,
    };

    explicit ImportPreviewDialog(const ImportPlan& plan, QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

    // What the details column says about a row: its problems, its changes, its warnings.
    static QString details(const ImportPlan::Entry& entry);

private:
    void fillTable();

    ImportPlan m_plan;
    QLabel* m_summary = nullptr;
    QLabel* m_fileProblems = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace danhgia::ui
