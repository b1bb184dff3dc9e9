#include "workflow/CampaignDeadlines.h"

#include <QRegularExpression>

namespace danhgia {

namespace {

// The state a sheet reaches when the stage is done.
SheetState doneState(DeadlineStage stage)
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            return SheetState::Submitted;
        case DeadlineStage::Appraisal:
            return SheetState::Appraised;
        case DeadlineStage::Classification:
            return SheetState::Approved;
    }
    return SheetState::Approved;
}

QDateTime doneAt(DeadlineStage stage, const CampaignDeadlines::SheetProgress& progress)
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            return progress.submittedAt;
        case DeadlineStage::Appraisal:
            return progress.appraisedAt;
        case DeadlineStage::Classification:
            return progress.approvedAt;
    }
    return {};
}

} // namespace

QList<DeadlineStage> CampaignDeadlines::stages()
{
    return {DeadlineStage::SelfAssessment, DeadlineStage::Appraisal, DeadlineStage::Classification};
}

QString CampaignDeadlines::stageName(DeadlineStage stage)
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            return QStringLiteral("self");
        case DeadlineStage::Appraisal:
            return QStringLiteral("appraisal");
        case DeadlineStage::Classification:
            return QStringLiteral("classification");
    }
    return {};
}

std::optional<DeadlineStage> CampaignDeadlines::stageFromName(const QString& name)
{
    for (const DeadlineStage stage : stages()) {
        if (stageName(stage) == name) {
            return stage;
        }
    }
    return std::nullopt;
}

QString CampaignDeadlines::stageTitle(DeadlineStage stage)
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            return tr("Self-assessment");
        case DeadlineStage::Appraisal:
            return tr("Appraisal");
        case DeadlineStage::Classification:
            return tr("Classification");
    }
    return {};
}

QDate CampaignDeadlines::deadline(DeadlineStage stage) const
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            return selfAssessment;
        case DeadlineStage::Appraisal:
            return appraisal;
        case DeadlineStage::Classification:
            return classification;
    }
    return {};
}

void CampaignDeadlines::setDeadline(DeadlineStage stage, const QDate& date)
{
    switch (stage) {
        case DeadlineStage::SelfAssessment:
            selfAssessment = date;
            break;
        case DeadlineStage::Appraisal:
            appraisal = date;
            break;
        case DeadlineStage::Classification:
            classification = date;
            break;
    }
}

bool CampaignDeadlines::isEmpty() const
{
    return !selfAssessment.isValid() && !appraisal.isValid() && !classification.isValid();
}

QDate CampaignDeadlines::last() const
{
    QDate latest;
    for (const DeadlineStage stage : stages()) {
        const QDate date = deadline(stage);
        if (date.isValid() && (!latest.isValid() || date > latest)) {
            latest = date;
        }
    }
    return latest;
}

QDate CampaignDeadlines::defaultClassification(int year, bool specialCalendar)
{
    return specialCalendar ? QDate(year + 1, 1, 15) : QDate(year, 12, 15);
}

int CampaignDeadlines::yearOfPeriods(const QStringList& periods)
{
    static const QRegularExpression yearAtStart(QStringLiteral("^\\s*(\\d{4})(?!\\d)"));
    int year = 0;
    for (const QString& period : periods) {
        const QRegularExpressionMatch match = yearAtStart.match(period);
        if (match.hasMatch()) {
            year = std::max(year, match.captured(1).toInt());
        }
    }
    return year;
}

QString CampaignDeadlines::problem() const
{
    const QList<DeadlineStage> all = stages();
    for (int i = 0; i < all.size(); ++i) {
        const QDate earlier = deadline(all.at(i));
        if (!earlier.isValid()) {
            continue;
        }
        for (int j = i + 1; j < all.size(); ++j) {
            const QDate later = deadline(all.at(j));
            if (later.isValid() && later < earlier) {
                return tr("the %1 deadline (%2) comes before the %3 deadline (%4): the deadlines must follow "
                          "the order of the stages")
                    .arg(stageTitle(all.at(j)).toLower(), later.toString(QStringLiteral("dd/MM/yyyy")),
                         stageTitle(all.at(i)).toLower(), earlier.toString(QStringLiteral("dd/MM/yyyy")));
            }
        }
    }
    return {};
}

std::optional<QDate> CampaignDeadlines::parseDate(const QString& text, const QString& what, QString* error)
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        date = QDate::fromString(trimmed, QStringLiteral("dd/MM/yyyy"));
    }
    if (!date.isValid()) {
        *error = tr("%1: \"%2\" is not a date (write it as YYYY-MM-DD or DD/MM/YYYY)").arg(what, trimmed);
        return std::nullopt;
    }
    return date;
}

DeadlineStatus CampaignDeadlines::status(DeadlineStage stage, const SheetProgress& progress,
                                         const QDate& today) const
{
    const QDate due = deadline(stage);
    if (!due.isValid()) {
        return DeadlineStatus::NoDeadline;
    }
    const QList<SheetState> order = SheetStates::all();
    const bool done = order.indexOf(progress.state) >= order.indexOf(doneState(stage));
    if (!done) {
        return due < today ? DeadlineStatus::Overdue : DeadlineStatus::Open;
    }
    const QDateTime at = doneAt(stage, progress);
    if (at.isValid() && at.toLocalTime().date() > due) {
        return DeadlineStatus::Late;
    }
    return DeadlineStatus::OnTime;
}

bool CampaignDeadlines::overdue(DeadlineStage stage, const SheetProgress& progress, const QDate& today) const
{
    return status(stage, progress, today) == DeadlineStatus::Overdue;
}

QList<DeadlineStage> CampaignDeadlines::overdueStages(const SheetProgress& progress, const QDate& today) const
{
    QList<DeadlineStage> late;
    for (const DeadlineStage stage : stages()) {
        if (overdue(stage, progress, today)) {
            late.append(stage);
        }
    }
    return late;
}

QDate CampaignDeadlines::dueFor(const SheetProgress& progress, const QDate& today) const
{
    const QList<DeadlineStage> late = overdueStages(progress, today);
    if (!late.isEmpty()) {
        return deadline(late.first());
    }
    for (const DeadlineStage stage : stages()) {
        if (status(stage, progress, today) == DeadlineStatus::Open) {
            return deadline(stage);
        }
    }
    return last();
}

bool CampaignDeadlines::operator==(const CampaignDeadlines& other) const
{
    return selfAssessment == other.selfAssessment && appraisal == other.appraisal
        && classification == other.classification;
}

} // namespace danhgia
