#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace danhgia::ui {

class SheetHistoryModel;

// The side panel of the approval queue: what the current sheet is (campaign, unit, task group,
// period, state, deadline) and its history from the audit trail, newest first; a button opens
// the sheet itself.
class SheetHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SheetHistoryPanel(QWidget* parent = nullptr);

    // Reads the sheet and its history; a problem is shown in the panel.
    void showSheet(QSqlDatabase& db, qint64 sheetId);
    void clear();

    qint64 sheetId() const { return m_sheetId; }
    SheetHistoryModel* historyModel() const { return m_model; }
    QTableView* historyView() const { return m_history; }

Q_SIGNALS:
    void openSheetRequested(qint64 sheetId);

private:
    QLabel* addFact(const QString& name);

    qint64 m_sheetId = 0;
    SheetHistoryModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QFormLayout* m_facts = nullptr;
    QLabel* m_campaign = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_taskGroup = nullptr;
    QLabel* m_period = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_lastChange = nullptr;
    QLabel* m_problem = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace danhgia::ui
