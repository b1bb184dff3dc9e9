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

// The subjects of one task group, with the quota counted over the whole group.
struct ClassifiedGroup
{
    QString taskGroup;
    std::optional<int> quotaAllowed; // how many may keep the quota grade; empty without a quota
    int proposed = 0; // how many the index proposes for the quota grade (in the whole group)
    QList<ClassifiedSubject> subjects; // by rank; only those of the chosen unit
};

// Classification of a campaign seen from one unit: ClassificationStore's result per task group
// (the quota applies to the whole group, whatever the units), the subjects narrowed to the unit,
// each with the grade decided for it when there is one.
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
