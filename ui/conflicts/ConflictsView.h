#pragma once

#include "sync/ConflictInbox.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// The "Sync conflicts" screen: the rows changed both here and on the provincial server, one per
// line; the chosen one with each differing field side by side (the base, the server's value,
// mine, who changed it), and per field "Keep mine", "Keep the server's" or a typed value, offered
// only where the core's rules allow it (ConflictResolution). "Resolve" hands the choices to the
// core (ConflictResolver); a refusal names each field at fault and keeps the choices made.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(AppSession& session, QWidget* parent = nullptr);

    void reload();
    int conflictCount() const { return m_count; }
    // Counts the conflicts again (at every change of the data, even while another screen shows).
    void refreshCount();

Q_SIGNALS:
    void countChanged(int count);

private:
    void showCurrent();
    void showDetail(const ConflictDetail& detail);
    void keepAll(ConflictKeep keep);
    void resolve();
    void updateEditor(int row);
    void setCount(int count);

    AppSession& m_session;
    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_fields = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepServer = nullptr;
    QPushButton* m_resolve = nullptr;
    MessageBar* m_message = nullptr;
    std::optional<ConflictDetail> m_detail;
    int m_count = 0;
};

} // namespace danhgia::ui
