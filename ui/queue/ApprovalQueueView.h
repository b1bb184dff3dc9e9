#pragma once

#include "workflow/ApprovalPolicy.h"
#include "workflow/WorkflowAction.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace danhgia {
struct SheetQueueItem;
}

namespace danhgia::ui {

class AppSession;
class ApprovalQueueFilter;
class ApprovalQueueModel;
class MessageBar;
class SheetHistoryPanel;

// The approval queue: the score sheets waiting for the session's role (SheetQueue), narrowed by
// campaign, unit, state, overdue and a search that ignores diacritics, sortable by any column.
// Selected sheets are approved or returned together with one comment; what the core refuses is
// listed in the message bar with its reason. The side panel shows the current sheet and its
// history; double-click or Enter asks for the sheet itself (openSheetRequested).
class ApprovalQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalQueueView(AppSession& session, QWidget* parent = nullptr);

    // Reads the queue again, keeping the filters, the selection and the current sheet.
    void reload();

    // The sheets selected in the table, in the table's order.
    QList<qint64> selectedSheetIds() const;
    // Approve or return the selected sheets after asking for the comment (what the buttons do).
    void approveSelected();
    void appraiseSelected();
    void returnSelected();

    QTableView* table() const { return m_table; }
    ApprovalQueueModel* queueModel() const { return m_model; }
    ApprovalQueueFilter* filterModel() const { return m_filter; }
    SheetHistoryPanel* historyPanel() const { return m_panel; }
    MessageBar* messageBar() const { return m_messages; }

Q_SIGNALS:
    void openSheetRequested(qint64 sheetId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFilterBar();
    QWidget* createActionBar();
    void applyToSelected(WorkflowAction action);
    void rebuildChoices();
    void dropWriteRefusalOnceWritable();
    void applyFilters();
    void showCurrent();
    void updateSummary();
    void updateButtons();
    void updateButton(QPushButton* button, WorkflowAction action, const QString& tip);
    QList<const SheetQueueItem*> selectedItems() const;
    QList<ApprovalPolicy> policiesShown() const;
    void openCurrent();

    AppSession& m_session;
    ApprovalQueueModel* m_model = nullptr;
    ApprovalQueueFilter* m_filter = nullptr;
    MessageBar* m_messages = nullptr;
    QString m_shownWriteRefusal; // the account's refusal the bar shows, cleared once it can write
    QComboBox* m_campaign = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    SheetHistoryPanel* m_panel = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_appraise = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace danhgia::ui
