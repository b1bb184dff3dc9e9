#include "LeafValueDelegate.h"

#include "CriteriaTreeModel.h"
#include "DecimalSpinBox.h"
#include "LeafValueText.h"
#include "RatioEditor.h"
#include "ScoreSheetModel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QSpinBox>

namespace danhgia::ui {

namespace {

const char* const IndexProperty = "danhgiaLeafIndex";
constexpr int NotApplicableItem = -1;

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
    : RowHeightDelegate(parent)
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
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    editor->setAccessibleName(tr("Value of criterion %1").arg(leaf->code));
    editor->setToolTip(leaf->code + QLatin1Char(' ') + leaf->title + QLatin1Char('\n')
                       + CriteriaTreeModel::methodDetails(*leaf));
    return editor;
}

QWidget* LeafValueDelegate::createLeafEditor(QWidget* parent, const Criterion& leaf) const
{
    switch (leaf.method.type) {
        case MethodType::Points: {
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
            auto* count = new QSpinBox(parent);
            count->setObjectName(QStringLiteral("countEditor"));
            count->setRange(0, 999999);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    if (!editor->property(IndexProperty).isValid()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const std::optional<LeafValue> value
        = data.isValid() ? std::optional<LeafValue>(data.value<LeafValue>()) : std::nullopt;
    const bool na = value && value->kind == LeafValue::Kind::NotApplicable;
    if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
        spin->setValue(value && !na ? value->number : Decimal());
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
    } else if (auto* count = qobject_cast<QSpinBox*>(editor)) {
        count->setValue(static_cast<int>(value && !na ? value->count : 0));
        count->selectAll();
    }
}

std::optional<LeafValue> LeafValueDelegate::editorValue(QWidget* editor, const Criterion& leaf)
{
    LeafValue value;
    if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
        value.kind
            = leaf.method.type == MethodType::Points ? LeafValue::Kind::Points : LeafValue::Kind::Value;
        value.number = spin->value();
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
        value.kind = LeafValue::Kind::Ratio;
        value.done = ratio->done();
        value.total = ratio->total();
    } else if (auto* count = qobject_cast<QSpinBox*>(editor)) {
        value.kind = LeafValue::Kind::Count;
        value.count = count->value();
    } else {
        return std::nullopt;
    }
    return value;
}

void LeafValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    const auto* sheetModel = qobject_cast<const ScoreSheetModel*>(model);
    const Criterion* leaf = sheetModel ? sheetModel->criterion(index) : nullptr;
    if (!editor->property(IndexProperty).isValid() || !leaf) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    for (auto* spin : editor->findChildren<QAbstractSpinBox*>()) {
        spin->interpretText();
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        spin->interpretText();
    }
    if (const auto value = editorValue(editor, *leaf)) {
        model->setData(index, QVariant::fromValue(*value), Qt::EditRole);
    }
}

void LeafValueDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& /*index*/) const
{
    // Wide enough for its content (a level's title, done and total), even in a narrow column.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

bool LeafValueDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && editor->property(IndexProperty).isValid() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const auto index = editor->property(IndexProperty).value<QPersistentModelIndex>();
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (index.isValid()) {
                Q_EMIT moveOnRequested(index);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace danhgia::ui
