#include "stores/CouncilExaminationStore.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "workflow/RecordPermissions.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<CouncilExamination> CouncilExaminationStore::load(QSqlDatabase& db, qint64 councilId,
                                                                QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT document FROM council_examinations WHERE council_id = ?"));
    query.addBindValue(councilId);
    if (!query.exec()) {
        *error = tr("cannot read the examinations of the councils: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        return CouncilExamination();
    }
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    QString detail;
    auto exam = json.isObject() ? CouncilExamination::fromJson(json.object(), &detail) : std::nullopt;
    if (!exam) {
        *error = tr("the examination of council session %1 is damaged (%2)").arg(councilId).arg(detail);
    }
    return exam;
}

std::optional<qint64> CouncilExaminationStore::save(Database& db, const CouncilRecord& council,
                                                    const CouncilExamination& examination, Role role,
                                                    const QString& actor, QString* error)
{
    const QString refused = RecordPermissions::refusal(RecordKind::CouncilSetup, role);
    if (!refused.isEmpty()) {
        *error = refused;
        return std::nullopt;
    }
    const QStringList problems = examination.problems(council.session);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool done = db.transaction(
        [&](QString* e) {
            const auto saved = CouncilStore::save(db, council, role, actor, e);
            if (!saved) {
                return false;
            }
            id = *saved;
            const QString text
                = QString::fromUtf8(QJsonDocument(examination.toJson()).toJson(QJsonDocument::Compact));
            return SyncedTable::upsert(db.connection(), QStringLiteral("council_examinations"),
                                       {{QStringLiteral("council_id"), id}},
                                       {{QStringLiteral("document"), text}}, actor, QString(), e)
                .has_value();
        },
        error);
    return done ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace danhgia
