#include "stores/SheetContextStore.h"

#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<SheetContext> SheetContextStore::load(QSqlDatabase& db, qint64 sheetId, QString* error,
                                                    QHash<qint64, CriteriaSet>* sets)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT s.uuid, s.subject_code, s.subject_name, s.subject_group, s.period, "
                                 "s.state, s.flags, %1, %2 FROM score_sheets s JOIN campaigns c ON c.id = "
                                 "s.campaign_id %3WHERE s.id = ?")
                      .arg(QLatin1String(SheetStore::SubjectUnitColumn),
                           CampaignStore::recordColumns(QStringLiteral("c")),
                           QLatin1String(SheetStore::SubjectUnitJoins)));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = tr("cannot read the score sheet %1: %2").arg(sheetId).arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("the score sheet %1 is not in the database").arg(sheetId);
        return std::nullopt;
    }
    const auto state = SheetStates::fromName(query.value(5).toString());
    if (!state) {
        *error = tr("the score sheet %1 has an unknown state \"%2\"")
                     .arg(sheetId)
                     .arg(query.value(5).toString());
        return std::nullopt;
    }
    SheetContext context;
    context.sheetId = sheetId;
    context.uuid = query.value(0).toString();
    context.subject = {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                       query.value(7).toString()};
    const QString period = query.value(4).toString();
    context.period = period.isEmpty() ? std::nullopt : std::optional<QString>(period);
    context.state = *state;
    context.flags = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).toVariant().toStringList();
    context.campaign = CampaignStore::recordAt(query, 8);
    const qint64 setRow = context.campaign.criteriaSetRowId;
    if (sets && sets->contains(setRow)) {
        context.criteriaSet = sets->value(setRow);
        return context;
    }
    QString detail;
    auto set = CriteriaSetStore::load(db, setRow, &detail);
    if (!set) {
        *error = tr("cannot read the criteria set of the score sheet %1: %2").arg(sheetId).arg(detail);
        return std::nullopt;
    }
    if (sets) {
        sets->insert(setRow, *set);
    }
    context.criteriaSet = std::move(*set);
    return context;
}

} // namespace danhgia
