#include "queries/SurveyListings.h"

#include "stores/SurveyStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<QList<SurveyListItem>> SurveyListings::surveys(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT s.id, c.code, s.title, s.criterion_code, s.planned_sample, "
            "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) "
            "FROM surveys s JOIN campaigns c ON c.id = s.campaign_id ORDER BY c.code, s.title, s.id"))) {
        *error = tr("cannot read the list of surveys: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SurveyListItem> surveys;
    while (query.next()) {
        surveys.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt()});
    }
    return surveys;
}

std::optional<QList<SurveyResponseRecord>> SurveyListings::responses(QSqlDatabase& db, qint64 surveyId,
                                                                     const QString& unitCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT r.id, u.code, r.answers FROM survey_responses r "
                                 "LEFT JOIN units u ON u.id = r.unit_id "
                                 "WHERE r.survey_id = ? AND COALESCE(u.code, '') = ? ORDER BY r.id"));
    query.addBindValue(surveyId);
    query.addBindValue(unitCode.trimmed());
    if (!query.exec()) {
        *error = SurveyStore::tr("cannot read the questionnaires: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<SurveyResponseRecord> responses;
    while (query.next()) {
        responses.append({query.value(0).toLongLong(), query.value(1).toString(),
                          SurveyStore::answersFromJson(query.value(2).toString())});
    }
    return responses;
}

std::optional<QList<QPair<QString, QString>>>
SurveyListings::campaignUnits(QSqlDatabase& db, const QString& campaignCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT u.code, u.name FROM score_sheets s "
                       "JOIN campaigns c ON c.id = s.campaign_id JOIN units u ON u.code = s.subject_code "
                       "WHERE c.code = ? ORDER BY u.code"));
    query.addBindValue(campaignCode);
    if (!query.exec()) {
        *error
            = tr("cannot read the units of the campaign %1: %2").arg(campaignCode, query.lastError().text());
        return std::nullopt;
    }
    QList<QPair<QString, QString>> units;
    while (query.next()) {
        units.append({query.value(0).toString(), query.value(1).toString()});
    }
    return units;
}

} // namespace danhgia
