#include "ScoreSheetModel.h"

#include "CriteriaTreeModel.h"
#include "LeafValueText.h"
#include "ViewLook.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace danhgia::ui {

namespace {

const QColor ChangedBackground(0xfd, 0xf3, 0xd8); // the message bar's warning tint
const QColor MissingBackground(0xfb, 0xe3, 0xe1);
const QColor NotStartedText(0x6b, 0x6b, 0x6b);
const QColor MissingText(0xb3, 0x26, 0x1e);

bool isNumberColumn(int column)
{
    return column == ScoreSheetModel::MaxColumn || column == ScoreSheetModel::SelfPointsColumn
        || column == ScoreSheetModel::AppraisedPointsColumn || column == ScoreSheetModel::DifferenceColumn
        || column == ScoreSheetModel::EvidenceColumn;
}

} // namespace

ScoreSheetModel::ScoreSheetModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ScoreSheetModel::setEditor(SheetEditor* editor)
{
    beginResetModel();
    m_editor = editor;
    m_rowInParent.clear();
    if (m_editor) {
        const CriteriaSet& set = m_editor->criteriaSet();
        m_rowInParent.fill(0, set.nodeCount());
        for (int row = 0; row < set.topLevel().size(); ++row) {
            m_rowInParent[set.topLevel()[row]] = row;
        }
        for (const auto& node : set.nodes()) {
            for (int row = 0; row < node.children.size(); ++row) {
                m_rowInParent[node.children[row]] = row;
            }
        }
    }
    m_results.recompute(m_editor);
    endResetModel();
    Q_EMIT totalsChanged();
}

void ScoreSheetModel::setEditable(Stage stage, bool editable)
{
    m_editable[stageSlot(stage)] = editable;
}

void ScoreSheetModel::refresh()
{
    m_results.recompute(m_editor);
    if (!m_editor) {
        return;
    }
    // Every row: a relative leaf's points depend on the others, a group's on its children.
    const auto changed = [this](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, SelfValueColumn, parent), index(rows - 1, EvidenceColumn, parent));
        }
    };
    changed({});
    const CriteriaSet& set = m_editor->criteriaSet();
    for (int node = 0; node < set.nodeCount(); ++node) {
        if (set.node(node).isGroup) {
            changed(createIndex(m_rowInParent[node], 0, static_cast<quintptr>(node)));
        }
    }
    Q_EMIT totalsChanged();
}

const Criterion* ScoreSheetModel::criterion(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    return node < 0 ? nullptr : &m_editor->criteriaSet().node(node);
}

QModelIndex ScoreSheetModel::indexOfCode(const QString& code, int column) const
{
    const int node = m_editor ? m_editor->criteriaSet().indexOf(code) : -1;
    return node < 0 ? QModelIndex() : createIndex(m_rowInParent[node], column, static_cast<quintptr>(node));
}

std::optional<Stage> ScoreSheetModel::stageOfColumn(int column)
{
    if (column == SelfValueColumn) {
        return Stage::Self;
    }
    if (column == AppraisedValueColumn) {
        return Stage::Appraised;
    }
    return std::nullopt;
}

int ScoreSheetModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() && m_editor ? static_cast<int>(index.internalId()) : -1;
}

const QList<int>& ScoreSheetModel::childrenOf(int node) const
{
    static const QList<int> none;
    if (!m_editor) {
        return none;
    }
    return node < 0 ? m_editor->criteriaSet().topLevel() : m_editor->criteriaSet().node(node).children;
}

QModelIndex ScoreSheetModel::index(int row, int column, const QModelIndex& parent) const
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

QModelIndex ScoreSheetModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    const int parentNode = node < 0 ? -1 : m_editor->criteriaSet().node(node).parent;
    if (parentNode < 0) {
        return {};
    }
    return createIndex(m_rowInParent[parentNode], 0, static_cast<quintptr>(parentNode));
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(nodeOf(parent)).size());
}

int ScoreSheetModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QString ScoreSheetModel::evidenceText(const Criterion& leaf) const
{
    const int files = m_editor->evidenceCount(leaf.code);
    if (files > 0) {
        return LeafValueText::locale().toString(files);
    }
    if (leaf.evidence != EvidenceRule::Required) {
        return {};
    }
    return m_editor->explanation(leaf.code).trimmed().isEmpty() ? tr("Missing") : tr("Explained");
}

QString ScoreSheetModel::displayText(int node, int column) const
{
    const Criterion& c = m_editor->criteriaSet().node(node);
    switch (column) {
        case CodeColumn:
            return c.code;
        case TitleColumn:
            return c.title;
        case MaxColumn:
            return LeafValueText::maximumText(c);
        case SelfValueColumn:
        case AppraisedValueColumn:
            return c.isGroup
                ? QString()
                : LeafValueText::valueText(c, m_editor->effectiveValue(*stageOfColumn(column), c.code));
        case SelfPointsColumn:
            return m_results.pointsText(node, Stage::Self);
        case AppraisedPointsColumn:
            return m_results.pointsText(node, Stage::Appraised);
        case DifferenceColumn:
            return m_results.differenceText(node);
        case ReasonColumn:
            return c.isGroup ? QString() : m_editor->changeReason(Stage::Appraised, c.code);
        case EvidenceColumn:
            return c.isGroup ? QString() : evidenceText(c);
        default:
            return {};
    }
}

QString ScoreSheetModel::toolTip(int node, int column) const
{
    const Criterion& c = m_editor->criteriaSet().node(node);
    switch (column) {
        case CodeColumn:
        case TitleColumn: {
            const QString name = c.code + QLatin1Char(' ') + c.title;
            return c.isGroup ? name : name + QLatin1Char('\n') + CriteriaTreeModel::methodDetails(c);
        }
        case SelfValueColumn:
            return displayText(node, column); // whole, where the column elides it
        case AppraisedValueColumn:
        case AppraisedPointsColumn: {
            if (!m_results.appraisalStarted()) {
                return tr("Not appraised yet: the self-assessment is shown.");
            }
            const QString value = column == AppraisedValueColumn ? displayText(node, column) : QString();
            if (!m_results.differs(node) || c.isGroup) {
                return value;
            }
            const QString change
                = tr("Changed by the appraiser: %1").arg(m_editor->changeReason(Stage::Appraised, c.code));
            return value.isEmpty() ? change : value + QLatin1Char('\n') + change;
        }
        case ReasonColumn:
            return c.isGroup ? QString() : m_editor->changeReason(Stage::Appraised, c.code);
        case EvidenceColumn: {
            if (c.isGroup) {
                return {};
            }
            const int files = m_editor->evidenceCount(c.code);
            if (files > 0) {
                return tr("%n evidence file(s) attached.", nullptr, files);
            }
            if (c.evidence == EvidenceRule::Required) {
                return m_editor->explanation(c.code).trimmed().isEmpty()
                    ? tr("Evidence is required: attach a file or write an explanation.")
                    : tr("No file; explained: %1").arg(m_editor->explanation(c.code));
            }
            return CriteriaTreeModel::evidenceTitle(c.evidence);
        }
        default:
            return {};
    }
}

QVariant ScoreSheetModel::background(int node, int column) const
{
    if (column < AppraisedValueColumn || column > ReasonColumn || !m_results.differs(node)) {
        return {};
    }
    const Criterion& c = m_editor->criteriaSet().node(node);
    const bool noReason = !c.isGroup && m_editor->changeReason(Stage::Appraised, c.code).trimmed().isEmpty();
    return QBrush(column == ReasonColumn && noReason ? MissingBackground : ChangedBackground);
}

QVariant ScoreSheetModel::foreground(int node, int column) const
{
    if ((column == AppraisedValueColumn || column == AppraisedPointsColumn)
        && !m_results.appraisalStarted()) {
        return QBrush(NotStartedText);
    }
    const Criterion& c = m_editor->criteriaSet().node(node);
    if (column == EvidenceColumn && !c.isGroup && c.evidence == EvidenceRule::Required
        && m_editor->evidenceCount(c.code) == 0 && m_editor->explanation(c.code).trimmed().isEmpty()) {
        return QBrush(MissingText);
    }
    return {};
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0 || node >= m_editor->criteriaSet().nodeCount()) {
        return {};
    }
    const Criterion& c = m_editor->criteriaSet().node(node);
    switch (role) {
        case Qt::DisplayRole:
            return displayText(node, index.column());
        case Qt::EditRole:
        case LeafValueRole: {
            const auto stage = stageOfColumn(index.column());
            if (!stage) {
                return role == Qt::EditRole ? QVariant(displayText(node, index.column())) : QVariant();
            }
            const auto value = c.isGroup ? std::nullopt : m_editor->effectiveValue(*stage, c.code);
            return value ? QVariant::fromValue(*value) : QVariant();
        }
        case Qt::ToolTipRole: {
            const QString tip = toolTip(node, index.column());
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Qt::TextAlignmentRole:
            if (isNumberColumn(index.column()) || index.column() == SelfValueColumn
                || index.column() == AppraisedValueColumn) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case Qt::FontRole:
            if (c.isGroup) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::BackgroundRole:
            return background(node, index.column());
        case Qt::ForegroundRole:
            return foreground(node, index.column());
        case NodeIndexRole:
            return node;
        case IsGroupRole:
            return c.isGroup;
        case CodeRole:
            return c.code;
        case DiffersRole:
            return m_results.differs(node);
        default:
            return {};
    }
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    const Criterion* c = criterion(index);
    if (!c) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (c->isGroup || (m_editor && m_editor->isFedBySurvey(c->code))) {
        return flags; // survey points are written from the survey, never typed
    }
    const auto stage = stageOfColumn(index.column());
    if ((stage && isEditable(*stage)) || (index.column() == ReasonColumn && isEditable(Stage::Appraised))) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Criterion* c = criterion(index);
    if (role != Qt::EditRole || !c || c->isGroup || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    SheetEditor::LeafWrite write;
    write.code = c->code;
    if (index.column() == ReasonColumn) {
        write.stage = Stage::Appraised;
        write.value = m_editor->effectiveValue(Stage::Appraised, c->code);
        write.reason = value.toString().trimmed();
        if (!write.value || write.reason == m_editor->changeReason(Stage::Appraised, c->code)) {
            return false;
        }
    } else {
        write.stage = *stageOfColumn(index.column());
        if (value.isValid() && value.metaType() == QMetaType::fromType<LeafValue>()) {
            write.value = value.value<LeafValue>();
        }
        const auto current = m_editor->effectiveValue(write.stage, c->code);
        if (SheetEditor::sameValue(write.value, current)) {
            return false;
        }
        // A value set back to the self-assessed one needs no reason any more.
        const auto baseline = m_editor->effectiveValue(m_editor->baselineOf(write.stage), c->code);
        if (write.stage != Stage::Self && !SheetEditor::sameValue(write.value, baseline)) {
            write.reason = m_editor->changeReason(write.stage, c->code);
        }
    }
    Q_EMIT editRequested(write);
    return true;
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
        case CodeColumn:
            return tr("Code");
        case TitleColumn:
            return tr("Criterion");
        case MaxColumn:
            return tip ? tr("The most points the criterion gives (a deduction: the most it takes away)")
                       : ViewLook::twoLines(tr("Maximum"));
        case SelfValueColumn:
            return tip ? tr("The value given in the self-assessment") : tr("Self-assessed");
        case SelfPointsColumn:
            return tip ? tr("Points of the self-assessment") : tr("Points");
        case AppraisedValueColumn:
            return tip ? tr("The value accepted by the appraiser") : tr("Appraised");
        case AppraisedPointsColumn:
            return tip ? tr("Points after the appraisal") : tr("Points");
        case DifferenceColumn:
            return tip ? tr("Appraised points minus self-assessed points")
                       : ViewLook::twoLines(tr("Difference"), 0);
        case ReasonColumn:
            return tip ? tr("Why the appraiser changed the value (required for every change)") : tr("Reason");
        case EvidenceColumn:
            return tip ? tr("Evidence files attached, or whether required evidence is missing")
                       : ViewLook::twoLines(tr("Evidence"), 0);
        default:
            return {};
    }
}

} // namespace danhgia::ui
