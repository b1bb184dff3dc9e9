#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

// What importing the rows of a spreadsheet would do, shown before anything is written: the
// summary, then one line per row of the file (its row number, what it says, and the result:
// what will be written, or why the row is refused). Refused rows stand out; the reasons wrap and
// are never cut. "Import" accepts the dialog and is enabled only when the import may be applied;
// the caller applies it when the dialog is accepted. Opened with open(), so that tests read the
// table and press the buttons themselves. Used for a sheet's values and for a task list.
class RowsImportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Line
    {
        int row = 0; // the row (Excel) or line (CSV) of the file
        QStringList cells; // one per column given to the dialog
        bool refused = false;
        QString result;
    };

    RowsImportDialog(const QString& title, const QString& fileName, const QStringList& columns,
                     const QList<Line>& lines, const QString& summary, bool canImport,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }
    // The column of the results (the last one), and of the row numbers (the first one).
    int resultColumn() const;

private:
    void fill(const QList<Line>& lines);

    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace danhgia::ui
