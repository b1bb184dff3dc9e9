#include "ClassificationModel.h"

#include "ViewLook.h"
#include "results/PersonFlag.h"

#include "ApprovalQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace danhgia::ui {

namespace { } // namespace

ClassificationModel::ClassificationModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClassificationModel::setGroup(const CriteriaSet& set, const ClassifiedGroup& group)
{
    beginResetModel();
    m_set = set;
    m_group = group;
    endResetModel();
}

int ClassificationModel::rowOf(const QString& subjectCode) const
{
    for (int row = 0; row < m_group.subjects.size(); ++row) {
        if (m_group.subjects.at(row).subjectCode == subjectCode) {
            return row;
        }
    }
    return -1;
}

int ClassificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_group.subjects.size());
}

int ClassificationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassificationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClassifiedSubject& subject = m_group.subjects.at(index.row());
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayText(subject, column);
        case Qt::ToolTipRole:
            return toolTip(subject, column);
        case Qt::TextAlignmentRole:
            if (column == RankColumn || column == TotalColumn || column == IndexColumn) {
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Qt::BackgroundRole:
            if (column == QuotaColumn && subject.quota == QuotaStatus::Demoted) {
                return QBrush(QColor(0xfd, 0xf3, 0xd8));
            }
            if (column == QuotaColumn && subject.quota == QuotaStatus::Tie) {
                return QBrush(QColor(0xfb, 0xe3, 0xe1));
            }
            return {};
        case Qt::FontRole:
            if (column == DecidedColumn && subject.decision && subject.decision->isOverride) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case SubjectCodeRole:
            return subject.subjectCode;
        case QuotaStatusRole:
            return static_cast<int>(subject.quota);
        default:
            return {};
    }
}

QVariant ClassificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case RankColumn:
            return tr("Rank");
        case CodeColumn:
            return tr("Code");
        case NameColumn:
            return tr("Person");
        case UnitColumn:
            return tr("Unit");
        case TotalColumn:
            return tr("Total");
        case IndexColumn:
            return tr("Index");
        case GradeColumn:
            return tr("Computed grade");
        case DecidedColumn:
            return tr("Decided grade");
        case QuotaColumn:
            return tr("Quota");
        default:
            return {};
    }
}

QString ClassificationModel::quotaText(const ClassifiedSubject& subject)
{
    switch (subject.quota) {
        case QuotaStatus::Within:
            return tr("Within the quota");
        case QuotaStatus::Demoted:
            return tr("Above the quota");
        case QuotaStatus::Tie:
            return subject.decision ? tr("Tie, decided") : tr("Tie: needs a decision");
        case QuotaStatus::NotProposed:
            break;
    }
    return {};
}

QString ClassificationModel::displayText(const ClassifiedSubject& subject, int column) const
{
    switch (column) {
        case RankColumn:
            return subject.rank > 0 ? ViewLook::vietnamese().toString(subject.rank) : ViewLook::noValue();
        case CodeColumn:
            return subject.subjectCode;
        case NameColumn:
            return subject.subjectName;
        case UnitColumn:
            return subject.unitName;
        case TotalColumn:
            return subject.total.toLocaleString(ViewLook::vietnamese(), m_set.decimals);
        case IndexColumn:
            return subject.index.toLocaleString(ViewLook::vietnamese(), m_set.decimals);
        case GradeColumn:
            return subject.grade.isEmpty() ? ViewLook::noValue() : subject.grade;
        case DecidedColumn:
            if (!subject.decision) {
                return ViewLook::noValue();
            }
            return subject.decision->isOverride ? tr("%1 (override)").arg(subject.decision->grade)
                                                : subject.decision->grade;
        case QuotaColumn:
            return quotaText(subject);
        default:
            return {};
    }
}

QString ClassificationModel::toolTip(const ClassifiedSubject& subject, int column) const
{
    switch (column) {
        case TotalColumn:
            return tr("%1 of %2 points")
                .arg(subject.total.toLocaleString(ViewLook::vietnamese()),
                     subject.max.toLocaleString(ViewLook::vietnamese()));
        case GradeColumn: {
            QString text = subject.grade.isEmpty()
                ? tr("No grade: the sheet is incomplete or the person is not classified")
                : gradeTitle(subject.grade);
            for (const QString& code : subject.flags) {
                const GradeFlag* flag = m_set.flag(code);
                text += QLatin1Char('\n') + tr("Fact: %1").arg(flag ? PersonFlag::describe(*flag) : code);
            }
            return text;
        }
        case DecidedColumn: {
            if (!subject.decision) {
                return tr("No grade has been decided yet");
            }
            const GradeDecision& d = *subject.decision;
            QString text
                = tr("%1, recorded on %2")
                      .arg(gradeTitle(d.grade), ApprovalQueueModel::dateText(d.at.toLocalTime().date()));
            if (d.isOverride) {
                text += QLatin1Char('\n')
                    + tr("Override of %1, approved by %2")
                          .arg(d.computedGrade.isEmpty() ? ViewLook::noValue() : d.computedGrade, d.approver);
                text += QLatin1Char('\n') + tr("Reason: %1").arg(d.reason);
            }
            return text;
        }
        case QuotaColumn:
            if (subject.quota == QuotaStatus::Demoted && m_set.quota) {
                return tr("The index proposes %1, but only %n person(s) in this task group may keep it; "
                          "the rules give %2 unless an override is recorded",
                          nullptr, m_group.quotaAllowed.value_or(0))
                    .arg(m_set.quota->grade, subject.grade);
            }
            if (subject.quota == QuotaStatus::Tie) {
                return tr(
                    "Tied with others at the quota boundary: the grade needs a decision with a reason and "
                    "an approver");
            }
            return {};
        default:
            return {};
    }
}

QString ClassificationModel::gradeTitle(const QString& code) const
{
    const int index = m_set.gradeIndex(code);
    if (index < 0) {
        return code;
    }
    const QString& title = m_set.grades.at(index).title;
    return title.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, title);
}

} // namespace danhgia::ui
