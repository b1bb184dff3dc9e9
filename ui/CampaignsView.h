#pragma once

#include "stores/CampaignStore.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace danhgia::ui {

class AppSession;
class CampaignDialog;
class CampaignParticipantsDialog;
class MessageBar;

// The campaigns of the database at a glance: criteria set, periods, a deadline per stage, and
// how many sheets stand in each workflow state (overdue ones flagged). Who sets up campaigns
// creates, edits and closes them here (CampaignDialog, through CampaignEditor), and chooses their
// participants and creates their sheets (CampaignParticipantsDialog).
class CampaignsView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsView(AppSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    MessageBar* messages() const { return m_messages; }
    // The dialogs while they are open (non-modal to the event loop: opened with open()).
    CampaignDialog* campaignDialog() const { return m_dialog; }
    CampaignParticipantsDialog* participantsDialog() const { return m_participantsDialog; }

public Q_SLOTS:
    void reload();
    void newCampaign();
    void editCampaign();
    void closeCampaign();
    void openParticipants();

Q_SIGNALS:
    // The user asked to see the sheets of a campaign.
    void campaignActivated(const QString& campaignCode);

private:
    void chooseApprovers();
    void updateApproversButton();
    QString selectedCode() const;
    void openDialog(const CampaignRecord* editing);
    void saveDialog();

    AppSession& m_session;
    QPushButton* m_approvers = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_participants = nullptr;
    QPushButton* m_close = nullptr;
    CampaignDialog* m_dialog = nullptr;
    CampaignParticipantsDialog* m_participantsDialog = nullptr;
    MessageBar* m_messages = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace danhgia::ui
