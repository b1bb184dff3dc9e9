#pragma once

#include "workflow/ApprovalPolicy.h"
#include "workflow/CampaignDeadlines.h"
#include "workflow/Role.h"
#include "workflow/SheetState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace danhgia {

// One score sheet as a work list shows it: where it belongs, where it stands, and whether its
// campaign's deadline for a stage it has not done yet has passed (CampaignDeadlines).
struct SheetQueueItem
{
    qint64 sheetId = 0;
    QString campaignCode;
    QString campaignTitle;
    QString subjectCode;
    QString subjectName;
    // The unit of the subject: the person's unit (people.unit_id), or the subject itself when it
    // is a unit. Empty when the catalogue does not know the subject.
    QString unitCode;
    QString unitName;
    QString taskGroup; // the sheet's group, else the person's task group
    QString period;
    SheetState state = SheetState::Draft;
    CampaignDeadlines deadlines; // the campaign's, per stage
    CampaignDeadlines::SheetProgress progress; // its state and when it was submitted, appraised, approved
    // The deadline the sheet is measured against now (CampaignDeadlines::dueFor); invalid: none.
    QDate deadline;
    QList<DeadlineStage> overdueStages; // the stages it is late for (not done, deadline passed)
    bool overdue = false; // late for some stage
    QDateTime lastChange; // UTC
    QString searchKey; // VietnameseText::searchKey of the texts a user searches by
    ApprovalPolicy policy; // who approves the sheets of its campaign
};

// What a list of sheets is narrowed to; every empty field lets everything through.
struct SheetQueueFilter
{
    std::optional<Role> waitingFor; // only the sheets waiting for this role (see SheetQueue::waitsFor)
    QString campaignCode;
    QString unitCode;
    std::optional<SheetState> state;
    bool overdueOnly = false;
    // Typed with or without diacritics; matched against codes, names, unit, task group, campaign.
    QString search;
};

// The work lists of score sheets (the approval queue). Which sheets wait for a role is derived
// from SheetWorkflow under the policy of each sheet's campaign: a sheet waits for a role when that
// role may move it forward (an action whose target state comes later in the workflow: submit,
// appraise, approve) from the state it is in. An approved sheet waits for the administrator alone,
// who publishes. Returning and reopening are open to roles too, but do not make them wait.
class SheetQueue
{
    Q_DECLARE_TR_FUNCTIONS(SheetQueue)

public:
    // The states in which sheets wait for `role`, in workflow order.
    static QList<SheetState> waitingStates(Role role, const ApprovalPolicy& policy);
    static bool waitsFor(SheetState state, Role role, const ApprovalPolicy& policy);

    // The sheets that pass `filter`, by campaign, subject and period. `today` decides overdue.
    static std::optional<QList<SheetQueueItem>> list(QSqlDatabase& db, const SheetQueueFilter& filter,
                                                     const QDate& today, QString* error);
    // One sheet; nothing with `error` set when it is not in the database.
    static std::optional<SheetQueueItem> find(QSqlDatabase& db, qint64 sheetId, const QDate& today,
                                              QString* error);

    // Whether an item passes the filter (the same test list() makes, for views that filter
    // loaded items). `searchKey` is VietnameseText::searchKey(filter.search), computed once.
    static bool accepts(const SheetQueueItem& item, const SheetQueueFilter& filter, const QString& searchKey);

private:
    static std::optional<QList<SheetQueueItem>> query(QSqlDatabase& db, const QString& where,
                                                      const QVariantList& bound, const QDate& today,
                                                      QString* error);
};

} // namespace danhgia
