#include "CriteriaTreeModel.h"

#include "ViewLook.h"

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace danhgia::ui {

namespace {

// A share stored as a fraction (0.8) written as a percentage ("80").
QString percent(Decimal share)
{
    return share.timesInt(100).toLocaleString(QLocale());
}

} // namespace

CriteriaTreeModel::CriteriaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void CriteriaTreeModel::setCriteriaSet(const CriteriaSet& set)
{
    beginResetModel();
    m_set = set;
    m_rowInParent.fill(0, m_set.nodeCount());
    for (int row = 0; row < m_set.topLevel().size(); ++row) {
        m_rowInParent[m_set.topLevel()[row]] = row;
    }
    for (const auto& node : m_set.nodes()) {
        for (int row = 0; row < node.children.size(); ++row) {
            m_rowInParent[node.children[row]] = row;
        }
    }
    endResetModel();
}

QModelIndex CriteriaTreeModel::indexOfCode(const QString& code, int column) const
{
    const int node = m_set.indexOf(code);
    if (node < 0) {
        return {};
    }
    return createIndex(m_rowInParent[node], column, static_cast<quintptr>(node));
}

QModelIndex CriteriaTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_set.nodeCount()) {
        return {};
    }
    return createIndex(m_rowInParent[node], column, static_cast<quintptr>(node));
}

int CriteriaTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

const QList<int>& CriteriaTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_set.topLevel() : m_set.node(node).children;
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.model() != this)) {
        return {};
    }
    const QList<int>& children = childrenOf(nodeOf(parent));
    if (row < 0 || row >= children.size()) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(children[row]));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node < 0) {
        return {};
    }
    const int parentNode = m_set.node(node).parent;
    if (parentNode < 0) {
        return {};
    }
    return createIndex(m_rowInParent[parentNode], 0, static_cast<quintptr>(parentNode));
}

int CriteriaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(nodeOf(parent)).size());
}

int CriteriaTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant CriteriaTreeModel::data(const QModelIndex& index, int role) const
{
    const int nodeIndex = nodeOf(index);
    if (nodeIndex < 0 || nodeIndex >= m_set.nodeCount()) {
        return {};
    }
    const Criterion& node = m_set.node(nodeIndex);
    switch (role) {
        case Qt::DisplayRole:
            return displayText(node, index.column());
        case Qt::ToolTipRole: {
            const QString tip = toolTip(node, index.column());
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Qt::TextAlignmentRole:
            if (index.column() == MaxColumn) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Qt::FontRole:
            if (node.isGroup) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case NodeIndexRole:
            return nodeIndex;
        case IsGroupRole:
            return node.isGroup;
        default:
            return {};
    }
}

QString CriteriaTreeModel::displayText(const Criterion& node, int column) const
{
    switch (column) {
        case CodeColumn:
            return node.code;
        case TitleColumn:
            return node.title;
        case MaxColumn:
            return ViewLook::number(node.max);
        case MethodColumn:
            return node.isGroup ? QString() : methodTitle(node.method.type);
        case EvidenceColumn:
            return node.isGroup ? QString() : evidenceTitle(node.evidence);
        default:
            return {};
    }
}

QString CriteriaTreeModel::toolTip(const Criterion& node, int column) const
{
    switch (column) {
        case CodeColumn:
        case TitleColumn:
            return node.code + QLatin1String(" ") + node.title;
        case MaxColumn:
            if (!node.isGroup) {
                return node.method.type == MethodType::Deduct
                    ? tr("A deduction of at most %1 points; it adds nothing to the maximum.")
                          .arg(ViewLook::number(node.method.limit))
                    : tr("At most %1 points.").arg(ViewLook::number(node.max));
            }
            if (node.floor.isZero()) {
                return tr("The sum of its criteria, at most %1 points.").arg(ViewLook::number(node.max));
            }
            return tr("The sum of its criteria, at least %1 and at most %2 points.")
                .arg(ViewLook::number(node.floor), ViewLook::number(node.max));
        case MethodColumn:
            return node.isGroup ? QString() : methodDetails(node);
        case EvidenceColumn:
            if (node.isGroup) {
                return {};
            }
            switch (node.evidence) {
                case EvidenceRule::Required:
                    return tr("Evidence is required: a sheet without it must give an explanation.");
                case EvidenceRule::Optional:
                    return tr("Evidence may be attached.");
                case EvidenceRule::None:
                    return tr("No evidence is asked for.");
            }
            return {};
        default:
            return {};
    }
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case CodeColumn:
            return tr("Code");
        case TitleColumn:
            return tr("Criterion");
        case MaxColumn:
            return tr("Maximum");
        case MethodColumn:
            return tr("Method");
        case EvidenceColumn:
            return tr("Evidence");
        default:
            return {};
    }
}

QString CriteriaTreeModel::methodTitle(MethodType type)
{
    switch (type) {
        case MethodType::Points:
            return tr("Points");
        case MethodType::YesNo:
            return tr("Yes / no");
        case MethodType::Levels:
            return tr("Levels");
        case MethodType::Ratio:
            return tr("Ratio bands");
        case MethodType::Linear:
            return tr("Proportional");
        case MethodType::Deduct:
            return tr("Deduction");
        case MethodType::Relative:
            return tr("Relative to the best");
        case MethodType::Tasks:
            return tr("Task results");
    }
    return {};
}

QString CriteriaTreeModel::evidenceTitle(EvidenceRule rule)
{
    switch (rule) {
        case EvidenceRule::Required:
            return tr("Required");
        case EvidenceRule::Optional:
            return tr("Optional");
        case EvidenceRule::None:
            return {};
    }
    return {};
}

QString CriteriaTreeModel::methodDetails(const Criterion& leaf)
{
    const LeafMethod& method = leaf.method;
    QStringList lines;
    switch (method.type) {
        case MethodType::Points:
            lines << tr("Points entered directly, from 0 to %1 in steps of %2.")
                         .arg(ViewLook::number(leaf.max), ViewLook::number(method.step));
            break;
        case MethodType::YesNo:
            lines << tr("Yes gives %1 points; no gives 0.").arg(ViewLook::number(leaf.max));
            break;
        case MethodType::Levels:
            lines << tr("One of these levels:");
            for (const auto& level : method.levels) {
                lines << tr("• %1: %2 points").arg(level.title, ViewLook::number(level.points));
            }
            break;
        case MethodType::Ratio:
            lines << tr(
                "Points by the share done (number done ÷ total number), from the first band reached:");
            for (const auto& band : method.bands) {
                lines << tr("• from %1%: %2 points").arg(percent(band.from), ViewLook::number(band.points));
            }
            if (!method.bands.isEmpty() && !method.bands.constLast().from.isZero()) {
                lines << tr("• below %1%: 0 points").arg(percent(method.bands.constLast().from));
            }
            break;
        case MethodType::Linear:
            lines << tr("Points in proportion to the share done: %1 × number done ÷ total number.")
                         .arg(ViewLook::number(leaf.max));
            break;
        case MethodType::Deduct:
            lines << tr("Deducts %1 points per item, at most %2 points in all.")
                         .arg(ViewLook::number(method.perItem), ViewLook::number(method.limit));
            lines << tr("It adds nothing to the maximum.");
            break;
        case MethodType::Relative:
            lines << tr("Points relative to the best: %1 × value ÷ the largest value among the subjects "
                        "scored together.")
                         .arg(ViewLook::number(leaf.max));
            break;
        case MethodType::Tasks:
            lines << tr("Task results (Decree 335/2025): %1 × (completion + quality + timeliness) ÷ 3, "
                        "weighted by each task's coefficient.")
                         .arg(ViewLook::number(leaf.max));
            lines << tr("Each quality failure or delay takes away %1% of that task's share.")
                         .arg(percent(method.deduction));
            break;
    }
    if (method.type == MethodType::Ratio || method.type == MethodType::Linear) {
        switch (method.whenNone) {
            case WhenNone::Full:
                lines << tr("When nothing arose in the period (total 0): full points.");
                break;
            case WhenNone::Zero:
                lines << tr("When nothing arose in the period (total 0): 0 points.");
                break;
            case WhenNone::Exclude:
                lines << tr("When nothing arose in the period (total 0): not applicable, left out of the "
                            "maximum.");
                break;
        }
    }
    if (leaf.naAllowed) {
        lines << tr("May be marked not applicable.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace danhgia::ui
