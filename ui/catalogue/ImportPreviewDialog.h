#pragma once

#include "services/ImportPlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

// What importing a list of units or people would do, shown before anything is written: the
// summary, the problems of the file, and one line per row (created, updated, unchanged or
// rejected, with the reasons) with every column the import writes, as it will be written (the
// kind of a unit; the position, task group and leader of a person, when the file has them).
// Reasons wrap and are never cut. "Import" accepts the dialog and is only enabled for a plan that
// can be applied; the caller applies it when the dialog is accepted. Opened with open(), so that
// tests read the table and press the buttons themselves.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // The first columns; the written values follow, then the details (the last column).
    enum Column
    {
        RowColumn,
        ActionColumn,
        CodeColumn,
        NameColumn,
        ReferenceColumn,
        FirstValueColumn,
    };

    explicit ImportPreviewDialog(const ImportPlan& plan, QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    QTableWidget* table() const { return m_table; }
    // The column of the reasons and changes: the last one.
    int detailsColumn() const;
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

    // What the details column says about a row: its problems, its changes, its warnings.
    static QString details(const ImportPlan::Entry& entry);

private:
    // A written value other than code, name and reference: the database column and its title.
    struct ValueColumn
    {
        QString key;
        QString title;
    };

    void fillTable();
    // The text of a written value as people read it.
    static QString valueText(const QString& key, const QVariant& value);

    ImportPlan m_plan;
    QList<ValueColumn> m_values;
    QLabel* m_summary = nullptr;
    QLabel* m_fileProblems = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace danhgia::ui
