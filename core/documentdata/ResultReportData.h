#pragma once

#include "criteria/Grade.h"
#include "numbers/Decimal.h"
#include "results/QuotaRule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// A top-level criterion whose points get a column of their own in the results table.
struct ResultReportPart
{
    QString code;
    QString title;
    Decimal max;
};

// One subject of the report: a person (their position and unit) or a unit.
struct ResultReportRow
{
    QString subjectCode;
    QString name;
    QString position; // empty for a unit
    QString unitName; // the person's unit; empty for a unit
    QString taskGroup; // the sheet's group (nhóm có nhiệm vụ tương đồng)
    // Per part, in the order of ResultReportData::parts; empty when nothing of the part applies.
    QList<std::optional<Decimal>> partPoints;
    Decimal total;
    Decimal max;
    Decimal index;
    bool complete = true;
    int rank = 0; // among the rows of the report
    QString ruleGrade; // by the rules, the quota of the task group included; empty: none
    QString grade; // what is printed: the grade decided for the subject, else ruleGrade
    QuotaStatus quota = QuotaStatus::NotProposed;
    bool overridden = false; // the decided grade is an override (with its reason and approver)
    QString reason;
    QString approver;
};

// The quota figures of one task group, counted over the whole group of the campaign (the quota
// applies to the group, whichever unit its people belong to).
struct ResultReportQuotaGroup
{
    QString taskGroup;
    int proposed = 0; // whose index proposes the quota grade
    std::optional<int> allowed; // how many may keep it
    int kept = 0; // who have it, decisions included
    int demoted = 0; // dropped to the next grade by the quota and not decided otherwise
    int tied = 0; // tied at the quota boundary
};

// The quota figures of one scope (an agency × a task group, as the set's QuotaRule::per names):
// the counts of the core's rule, and the ceiling in force.
struct ResultReportQuotaScope
{
    QString unitName; // empty when the quota is not counted per agency
    QString taskGroup;
    int counted = 0; // graded in the quota's base (e.g. HTTNV) once the quota is applied
    int allowed = 0; // k
    int proposed = 0;
    int kept = 0; // within the quota by the rule (decisions are in the overrides)
    int demoted = 0;
    int tied = 0;
    Decimal percent; // the share in force, in percent
    QString decisionNumber; // of a raised ceiling; empty: the set's share
    QDate decisionDate;
};

// What the result report and the recognition decision print, read from the database by
// ResultReportSource: plain data, so the documents compose without a database.
struct ResultReportData
{
    QString campaignCode;
    QString campaignTitle;
    QString unitCode; // empty: the whole campaign
    QString unitName;
    bool subjectsArePeople = true; // false: the subjects are units (an index of agencies)
    QStringList periods; // the periods whose mean the points are (one period: not averaged)
    int decimals = 2;
    QList<Grade> grades; // highest first
    std::optional<QuotaRule> quota;
    QList<ResultReportPart> parts;
    QList<ResultReportRow> rows; // by rank
    QList<ResultReportQuotaGroup> quotaGroups; // the task groups of the rows
    QList<ResultReportQuotaScope> quotaScopes; // when the quota is counted per agency: its scopes

    QString gradeTitle(const QString& code) const
    {
        for (const Grade& grade : grades) {
            if (grade.code == code) {
                return grade.title;
            }
        }
        return code;
    }
};

} // namespace danhgia
