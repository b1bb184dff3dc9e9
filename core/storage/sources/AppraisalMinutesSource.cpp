#include "sources/AppraisalMinutesSource.h"

#include "database/Database.h"
#include "services/SheetEditor.h"
#include "sources/AppraisalReasonTrail.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<qint64> AppraisalMinutesSource::findSheet(QSqlDatabase& db, const QString& campaignCode,
                                                        const QString& subjectCode, const QString& period,
                                                        QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT s.id, s.period FROM score_sheets s JOIN campaigns c ON c.id = s.campaign_id "
                       "WHERE c.code = ? AND s.subject_code = ? ORDER BY s.period"));
    query.addBindValue(campaignCode);
    query.addBindValue(subjectCode);
    if (!query.exec()) {
        *error = tr("The score sheets cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<qint64> found;
    while (query.next()) {
        if (period.isEmpty() || query.value(1).toString() == period) {
            found.append(query.value(0).toLongLong());
        }
    }
    if (found.isEmpty()) {
        *error = period.isEmpty()
            ? tr("The campaign %1 has no score sheet of %2.").arg(campaignCode, subjectCode)
            : tr("The campaign %1 has no score sheet of %2 for the period %3.")
                  .arg(campaignCode, subjectCode, period);
        return std::nullopt;
    }
    if (found.size() > 1) {
        *error = tr("The campaign %1 has %2 score sheets of %3, one per period: give the period.")
                     .arg(campaignCode)
                     .arg(found.size())
                     .arg(subjectCode);
        return std::nullopt;
    }
    return found.first();
}

std::optional<QList<qint64>>
AppraisalMinutesSource::appraisedSheets(QSqlDatabase& db, const QString& campaignCode, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.id, s.id FROM campaigns c LEFT JOIN score_sheets s ON s.campaign_id = c.id AND EXISTS "
        "(SELECT 1 FROM sheet_values v WHERE v.sheet_id = s.id AND v.stage = 'appraised') WHERE c.code = ? "
        "ORDER BY s.subject_code, s.period"));
    query.addBindValue(campaignCode);
    if (!query.exec()) {
        *error = tr("The score sheets cannot be read: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    bool found = false;
    QList<qint64> ids;
    while (query.next()) {
        found = true;
        if (!query.value(1).isNull()) {
            ids.append(query.value(1).toLongLong());
        }
    }
    if (!found) {
        *error = tr("There is no campaign %1 in the database.").arg(campaignCode);
        return std::nullopt;
    }
    return ids;
}

std::optional<AppraisalMinutesInput> AppraisalMinutesSource::load(Database& db, qint64 sheetId,
                                                                  QString* error)
{
    SheetEditor editor(db);
    if (!editor.load(sheetId, error)) {
        return std::nullopt;
    }
    const QString period = editor.period();
    if (!editor.hasValues(Stage::Appraised)) {
        *error = tr("The score sheet of %1 (%2) has no appraisal yet: the appraisal minutes need the "
                    "appraised scores. Appraise the sheet first.")
                     .arg(editor.subject().name.isEmpty() ? editor.subject().id : editor.subject().name,
                          period.isEmpty() ? editor.campaignCode() : period);
        return std::nullopt;
    }
    AppraisalMinutesInput input;
    input.campaignCode = editor.campaignCode();
    input.set = editor.criteriaSet();
    input.self = editor.sheet(Stage::Self);
    input.appraised = editor.sheet(Stage::Appraised);
    input.selfBests = editor.relativeBests(Stage::Self);
    input.appraisedBests = editor.relativeBests(Stage::Appraised);
    QString detail;
    const auto recorded = AppraisalReasonTrail::load(db.connection(), sheetId, &detail);
    if (!recorded) {
        *error = tr("The reasons for the appraised scores cannot be read: %1").arg(detail);
        return std::nullopt;
    }
    for (const int leaf : input.set.leaves()) {
        const QString& code = input.set.node(leaf).code;
        const auto self = editor.value(Stage::Self, code);
        const auto appraised = editor.value(Stage::Appraised, code);
        QString reason = editor.changeReason(Stage::Appraised, code).trimmed();
        // A whole-stage change names every value it wrote; only a changed one takes its reason.
        if (reason.isEmpty() && !SheetEditor::sameValue(self, appraised)) {
            reason = recorded->value(code);
        }
        if (!reason.isEmpty()) {
            input.reasons.insert(code, reason);
        }
    }
    return input;
}

} // namespace danhgia
