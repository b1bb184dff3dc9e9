#pragma once

#include <QWidget>

class QPushButton;
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
    void chooseApprovers();
    void updateApproversButton();

    AppSession& m_session;
    QPushButton* m_approvers = nullptr;
    MessageBar* m_messages = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace danhgia::ui
