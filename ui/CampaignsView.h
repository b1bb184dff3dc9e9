#pragma once

#include <QWidget>

class QTableWidget;

namespace danhgia::ui {

class AppSession;
class MessageBar;

// The campaigns of the database at a glance: criteria set, periods, deadline, and how many
// sheets stand in each workflow state (overdue ones flagged).
class CampaignsView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsView(AppSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The user asked to see the sheets of a campaign.
    void campaignActivated(const QString& campaignCode);

private:
    AppSession& m_session;
    MessageBar* m_messages = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace danhgia::ui
