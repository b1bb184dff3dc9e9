#pragma once

#include "criteria/CriteriaSet.h"
#include "numbers/Decimal.h"
#include "results/QuotaRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// A grade recorded for a subject (table grade_decisions).
struct GradeDecision
{
    QString grade;
    QString computedGrade; // what the rules gave when it was decided
    bool isOverride = false;
    QString reason;
    QString approver;
    QDateTime at; // UTC
};

// One subject as the classification screen lists it.
struct ClassifiedSubject
{
    QString subjectCode;
    QString subjectName;
    QString unitCode;
    QString unitName;
    Decimal total;
    Decimal max;
    Decimal index;
    bool complete = true;
    QStringList flags;
    int rank = 0;
    QString grade; // by the rules, the quota included (a subject above the quota has the lower grade)
    QuotaStatus quota = QuotaStatus::NotProposed;
    std::optional<GradeDecision> decision;
};

// The subjects of one task group.
struct ClassifiedGroup
{
    QString taskGroup;
    std::optional<int> quotaAllowed; // k when the quota is counted per task group only
    int proposed = 0; // how many the index proposes for the quota grade (in the whole group)
    QList<ClassifiedSubject> subjects; // by rank; only those of the chosen unit
};

// One scope of the quota (an agency × a task group, or whatever the set's `per` names) as the
// classification screen and the report list it.
struct ClassifiedScope
{
    QString unitCode; // empty when the quota is not counted per unit (or the subjects have none)
    QString unitName;
    QString taskGroup;
    QuotaRule::Scope scope; // k, the ratio or raised ceiling in force, the counts
};

// Classification of a campaign seen from one unit: ClassificationStore's result per task group
// (the quota counted per agency and task group, as the set says), the subjects narrowed to the
// unit, each with the grade decided for it when there is one, and the scopes of the quota.
class UnitClassification
{
    Q_DECLARE_TR_FUNCTIONS(UnitClassification)

public:
    // A campaign or a unit to choose from.
    struct Choice
    {
        QString code;
        QString title;
    };
    struct Result
    {
        CriteriaSet set;
        QList<ClassifiedGroup> groups; // groups without a subject of the unit are left out
        QList<Choice> units; // every unit with a subject in the campaign, by name
        QList<ClassifiedScope> scopes; // the scopes of the quota (of the unit, when one is chosen)
        QList<QuotaCeiling> ceilings; // the raised ceilings in force in the campaign
    };

    // `unitCode` empty: every subject of the campaign.
    static std::optional<Result> load(QSqlDatabase& db, const QString& campaignCode, const QString& unitCode,
                                      QString* error);

    // The campaigns that have score sheets, by code.
    static std::optional<QList<Choice>> campaigns(QSqlDatabase& db, QString* error);

    // The decisions recorded for a campaign, by subject code.
    static std::optional<QHash<QString, GradeDecision>>
    decisions(QSqlDatabase& db, const QString& campaignCode, QString* error);
};

} // namespace danhgia
