#include "ApprovalQueueModel.h"

#include "text/VietnameseText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace danhgia::ui {

namespace {

QStringList overdueTitles(const SheetQueueItem& item)
{
    QStringList titles;
    for (const DeadlineStage stage : item.overdueStages) {
        titles.append(CampaignDeadlines::stageTitle(stage));
    }
    return titles;
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ApprovalQueueModel::setItems(QList<SheetQueueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ApprovalQueueModel::setRefusals(QHash<qint64, QString> refusals)
{
    m_refusals = std::move(refusals);
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
    }
}

int ApprovalQueueModel::rowOf(qint64 sheetId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).sheetId == sheetId) {
            return row;
        }
    }
    return -1;
}

int ApprovalQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SheetQueueItem& item = m_items.at(index.row());
    const int column = index.column();
    const bool overdueCell = item.overdue && column == DeadlineColumn;
    const QString refusal = m_refusals.value(item.sheetId);
    const bool refusedCell = !refusal.isEmpty() && column == StateColumn;
    switch (role) {
        case Qt::DisplayRole:
            return displayText(item, column);
        case Qt::ToolTipRole:
            if (refusedCell) {
                return tr("The provincial server refused the last change of this sheet: %1").arg(refusal);
            }
            if (column == DeadlineColumn) {
                return deadlinesText(item);
            }
            if (column == CampaignColumn) {
                return item.campaignTitle;
            }
            if (column == UnitColumn && !item.unitCode.isEmpty()) {
                return QStringLiteral("%1 (%2)").arg(item.unitName, item.unitCode);
            }
            if (column == SubjectNameColumn && !item.subjectName.isEmpty()) {
                return QStringLiteral("%1 (%2)").arg(item.subjectName, item.subjectCode);
            }
            return {};
        case Qt::AccessibleTextRole:
            return overdueCell
                ? tr("%1, overdue for: %2")
                      .arg(dateText(item.deadline), overdueTitles(item).join(QLatin1String(", ")))
                : displayText(item, column);
        case Qt::ForegroundRole:
            return overdueCell || refusedCell ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
        case Qt::DecorationRole:
            return refusedCell ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
                               : QVariant();
        case Qt::FontRole:
            if (overdueCell) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case SheetIdRole:
            return item.sheetId;
        case SortRole:
            return sortValue(item, column);
        case OverdueRole:
            return item.overdue;
        case RefusalRole:
            return refusal;
        case OverdueStagesRole: {
            QStringList names;
            for (const DeadlineStage stage : item.overdueStages) {
                names.append(CampaignDeadlines::stageName(stage));
            }
            return names;
        }
        default:
            return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // A narrow list shows the short titles, and the whole title as the tooltip.
    if (m_shortTitles && role == Qt::DisplayRole) {
        if (section == SubjectNameColumn) {
            return tr("Name", "short column title: the assessed person or unit");
        }
        if (section == PeriodColumn) {
            return tr("Period", "short column title: the evaluation period");
        }
    }
    switch (section) {
        case CampaignColumn:
            return tr("Campaign");
        case SubjectCodeColumn:
            return tr("Code");
        case SubjectNameColumn:
            return tr("Assessed person or unit");
        case UnitColumn:
            return tr("Unit");
        case TaskGroupColumn:
            return tr("Task group");
        case PeriodColumn:
            return tr("Period");
        case StateColumn:
            return tr("State");
        case DeadlineColumn:
            return tr("Deadline");
        case LastChangeColumn:
            return tr("Last change");
        default:
            return {};
    }
}

void ApprovalQueueModel::setShortTitles(bool shortTitles)
{
    if (m_shortTitles != shortTitles) {
        m_shortTitles = shortTitles;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
}

QString ApprovalQueueModel::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString ApprovalQueueModel::dateTimeText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString ApprovalQueueModel::displayText(const SheetQueueItem& item, int column) const
{
    switch (column) {
        case CampaignColumn:
            return item.campaignCode;
        case SubjectCodeColumn:
            return item.subjectCode;
        case SubjectNameColumn:
            return item.subjectName;
        case UnitColumn:
            return item.unitName;
        case TaskGroupColumn:
            return item.taskGroup;
        case PeriodColumn:
            return item.period;
        case StateColumn:
            return SheetStates::title(item.state);
        case DeadlineColumn:
            return dateText(item.deadline);
        case LastChangeColumn:
            return dateTimeText(item.lastChange);
        default:
            return {};
    }
}

QVariant ApprovalQueueModel::sortValue(const SheetQueueItem& item, int column) const
{
    switch (column) {
        case StateColumn:
            return static_cast<int>(SheetStates::all().indexOf(item.state));
        case SubjectNameColumn:
            // People by given name, then family and middle names, as Vietnamese lists are.
            return item.unitCode == item.subjectCode ? item.subjectName
                                                     : VietnameseText::personSortKey(item.subjectName);
        case DeadlineColumn:
            return item.deadline;
        case LastChangeColumn:
            return item.lastChange;
        default:
            return displayText(item, column);
    }
}

QString ApprovalQueueModel::deadlinesText(const SheetQueueItem& item)
{
    QStringList lines;
    for (const DeadlineStage stage : CampaignDeadlines::stages()) {
        const QDate date = item.deadlines.deadline(stage);
        if (!date.isValid()) {
            continue;
        }
        QString line = tr("%1: %2").arg(CampaignDeadlines::stageTitle(stage), dateText(date));
        if (item.overdueStages.contains(stage)) {
            line = tr("%1, overdue").arg(line);
        } else {
            switch (item.deadlines.status(stage, item.progress, QDate::currentDate())) {
                case DeadlineStatus::OnTime:
                    line = tr("%1, done in time").arg(line);
                    break;
                case DeadlineStatus::Late:
                    line = tr("%1, done late").arg(line);
                    break;
                default:
                    break;
            }
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace danhgia::ui
