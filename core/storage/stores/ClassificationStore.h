#pragma once

#include "criteria/CriteriaSet.h"
#include "results/SubjectResult.h"

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

class Database;

// Classification of a campaign's subjects: the quota applies within each task group (nhóm có
// nhiệm vụ tương đồng, the sheets' subject group), and the grade decided for each subject is
// recorded. A subject above the quota keeps the quota grade, and a tie at the quota boundary is
// settled, only by a recorded override with a reason and the approver's name.
class ClassificationStore
{
    Q_DECLARE_TR_FUNCTIONS(ClassificationStore)

public:
    struct Group
    {
        QString taskGroup;
        ScoringResult result;
    };
    struct Classification
    {
        CriteriaSet set;
        QList<Group> groups;
    };

    // Scores each task group of the campaign separately (the year aggregate when the campaign
    // has sheets of several periods).
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
