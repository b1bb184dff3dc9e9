#include "QuotaScopeModel.h"

#include "ViewLook.h"

#include <QLocale>

namespace danhgia::ui {

QuotaScopeModel::QuotaScopeModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void QuotaScopeModel::setScopes(const CriteriaSet& set, const QList<ClassifiedScope>& scopes)
{
    beginResetModel();
    m_set = set;
    m_scopes = scopes;
    endResetModel();
}

int QuotaScopeModel::rowOfUnit(const QString& unitCode) const
{
    for (int row = 0; row < m_scopes.size(); ++row) {
        if (m_scopes.at(row).unitCode == unitCode) {
            return row;
        }
    }
    return -1;
}

int QuotaScopeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scopes.size());
}

int QuotaScopeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaScopeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClassifiedScope& scope = m_scopes.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return displayText(scope, index.column());
        case Qt::TextAlignmentRole:
            return index.column() >= CountedColumn && index.column() <= DemotedColumn
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (index.column() == CeilingColumn && scope.scope.ceiling) {
                const QuotaCeiling& ceiling = *scope.scope.ceiling;
                return tr("Raised by decision %1 of %2: %3 (recorded by %4)")
                    .arg(ceiling.decisionNumber,
                         ViewLook::vietnamese().toString(ceiling.decisionDate, QStringLiteral("dd/MM/yyyy")),
                         ceiling.reason, ceiling.recordedBy);
            }
            return {};
        case UnitCodeRole:
            return scope.unitCode;
        default:
            return {};
    }
}

QString QuotaScopeModel::displayText(const ClassifiedScope& scope, int column) const
{
    const QuotaRule::Scope& s = scope.scope;
    switch (column) {
        case UnitColumn:
            if (scope.unitCode.isEmpty()) {
                return tr("(no agency)");
            }
            return scope.unitName.isEmpty() ? scope.unitCode : scope.unitName;
        case GroupColumn:
            return scope.taskGroup.isEmpty() ? tr("(no task group)") : scope.taskGroup;
        case CountedColumn:
            return ViewLook::vietnamese().toString(s.counted);
        case AllowedColumn:
            return ViewLook::vietnamese().toString(s.allowed);
        case ProposedColumn:
            return ViewLook::vietnamese().toString(s.proposed);
        case KeptColumn:
            return ViewLook::vietnamese().toString(s.kept);
        case TiedColumn:
            return ViewLook::vietnamese().toString(s.tied);
        case DemotedColumn:
            return ViewLook::vietnamese().toString(s.demoted);
        case CeilingColumn:
            return ceilingText(s);
        default:
            return {};
    }
}

QString QuotaScopeModel::ceilingText(const QuotaRule::Scope& scope)
{
    const QString percent
        = scope.ratio.times(Decimal::fromInt(100), 2).toLocaleString(ViewLook::vietnamese());
    if (!scope.ceiling) {
        return tr("%1%").arg(percent);
    }
    return tr("%1% (decision %2, %3)")
        .arg(percent, scope.ceiling->decisionNumber,
             ViewLook::vietnamese().toString(scope.ceiling->decisionDate, QStringLiteral("dd/MM/yyyy")));
}

QVariant QuotaScopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const QString base = m_set.quota ? m_set.quota->of.join(QLatin1String(", ")) : QString();
    const QString grade = m_set.quota ? m_set.quota->grade : QString();
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case CountedColumn:
                return tr("How many are graded %1 in this scope once the quota is applied; the quota is a "
                          "share of them")
                    .arg(base);
            case AllowedColumn:
                return tr("How many may keep %1 in this scope").arg(grade);
            case CeilingColumn:
                return tr("The share in force: the criteria set's, or a raised ceiling allowed by the "
                          "competent level");
            default:
                return {};
        }
    }
    switch (section) {
        case UnitColumn:
            return tr("Agency");
        case GroupColumn:
            return tr("Task group");
        case CountedColumn:
            return tr("Graded %1").arg(base);
        case AllowedColumn:
            return tr("Allowed");
        case ProposedColumn:
            return tr("Proposed");
        case KeptColumn:
            return tr("Kept");
        case TiedColumn:
            return tr("Tied");
        case DemotedColumn:
            return tr("Lowered");
        case CeilingColumn:
            return tr("Ceiling in force");
        default:
            return {};
    }
}

} // namespace danhgia::ui
