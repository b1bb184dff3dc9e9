#include "stores/ClassificationStore.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "queries/CampaignResults.h"
#include "results/GradeOverride.h"
#include "scoring/ScoringEngine.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/SheetStore.h"
#include "workflow/RecordPermissions.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

std::optional<ClassificationStore::Classification>
ClassificationStore::classify(QSqlDatabase& db, const QString& campaignCode, QString* error)
{
    auto inputs = CampaignResults::load(db, campaignCode, error);
    if (!inputs) {
        return std::nullopt;
    }
    QMap<QString, QList<ScoreSheet>> byGroup;
    QSet<QString> periods;
    for (const ScoreSheet& sheet : inputs->sheets) {
        byGroup[sheet.subject.group].append(sheet);
        periods.insert(sheet.period.value_or(QString()));
    }
    Classification classification{std::move(inputs->set), {}};
    const ScoringEngine engine(classification.set);
    const bool aggregate = periods.size() > 1;
    for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
        QList<ScoringEngine::SheetIssue> issues;
        const auto result = engine.score(it.value(), aggregate, &issues);
        if (!result) {
            *error = CampaignResults::describe(it.value(), issues);
            return std::nullopt;
        }
        classification.groups.append({it.key(), *result});
    }
    return classification;
}

bool ClassificationStore::decide(Database& db, const QString& campaignCode, const QString& subjectCode,
                                 const QString& grade, const QString& reason, const QString& approver,
                                 Role role, const QString& actor, QString* error)
{
    return db.transaction(
        [&](QString* e) {
            const auto campaign = CampaignStore::find(db.connection(), campaignCode, e);
            if (!campaign) {
                return false;
            }
            const QString refused
                = RecordPermissions::refusal(RecordKind::GradeDecision, role, campaign->policy());
            if (!refused.isEmpty()) {
                *e = refused;
                return false;
            }
            const auto classification = classify(db.connection(), campaignCode, e);
            if (!classification) {
                return false;
            }
            const CriteriaSet& set = classification->set;
            if (set.gradeIndex(grade) < 0) {
                *e = tr("\"%1\" is not a grade of the criteria set %2").arg(grade, set.id);
                return false;
            }
            const SubjectResult* found = nullptr;
            for (const Group& group : classification->groups) {
                for (const SubjectResult& r : group.result.results) {
                    if (r.subjectId == subjectCode) {
                        found = &r;
                    }
                }
            }
            if (!found) {
                *e = tr("%1 has no score sheet in the campaign %2").arg(subjectCode, campaignCode);
                return false;
            }
            const QString unjustified
                = GradeOverride::refusal(subjectCode, found->grade, found->quota, grade, reason, approver);
            if (!unjustified.isEmpty()) {
                *e = unjustified;
                return false;
            }
            const bool isOverride = GradeOverride::isOverride(found->grade, found->quota, grade);
            return SyncedTable::upsert(db.connection(), QStringLiteral("grade_decisions"),
                                       {{QStringLiteral("campaign_id"), campaign->id},
                                        {QStringLiteral("subject_code"), subjectCode}},
                                       {{QStringLiteral("grade"), grade},
                                        {QStringLiteral("computed_grade"), found->grade},
                                        {QStringLiteral("is_override"), isOverride ? 1 : 0},
                                        {QStringLiteral("reason"), reason.trimmed()},
                                        {QStringLiteral("approver"), approver.trimmed()}},
                                       actor, reason.trimmed(), e)
                .has_value();
        },
        error);
}

std::optional<QStringList> ClassificationStore::overdueCampaigns(QSqlDatabase& db, const QDate& today,
                                                                 QString* error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT c.code FROM campaigns c JOIN score_sheets s ON s.campaign_id = c.id "
                       "WHERE COALESCE(c.classification_deadline, c.appraisal_deadline, c.self_deadline) < ? "
                       "AND s.state NOT IN ('approved', 'published') ORDER BY c.code"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec()) {
        *error = tr("cannot read the campaigns: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList codes;
    while (query.next()) {
        codes.append(query.value(0).toString());
    }
    return codes;
}

} // namespace danhgia
