#pragma once

#include "criteria/CriteriaSet.h"
#include "results/QuotaCeiling.h"
#include "results/SubjectResult.h"

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

class Database;

// Classification of a campaign's subjects, scored together by the same engine as `danhgia-cli
// score`: the quota is counted per the scopes the set names (QuotaRule::per, Decree 335: within
// each agency and each group with similar tasks; a set that names none counts it within each task
// group), with the raised ceilings recorded for units (QuotaCeilingStore). The grade decided for
// each subject is recorded. A subject above the quota keeps the quota grade, and a tie at the quota
// boundary is settled, only by a recorded override with a reason and the approver's name.
class ClassificationStore
{
    Q_DECLARE_TR_FUNCTIONS(ClassificationStore)

public:
    // The subjects of one task group, with the quota scopes of that group (quotaAllowed is set
    // when the quota is counted per task group only).
    struct Group
    {
        QString taskGroup;
        ScoringResult result;
    };
    struct Classification
    {
        CriteriaSet set; // its quota's `per` as applied (["group"] when the set named none)
        ScoringResult result; // every subject, with every scope of the quota
        QList<Group> groups; // the same results by task group, in the order of the groups' names
        QList<QuotaCeiling> ceilings; // the raised ceilings in force
    };

    // Scores the campaign's sheets together (the year aggregate when the campaign has sheets of
    // several periods).
    static std::optional<Classification> classify(QSqlDatabase& db, const QString& campaignCode,
                                                  QString* error);

    // Records the grade of one subject, by a role that approves the campaign's sheets
    // (RecordPermissions::GradeDecision under its ApprovalPolicy). Returns false with a message when the
    // grade needs an override that lacks a reason or an approver, or the grade is not one of the set.
    static bool decide(Database& db, const QString& campaignCode, const QString& subjectCode,
                       const QString& grade, const QString& reason, const QString& approver, Role role,
                       const QString& actor, QString* error);

    // Campaign codes whose deadline has passed (before `today`) while some sheet is not approved.
    static std::optional<QStringList> overdueCampaigns(QSqlDatabase& db, const QDate& today, QString* error);
};

} // namespace danhgia
