#include "SheetHistoryModel.h"

#include "ApprovalQueueModel.h"
#include "ViewLook.h"
#include "workflow/Role.h"

#include <QRegularExpression>

namespace danhgia::ui {

SheetHistoryModel::SheetHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SheetHistoryModel::setEntries(QList<SheetHistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SheetHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SheetHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SheetHistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return displayText(entry, index.column());
        case Qt::ToolTipRole:
            return toolTip(entry);
        default:
            return {};
    }
}

QVariant SheetHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case WhenColumn:
            return ViewLook::twoLines(tr("When, who"));
        case WhatColumn:
            return tr("What");
        default:
            return {};
    }
}

QString SheetHistoryModel::actorText(const QString& actor)
{
    static const QRegularExpression rolePattern(QStringLiteral("^(.*) \\(([a-z_]+)\\)$"));
    const QRegularExpressionMatch match = rolePattern.match(actor);
    if (match.hasMatch()) {
        if (const auto role = Roles::fromName(match.captured(2))) {
            return QStringLiteral("%1 (%2)").arg(match.captured(1), Roles::title(*role));
        }
    }
    return actor;
}

QString SheetHistoryModel::toolTip(const SheetHistoryEntry& entry) const
{
    // Rich text, so that a long change wraps instead of running across the screen.
    QStringList lines = displayText(entry, WhenColumn).split(QLatin1Char('\n'));
    lines += displayText(entry, WhatColumn).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.toHtmlEscaped();
    }
    return QStringLiteral("<p>%1</p>").arg(lines.join(QLatin1String("<br>")));
}

QString SheetHistoryModel::displayText(const SheetHistoryEntry& entry, int column) const
{
    switch (column) {
        case WhenColumn:
            return ApprovalQueueModel::dateTimeText(entry.at) + QLatin1Char('\n') + actorText(entry.actor);
        case WhatColumn: {
            QString text = entry.change.isEmpty() ? entry.what : tr("%1: %2").arg(entry.what, entry.change);
            if (!entry.reason.isEmpty()) {
                text += QLatin1Char('\n') + tr("Reason: %1").arg(entry.reason);
            }
            return text;
        }
        default:
            return {};
    }
}

} // namespace danhgia::ui
