#pragma once

#include "workflow/SheetState.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// The stages of a campaign that have a deadline of their own, in the order they are reached.
enum class DeadlineStage
{
    SelfAssessment, // tự đánh giá: the sheet is submitted
    Appraisal, // thẩm định: the sheet is appraised
    Classification, // xếp loại: the sheet is approved (the grade decided)
};

// Where a sheet stands against the deadline of one stage.
enum class DeadlineStatus
{
    NoDeadline, // the campaign sets none for the stage
    Open, // the stage is not done and its deadline has not passed
    Overdue, // the stage is not done and its deadline has passed
    OnTime, // the stage was done on or before its deadline (or when, is unknown)
    Late, // the stage was done after its deadline
};

// The deadlines of a campaign, one per stage (an invalid date: none). A sheet is late only for
// the stage the deadline is for: its self-assessment is done once it is submitted, its appraisal
// once appraised, its classification once approved; a sheet submitted before the self-assessment
// deadline is not late for it, whatever the other deadlines. Classification is done by 15 December
// of the campaign's year, or by 15 January of the next year for the units on a special calendar
// (Decree 335/2025, Art. 21): that is the default, which the officer may change.
class CampaignDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDeadlines)

public:
    // When a sheet reached each stage (UTC; invalid when unknown or not reached) and its state.
    struct SheetProgress
    {
        SheetState state = SheetState::Draft;
        QDateTime submittedAt;
        QDateTime appraisedAt;
        QDateTime approvedAt;
    };

    QDate selfAssessment;
    QDate appraisal;
    QDate classification;

    static QList<DeadlineStage> stages();
    static QString stageName(DeadlineStage stage); // "self", "appraisal", "classification"
    static std::optional<DeadlineStage> stageFromName(const QString& name);
    static QString stageTitle(DeadlineStage stage); // translated

    QDate deadline(DeadlineStage stage) const;
    void setDeadline(DeadlineStage stage, const QDate& date);
    bool isEmpty() const;
    // The latest deadline set (invalid when none): when the campaign as a whole is late.
    QDate last() const;

    // 15 December of `year`, or 15 January of the next year for a special calendar.
    static QDate defaultClassification(int year, bool specialCalendar);
    // The year a campaign's periods belong to ("2026", "2026-03", "2026-Q1", "2026-H1": 2026), the
    // latest one when they differ; 0 when no period starts with a year.
    static int yearOfPeriods(const QStringList& periods);

    // Empty when the deadlines are in the order of the stages, else what is wrong, in words.
    QString problem() const;
    // A date typed as YYYY-MM-DD or DD/MM/YYYY; nothing, with `error` naming `what`, otherwise.
    static std::optional<QDate> parseDate(const QString& text, const QString& what, QString* error);

    // Where a sheet stands against the deadline of `stage` on `today` (a local date; the times
    // of `progress` are compared in local time).
    DeadlineStatus status(DeadlineStage stage, const SheetProgress& progress, const QDate& today) const;
    bool overdue(DeadlineStage stage, const SheetProgress& progress, const QDate& today) const;
    // The stages a sheet is overdue for, in order.
    QList<DeadlineStage> overdueStages(const SheetProgress& progress, const QDate& today) const;
    // The deadline a sheet is measured against on `today`: that of the first stage it is overdue
    // for, else of the first stage it has still to do, else the last one; invalid when none.
    QDate dueFor(const SheetProgress& progress, const QDate& today) const;

    bool operator==(const CampaignDeadlines& other) const;
    bool operator!=(const CampaignDeadlines& other) const { return !(*this == other); }
};

} // namespace danhgia
