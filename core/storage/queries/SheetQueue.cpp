#include "queries/SheetQueue.h"

#include "stores/CampaignStore.h"
#include "sync/AdoptedRows.h"
#include "text/VietnameseText.h"
#include "workflow/SheetWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace danhgia {

namespace {

// When a sheet was last submitted, appraised and approved comes from the audit trail (indexed by
// entity and action, schema 4), under the sheet's UUID and the ones it had before a link (AdoptedRows): the
// rules decide with it which stage is late. The unit comes from the catalogue: the person's unit, or the unit
// whose code is the subject's when the sheet assesses a unit. The task group is the sheet's, else the
// person's.
const char* const SelectItems
    = "SELECT s.id, c.code, c.title, s.subject_code, s.subject_name, COALESCE(pu.code, su.code, ''), "
      "COALESCE(pu.name, su.name, ''), CASE WHEN s.subject_group <> '' THEN s.subject_group "
      "ELSE COALESCE(p.task_group, '') END, s.period, s.state, COALESCE(c.self_deadline, ''), s.updated_at, "
      "c.kind, c.approvers, COALESCE(c.appraisal_deadline, ''), COALESCE(c.classification_deadline, ''), "
      "(SELECT MAX(a.at) FROM audit_log a WHERE a.entity_uuid IN %1 AND a.action = 'submit'), "
      "(SELECT MAX(a.at) FROM audit_log a WHERE a.entity_uuid IN %1 AND a.action = 'appraise'), "
      "(SELECT MAX(a.at) FROM audit_log a WHERE a.entity_uuid IN %1 AND a.action = 'approve') "
      "FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
      "LEFT JOIN people p ON p.code = s.subject_code "
      "LEFT JOIN units pu ON pu.id = p.unit_id "
      "LEFT JOIN units su ON su.code = s.subject_code AND p.id IS NULL ";

int stateOrder(SheetState state)
{
    return static_cast<int>(SheetStates::all().indexOf(state));
}

QString searchKeyOf(const SheetQueueItem& item)
{
    QStringList keys;
    for (const QString* text : {&item.subjectCode, &item.subjectName, &item.unitCode, &item.unitName,
                                &item.taskGroup, &item.campaignCode, &item.campaignTitle, &item.period}) {
        if (!text->isEmpty()) {
            keys.append(VietnameseText::searchKey(*text));
        }
    }
    // A separator no key contains, so that a query never matches across two fields.
    return keys.join(QLatin1String(" | "));
}

} // namespace

QList<SheetState> SheetQueue::waitingStates(Role role, const ApprovalPolicy& policy)
{
    QList<SheetState> states;
    for (const SheetState state : SheetStates::all()) {
        if (waitsFor(state, role, policy)) {
            states.append(state);
        }
    }
    return states;
}

bool SheetQueue::waitsFor(SheetState state, Role role, const ApprovalPolicy& policy)
{
    for (const SheetWorkflow::Transition& transition : SheetWorkflow::transitions(policy)) {
        if (transition.from != state || !transition.roles.contains(role)
            || stateOrder(transition.to) <= stateOrder(transition.from)) {
            continue;
        }
        // An approved sheet waits for its publication by the administrator only: the approvers
        // may publish it too, but it no longer waits for their decision.
        if (transition.action == WorkflowAction::Publish && role != Role::Administrator) {
            continue;
        }
        return true;
    }
    return false;
}

std::optional<QList<SheetQueueItem>> SheetQueue::list(QSqlDatabase& db, const SheetQueueFilter& filter,
                                                      const QDate& today, QString* error)
{
    // The campaign and the states narrow the query itself; the rest is tested on each item.
    QStringList conditions;
    QVariantList bound;
    if (!filter.campaignCode.isEmpty()) {
        conditions.append(QStringLiteral("c.code = ?"));
        bound.append(filter.campaignCode);
    }
    if (filter.state) {
        // Whether a sheet waits for a role depends on its campaign's policy: tested on each item.
        conditions.append(QStringLiteral("s.state = ?"));
        bound.append(SheetStates::name(*filter.state));
    }
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "));
    auto items = query(db, where, bound, today, error);
    if (!items) {
        return std::nullopt;
    }
    const QString key = VietnameseText::searchKey(filter.search);
    QList<SheetQueueItem> accepted;
    accepted.reserve(items->size());
    for (SheetQueueItem& item : *items) {
        if (accepts(item, filter, key)) {
            accepted.append(std::move(item));
        }
    }
    return accepted;
}

std::optional<SheetQueueItem> SheetQueue::find(QSqlDatabase& db, qint64 sheetId, const QDate& today,
                                               QString* error)
{
    const auto items = query(db, QStringLiteral("WHERE s.id = ?"), {sheetId}, today, error);
    if (!items) {
        return std::nullopt;
    }
    if (items->isEmpty()) {
        *error = tr("the score sheet %1 is not in the database").arg(sheetId);
        return std::nullopt;
    }
    return items->first();
}

bool SheetQueue::accepts(const SheetQueueItem& item, const SheetQueueFilter& filter, const QString& searchKey)
{
    if (filter.waitingFor && !waitsFor(item.state, *filter.waitingFor, item.policy)) {
        return false;
    }
    if (filter.state && item.state != *filter.state) {
        return false;
    }
    if (!filter.campaignCode.isEmpty() && item.campaignCode != filter.campaignCode) {
        return false;
    }
    if (!filter.unitCode.isEmpty() && item.unitCode != filter.unitCode) {
        return false;
    }
    if (filter.overdueOnly && !item.overdue) {
        return false;
    }
    return searchKey.isEmpty() || item.searchKey.contains(searchKey);
}

std::optional<QList<SheetQueueItem>> SheetQueue::query(QSqlDatabase& db, const QString& where,
                                                       const QVariantList& bound, const QDate& today,
                                                       QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(SelectItems)
                      .arg(AdoptedRows::auditUuids(QStringLiteral("score_sheets"), QStringLiteral("s.uuid")))
                  + where + QStringLiteral(" ORDER BY c.code, s.subject_code, s.period"));
    for (const QVariant& value : bound) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = tr("cannot read the score sheets: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SheetQueueItem> items;
    while (query.next()) {
        SheetQueueItem item;
        item.sheetId = query.value(0).toLongLong();
        item.campaignCode = query.value(1).toString();
        item.campaignTitle = query.value(2).toString();
        item.subjectCode = query.value(3).toString();
        item.subjectName = query.value(4).toString();
        item.unitCode = query.value(5).toString();
        item.unitName = query.value(6).toString();
        item.taskGroup = query.value(7).toString();
        item.period = query.value(8).toString();
        const auto state = SheetStates::fromName(query.value(9).toString());
        if (!state) {
            *error = tr("the score sheet %1 has an unknown state \"%2\"")
                         .arg(item.sheetId)
                         .arg(query.value(9).toString());
            return std::nullopt;
        }
        item.state = *state;
        item.deadlines.selfAssessment = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        item.deadlines.appraisal = QDate::fromString(query.value(14).toString(), Qt::ISODate);
        item.deadlines.classification = QDate::fromString(query.value(15).toString(), Qt::ISODate);
        item.progress.state = item.state;
        item.progress.submittedAt = QDateTime::fromString(query.value(16).toString(), Qt::ISODateWithMs);
        item.progress.appraisedAt = QDateTime::fromString(query.value(17).toString(), Qt::ISODateWithMs);
        item.progress.approvedAt = QDateTime::fromString(query.value(18).toString(), Qt::ISODateWithMs);
        item.overdueStages = item.deadlines.overdueStages(item.progress, today);
        item.overdue = !item.overdueStages.isEmpty();
        item.deadline = item.deadlines.dueFor(item.progress, today);
        item.lastChange = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        CampaignRecord campaign;
        campaign.kind = query.value(12).toString();
        campaign.approvers = query.value(13).toString();
        item.policy = campaign.policy();
        item.searchKey = searchKeyOf(item);
        items.append(std::move(item));
    }
    return items;
}

} // namespace danhgia
