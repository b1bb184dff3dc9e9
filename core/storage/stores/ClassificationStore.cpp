#include "stores/ClassificationStore.h"

#include "database/Database.h"
#include "database/SyncedTable.h"
#include "queries/CampaignResults.h"
#include "results/GradeOverride.h"
#include "scoring/ScoringEngine.h"
#include "stores/CampaignStore.h"
#include "stores/CriteriaSetStore.h"
#include "stores/QuotaCeilingStore.h"
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
    auto ceilings = QuotaCeilingStore::list(db, campaignCode, error);
    if (!ceilings) {
        return std::nullopt;
    }
    Classification classification{std::move(inputs->set), {}, {}, std::move(*ceilings)};
    CriteriaSet& set = classification.set;
    if (set.quota && set.quota->per.isEmpty()) {
        // A set that does not say how the quota is divided: within each task group.
        set.quota->per = {QStringLiteral("group")};
    }
    QSet<QString> periods;
    for (const ScoreSheet& sheet : inputs->sheets) {
        periods.insert(sheet.period.value_or(QString()));
    }
    ScoringEngine engine(set);
    engine.setQuotaCeilings(classification.ceilings);
    QList<ScoringEngine::SheetIssue> issues;
    const auto result = engine.score(inputs->sheets, periods.size() > 1, &issues);
    if (!result) {
        *error = CampaignResults::describe(inputs->sheets, issues);
        return std::nullopt;
    }
    classification.result = *result;

    // The same results by task group, each with the scopes of its group.
    QMap<QString, Group> byGroup;
    for (const SubjectResult& r : result->results) {
        Group& group = byGroup[r.group];
        group.taskGroup = r.group;
        group.result.results.append(r);
    }
    const auto groupField = set.quota ? set.quota->per.indexOf(QStringLiteral("group")) : -1;
    const bool perGroupOnly = set.quota && set.quota->per == QStringList{QStringLiteral("group")};
    for (const QuotaRule::Scope& scope : result->quotaScopes) {
        if (groupField < 0 || groupField >= scope.values.size()
            || !byGroup.contains(scope.values[groupField])) {
            continue;
        }
        Group& group = byGroup[scope.values[groupField]];
        group.result.quotaScopes.append(scope);
        if (perGroupOnly) {
            group.result.quotaAllowed = scope.allowed;
        }
    }
    classification.groups = byGroup.values();
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
