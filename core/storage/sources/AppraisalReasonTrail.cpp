#include "sources/AppraisalReasonTrail.h"

#include "sync/AdoptedRows.h"
#include "workflow/Stage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

QJsonObject parse(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

bool isAppraised(const QJsonObject& change)
{
    return Stages::fromName(change.value(QStringLiteral("stage")).toString()) == Stage::Appraised;
}

// A whole stage saved at once ({"stage", "values"}): each value that differs from before.
void wholeStage(const QJsonObject& before, const QJsonObject& after, const QString& reason,
                QHash<QString, QString>* reasons)
{
    const QJsonObject old
        = isAppraised(before) ? before.value(QStringLiteral("values")).toObject() : QJsonObject();
    const QJsonObject values = after.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (old.value(it.key()) != it.value()) {
            reasons->insert(it.key(), reason);
        }
    }
}

} // namespace

std::optional<QHash<QString, QString>> AppraisalReasonTrail::load(QSqlDatabase& db, qint64 sheetId,
                                                                  QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.old_value, a.new_value, a.reason FROM score_sheets s JOIN audit_log a "
                       "ON a.entity = 'score_sheets' AND a.entity_uuid IN %1 WHERE s.id = ? ORDER BY a.id")
            .arg(AdoptedRows::auditUuids(QStringLiteral("score_sheets"), QStringLiteral("s.uuid"))));
    query.addBindValue(sheetId);
    if (!query.exec()) {
        *error = tr("cannot read the audit trail: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QHash<QString, QString> reasons;
    while (query.next()) {
        const QJsonObject before = parse(query.value(0).toString());
        const QJsonObject after = parse(query.value(1).toString());
        if (!isAppraised(after)) {
            continue;
        }
        const QString code = after.value(QStringLiteral("code")).toString();
        if (code.isEmpty()) {
            const QString reason = query.value(2).toString().trimmed();
            if (!reason.isEmpty()) {
                wholeStage(before, after, reason, &reasons);
            }
            continue;
        }
        // One value written by the sheet form: its own reason, else the change's.
        QString reason = after.value(QStringLiteral("change_reason")).toString().trimmed();
        if (reason.isEmpty()) {
            reason = query.value(2).toString().trimmed();
        }
        if (!reason.isEmpty()
            && before.value(QStringLiteral("value")) != after.value(QStringLiteral("value"))) {
            reasons.insert(code, reason);
        }
    }
    return reasons;
}

} // namespace danhgia
