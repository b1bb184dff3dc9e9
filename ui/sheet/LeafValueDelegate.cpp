#include "LeafValueDelegate.h"

#include "CellMessage.h"
#include "CriteriaTreeModel.h"
#include "DecimalSpinBox.h"
#include "LeafValueText.h"
#include "RatioEditor.h"
#include "ScoreSheetModel.h"
#include "scoring/LeafScorer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTreeView>

namespace danhgia::ui {

namespace {

constexpr int NotApplicableItem = -1;

// The leaf whose value an editor of this delegate edits, nullptr for other editors (a reason).
const Criterion* editedLeaf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const ScoreSheetModel*>(index.model());
    const Criterion* leaf = model ? model->criterion(index) : nullptr;
    return leaf && !leaf->isGroup && ScoreSheetModel::stageOfColumn(index.column()) ? leaf : nullptr;
}

QComboBox* choiceEditor(QWidget* parent, const Criterion& leaf, const QList<QPair<QString, int>>& items)
{
    auto* combo = new QComboBox(parent);
    for (const auto& [text, data] : items) {
        combo->addItem(text, data);
    }
    if (leaf.naAllowed) {
        combo->addItem(LeafValueText::tr("Not applicable"), NotApplicableItem);
    }
    return combo;
}

} // namespace

LeafValueDelegate::LeafValueDelegate(QObject* parent)
    : CheckedEntryDelegate(parent)
{ }

QWidget* LeafValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const ScoreSheetModel*>(index.model());
    const Criterion* leaf = model ? model->criterion(index) : nullptr;
    QWidget* editor = nullptr;
    if (!leaf || leaf->isGroup || !ScoreSheetModel::stageOfColumn(index.column())) {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor && index.column() == ScoreSheetModel::ReasonColumn) {
            editor->setObjectName(QStringLiteral("reasonEditor"));
            editor->setAccessibleName(
                tr("Reason for the change of criterion %1").arg(leaf ? leaf->code : QString()));
            editor->setToolTip(tr("Why the appraised value differs from the self-assessed one"));
        }
        return editor;
    }
    if (leaf->method.type == MethodType::Tasks) {
        // Edited in a dialog, asked for once the view has finished starting this edit.
        const QPersistentModelIndex persistent(index);
        QMetaObject::invokeMethod(
            const_cast<LeafValueDelegate*>(this),
            [this, persistent] {
                if (persistent.isValid()) {
                    Q_EMIT const_cast<LeafValueDelegate*>(this)->taskListRequested(persistent);
                }
            },
            Qt::QueuedConnection);
        return nullptr;
    }
    editor = createLeafEditor(parent, *leaf);
    rememberIndex(editor, index);
    editor->setAccessibleName(tr("Value of criterion %1").arg(leaf->code));
    editor->setToolTip(leaf->code + QLatin1Char(' ') + leaf->title + QLatin1Char('\n')
                       + CriteriaTreeModel::methodDetails(*leaf));
    return editor;
}

void LeafValueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    CheckedEntryDelegate::initStyleOption(option, index);
    if (ScoreSheetModel::stageOfColumn(index.column())) {
        option->features |= QStyleOptionViewItem::WrapText;
    }
}

QSize LeafValueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = CheckedEntryDelegate::sizeHint(option, index);
    const auto* tree = qobject_cast<const QTreeView*>(option.widget);
    if (!tree || !ScoreSheetModel::stageOfColumn(index.column())) {
        return size;
    }
    // The tree asks for a row's height without the width of the column: the text is laid out
    // in the column's width here.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle* style = tree->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int width = tree->header()->sectionSize(index.column()) - 2 * margin;
    if (width <= 0 || item.text.isEmpty()) {
        return size;
    }
    const QRect text = item.fontMetrics.boundingRect(
        QRect(0, 0, width, 100000), Qt::TextWordWrap | int(item.displayAlignment), item.text);
    const int lineHeight = item.fontMetrics.lineSpacing();
    if (text.height() > lineHeight) {
        size.setHeight(std::max(size.height(), size.height() - lineHeight + text.height()));
    }
    return size;
}

QWidget* LeafValueDelegate::createLeafEditor(QWidget* parent, const Criterion& leaf) const
{
    switch (leaf.method.type) {
        case MethodType::Points: {
            // The range and step of the arrow keys; what is typed is checked by the core.
            auto* spin = new DecimalSpinBox(parent);
            spin->setObjectName(QStringLiteral("pointsEditor"));
            spin->setRange(Decimal(), leaf.max);
            spin->setStep(leaf.method.step, true);
            return spin;
        }
        case MethodType::YesNo: {
            QComboBox* combo = choiceEditor(parent, leaf, {{tr("Yes"), 1}, {tr("No"), 0}});
            combo->setObjectName(QStringLiteral("yesNoEditor"));
            return combo;
        }
        case MethodType::Levels: {
            QList<QPair<QString, int>> items;
            for (int i = 0; i < leaf.method.levels.size(); ++i) {
                const LevelOption& level = leaf.method.levels[i];
                items.append({tr("%1 (%2 points)").arg(level.title, LeafValueText::number(level.points)), i});
            }
            QComboBox* combo = choiceEditor(parent, leaf, items);
            combo->setObjectName(QStringLiteral("levelEditor"));
            return combo;
        }
        case MethodType::Ratio:
        case MethodType::Linear: {
            auto* ratio = new RatioEditor(parent);
            ratio->setObjectName(QStringLiteral("ratioEditor"));
            return ratio;
        }
        case MethodType::Deduct: {
            auto* count = new DecimalSpinBox(parent);
            count->setObjectName(QStringLiteral("countEditor"));
            count->setWholeNumbers(true);
            count->setRange(Decimal(), Decimal::fromInt(999999));
            count->setStep(Decimal::fromInt(1), true);
            return count;
        }
        case MethodType::Relative:
        case MethodType::Tasks: {
            auto* spin = new DecimalSpinBox(parent);
            spin->setObjectName(QStringLiteral("valueEditor"));
            spin->setRange(Decimal(), Decimal::fromInt(1000000000));
            spin->setStep(Decimal::fromInt(1), false);
            return spin;
        }
    }
    return nullptr;
}

void LeafValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant data = index.data(ScoreSheetModel::LeafValueRole);
    if (!editedIndex(editor).isValid()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (cellMessage() && cellMessage()->editor() == editor) {
        cellMessage()->hide(); // the value shown now is the saved one
    }
    const std::optional<LeafValue> value
        = data.isValid() ? std::optional<LeafValue>(data.value<LeafValue>()) : std::nullopt;
    const bool na = value && value->kind == LeafValue::Kind::NotApplicable;
    if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
        const bool count = value && value->kind == LeafValue::Kind::Count;
        spin->setValue(!value || na ? Decimal() : (count ? Decimal::fromInt(value->count) : value->number));
        spin->selectAll();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        int item = -1;
        if (value) {
            item = na ? NotApplicableItem
                      : static_cast<int>(value->kind == LeafValue::Kind::YesNo ? value->yes : value->level);
            item = combo->findData(item);
        }
        combo->setCurrentIndex(item);
    } else if (auto* ratio = qobject_cast<RatioEditor*>(editor)) {
        ratio->setValues(value && !na ? value->done : 0, value && !na ? value->total : 0);
        ratio->doneBox()->selectAll();
    }
}

std::optional<LeafValue> LeafValueDelegate::editorValue(QWidget* editor, const Criterion& leaf)
{
    LeafValue value;
    if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
        const auto typed = spin->typedValue();
        if (!typed) {
            return std::nullopt;
        }
        if (leaf.method.type == MethodType::Deduct) {
            value.kind = LeafValue::Kind::Count;
            value.count = typed->units() / Decimal::UnitsPerOne;
        } else {
            value.kind
                = leaf.method.type == MethodType::Points ? LeafValue::Kind::Points : LeafValue::Kind::Value;
            value.number = *typed;
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() < 0) {
            return std::nullopt;
        }
        const int item = combo->currentData().toInt();
        if (item == NotApplicableItem) {
            value.kind = LeafValue::Kind::NotApplicable;
        } else if (leaf.method.type == MethodType::YesNo) {
            value.kind = LeafValue::Kind::YesNo;
            value.yes = item == 1;
        } else {
            value.kind = LeafValue::Kind::Level;
            value.level = item;
        }
    } else if (auto* ratio = qobject_cast<RatioEditor*>(editor)) {
        if (!ratio->done() || !ratio->total()) {
            return std::nullopt;
        }
        value.kind = LeafValue::Kind::Ratio;
        value.done = *ratio->done();
        value.total = *ratio->total();
    } else {
        return std::nullopt;
    }
    return value;
}

QString LeafValueDelegate::refusal(QWidget* editor, const Criterion& leaf)
{
    QString typed;
    if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
        typed = spin->text().trimmed();
    } else if (auto* ratio = qobject_cast<RatioEditor*>(editor)) {
        typed = ratio->typedText();
    } else {
        return {}; // a choice among what the method offers, or none (nothing to save)
    }
    if (const auto value = editorValue(editor, leaf)) {
        const auto outcome = LeafScorer::score(leaf, *value, Decimal::fromInt(1), Decimal::Places);
        if (outcome.kind != LeafScorer::Outcome::Kind::Invalid) {
            return {};
        }
    } else if (!typed.isEmpty()) {
        typed = QStringLiteral("\u201c%1\u201d").arg(typed); // not a number: quoted as typed
    }
    if (typed.isEmpty()) {
        return tr("Nothing entered; criterion %1 accepts %2.")
            .arg(leaf.code, LeafScorer::acceptedValues(leaf));
    }
    return tr("Entered %1; criterion %2 accepts %3.").arg(typed, leaf.code, LeafScorer::acceptedValues(leaf));
}

QString LeafValueDelegate::entryRefusal(QWidget* editor) const
{
    const Criterion* leaf = editedLeaf(editedIndex(editor));
    return leaf ? refusal(editor, *leaf) : QString();
}

void LeafValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    const Criterion* leaf = editedLeaf(index);
    if (!editedIndex(editor).isValid() || !leaf) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // What the method does not accept is never written, whoever asks for the commit.
    if (const_cast<LeafValueDelegate*>(this)->refusesCommit(editor)) {
        return;
    }
    if (const auto value = editorValue(editor, *leaf)) {
        model->setData(index, QVariant::fromValue(*value), Qt::EditRole);
    }
}

void LeafValueDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& /*index*/) const
{
    // Wide enough for its content (a level's title, done and total), even in a narrow column,
    // and within the view: moved to the left rather than cut off at its edge.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    if (const QWidget* viewport = editor->parentWidget()) {
        rect.setWidth(qMin(rect.width(), viewport->width()));
        if (rect.right() >= viewport->width()) {
            rect.moveRight(viewport->width() - 1);
        }
    }
    editor->setGeometry(rect);
}

bool LeafValueDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && editedIndex(editor).isValid() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (refuseEntry(editor)) {
                return true; // stays open with what was typed and the reason at the cell
            }
            focusEditor(editor);
            const QPersistentModelIndex index = editedIndex(editor);
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (index.isValid()) {
                Q_EMIT moveOnRequested(index);
            }
            return true;
        }
    }
    return CheckedEntryDelegate::eventFilter(object, event);
}

} // namespace danhgia::ui
