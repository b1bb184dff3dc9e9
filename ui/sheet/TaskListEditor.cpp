#include "TaskListEditor.h"

#include "CheckedEntryDelegate.h"
#include "DecimalSpinBox.h"
#include "DialogService.h"
#include "LeafValueText.h"
#include "RowsImportDialog.h"
#include "scoring/LeafScorer.h"
#include "scoring/TaskListTable.h"
#include "tabular/TabularReader.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danhgia::ui {

namespace {

// Exact decimals for the coefficient and whole numbers from 0 for failures and delays. What the
// core does not accept for a task stays in the cell's editor with the reason at the cell.
class TaskCellDelegate : public CheckedEntryDelegate
{
public:
    using CheckedEntryDelegate::CheckedEntryDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == TaskListEditor::WeightColumn) {
            auto* spin = new DecimalSpinBox(parent);
            spin->setObjectName(QStringLiteral("taskWeightEditor"));
            spin->setAccessibleName(TaskListEditor::tr("Coefficient"));
            spin->setToolTip(TaskListEditor::tr("The task's conversion coefficient, above 0"));
            spin->setRange(Decimal::fromUnits(5000), Decimal::fromInt(1000000));
            spin->setStep(Decimal::fromUnits(5000), false);
            rememberIndex(spin, index);
            return spin;
        }
        if (isCountColumn(index.column())) {
            auto* spin = new DecimalSpinBox(parent);
            spin->setObjectName(QStringLiteral("taskCountEditor"));
            spin->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
            spin->setToolTip(TaskListEditor::tr("How many times, from 0"));
            spin->setWholeNumbers(true);
            spin->setRange(Decimal(), Decimal::fromInt(9999));
            spin->setStep(Decimal::fromInt(1), true);
            rememberIndex(spin, index);
            return spin;
        }
        return CheckedEntryDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* spin = qobject_cast<DecimalSpinBox*>(editor)) {
            const QString text = index.data(Qt::EditRole).toString();
            spin->setValue(isCountColumn(index.column())
                               ? Decimal::fromInt(index.data(Qt::EditRole).toLongLong())
                               : LeafValueText::parse(text).value_or(Decimal::fromInt(1)));
            spin->selectAll();
            return;
        }
        CheckedEntryDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* spin = qobject_cast<DecimalSpinBox*>(editor);
        if (!spin) {
            CheckedEntryDelegate::setModelData(editor, model, index);
            return;
        }
        if (const_cast<TaskCellDelegate*>(this)->refusesCommit(editor)) {
            return;
        }
        const Decimal typed = *spin->typedValue();
        if (isCountColumn(index.column())) {
            model->setData(index, typed.units() / Decimal::UnitsPerOne, Qt::EditRole);
        } else {
            model->setData(index, LeafValueText::number(typed));
        }
    }

    QString entryRefusal(QWidget* editor) const override
    {
        const auto* spin = qobject_cast<const DecimalSpinBox*>(editor);
        const QModelIndex index = editedIndex(editor);
        if (!spin || !index.isValid()) {
            return {};
        }
        const auto typed = spin->typedValue();
        const QString text = spin->text().trimmed();
        const QString shown = typed ? text : QStringLiteral("\u201c%1\u201d").arg(text);
        if (index.column() == TaskListEditor::WeightColumn) {
            if (typed && LeafScorer::isValidTaskWeight(*typed)) {
                return {};
            }
            return TaskListEditor::tr("Entered %1; the coefficient of task %2 must be %3.")
                .arg(shown)
                .arg(index.row() + 1)
                .arg(LeafScorer::acceptedTaskWeights());
        }
        if (typed && !typed->isNegative()) {
            return {};
        }
        const QString what = index.column() == TaskListEditor::QualityColumn
            ? TaskListEditor::tr("the number of quality failures of task %1").arg(index.row() + 1)
            : TaskListEditor::tr("the number of delays of task %1").arg(index.row() + 1);
        return TaskListEditor::tr("Entered %1; %2 must be %3.")
            .arg(shown, what, LeafScorer::acceptedCounts());
    }

private:
    static bool isCountColumn(int column)
    {
        return column == TaskListEditor::QualityColumn || column == TaskListEditor::DelaysColumn;
    }
};

QTableWidgetItem* checkItem(bool checked, bool readOnly)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                   | (readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

TaskListEditor::TaskListEditor(const Criterion& leaf, int decimals, const QList<TaskItem>& items,
                               bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_leaf(leaf)
    , m_decimals(decimals)
    , m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("taskListEditor"));
    setWindowTitle(tr("Tasks of criterion %1").arg(leaf.code));
    auto* layout = new QVBoxLayout(this);
    auto* caption = new QLabel(leaf.code + QLatin1Char(' ') + leaf.title, this);
    caption->setWordWrap(true);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    layout->addWidget(caption);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setToolTip(
        tr("One row per task: Insert adds a task, Delete removes the selected one, Space ticks a box"));
    m_table->setHorizontalHeaderLabels(
        {tr("Task"), tr("Coefficient"), tr("Done"), tr("Quality failures"), tr("Delays"), tr("Excused")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column = WeightColumn; column < ColumnCount; ++column) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cells = new TaskCellDelegate(m_table);
    m_table->setItemDelegate(m_cells);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add task"), this);
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    m_add->setAccessibleName(tr("Add task"));
    m_add->setToolTip(tr("Add a task at the end of the list (Insert)"));
    m_remove = new QPushButton(tr("&Remove task"), this);
    m_remove->setObjectName(QStringLiteral("removeTaskButton"));
    m_remove->setAccessibleName(tr("Remove task"));
    m_remove->setToolTip(tr("Remove the selected task (Delete)"));
    m_import = new QPushButton(tr("&Import from Excel..."), this);
    m_import->setObjectName(QStringLiteral("importTasksButton"));
    m_import->setAccessibleName(tr("Import tasks from Excel"));
    m_import->setToolTip(
        tr("Replace the list with the tasks of a spreadsheet, one row per task (columns \"Nhiệm "
           "vụ\", \"Hệ số\", \"Hoàn thành\", \"Lỗi chất lượng\", \"Chậm tiến độ\", \"Có lý do "
           "khách quan\"), after a preview"));
    m_points = new QLabel(this);
    m_points->setObjectName(QStringLiteral("taskPoints"));
    m_points->setWordWrap(true);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_import);
    row->addWidget(m_points, 1);
    layout->addLayout(row);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_import->setVisible(!readOnly);

    m_buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("taskButtons"));
    layout->addWidget(m_buttons);
    for (QAbstractButton* button : m_buttons->buttons()) {
        const auto role = m_buttons->buttonRole(button);
        button->setObjectName(role == QDialogButtonBox::AcceptRole ? QStringLiteral("saveTasksButton")
                                                                   : QStringLiteral("closeTasksButton"));
        button->setToolTip(role == QDialogButtonBox::AcceptRole ? tr("Save the task list (Ctrl+Enter)")
                                                                : tr("Close without saving the task list"));
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
        }
    }
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_import->setAutoDefault(false);
    auto* save = new QAction(this);
    save->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(save, &QAction::triggered, this, [this] {
        if (!m_readOnly) {
            accept();
        }
    });
    addAction(save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskListEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TaskListEditor::addTask);
    connect(m_remove, &QPushButton::clicked, this, &TaskListEditor::removeTask);
    connect(m_import, &QPushButton::clicked, this, &TaskListEditor::chooseImportFile);
    connect(m_table, &QTableWidget::itemChanged, this, &TaskListEditor::updatePoints);

    if (!readOnly) {
        auto* insert = new QAction(tr("Add task"), m_table);
        insert->setShortcut(QKeySequence(Qt::Key_Insert));
        insert->setShortcutContext(Qt::WidgetShortcut);
        connect(insert, &QAction::triggered, this, &TaskListEditor::addTask);
        auto* remove = new QAction(tr("Remove task"), m_table);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        connect(remove, &QAction::triggered, this, &TaskListEditor::removeTask);
        m_table->addActions({insert, remove});
    }
    for (const TaskItem& item : items) {
        appendRow(item);
    }
    updatePoints();
    resize(720, 360);
}

void TaskListEditor::appendRow(const TaskItem& item)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* title = new QTableWidgetItem(item.title);
    auto* weight = new QTableWidgetItem(LeafValueText::number(item.weight));
    weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* quality = new QTableWidgetItem;
    quality->setData(Qt::EditRole, static_cast<int>(item.qualityFailures));
    auto* delays = new QTableWidgetItem;
    delays->setData(Qt::EditRole, static_cast<int>(item.delays));
    quality->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    delays->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QTableWidgetItem* editable : {title, weight, quality, delays}) {
        editable->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                           | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsEditable));
    }
    m_table->setItem(row, TitleColumn, title);
    m_table->setItem(row, WeightColumn, weight);
    m_table->setItem(row, DoneColumn, checkItem(item.done, m_readOnly));
    m_table->setItem(row, QualityColumn, quality);
    m_table->setItem(row, DelaysColumn, delays);
    m_table->setItem(row, ExcusedColumn, checkItem(item.excused, m_readOnly));
}

void TaskListEditor::addTask()
{
    TaskItem item;
    item.title = tr("Task %1").arg(m_table->rowCount() + 1);
    appendRow(item);
    updatePoints();
    m_table->setCurrentCell(m_table->rowCount() - 1, TitleColumn);
    m_table->setFocus();
}

void TaskListEditor::chooseImportFile()
{
    const QString path = DialogService::openFile(this, tr("Import tasks"),
                                                 tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty()) {
        previewImport(path);
    }
}

RowsImportDialog* TaskListEditor::previewImport(const QString& fileName)
{
    if (m_readOnly || m_importDialog) {
        return nullptr;
    }
    QString error;
    const auto table = TabularReader::read(fileName, &error);
    if (!table) {
        DialogService::warn(this, tr("Import tasks"), tr("The file could not be read: %1").arg(error));
        return nullptr;
    }
    const TaskListTable::Result read = TaskListTable::read(*table);
    QList<RowsImportDialog::Line> lines;
    for (const TaskListTable::Row& row : read.rows) {
        lines.append({row.number, row.cells, !row.problem.isEmpty(),
                      row.problem.isEmpty() ? tr("Will be imported") : tr("Refused: %1").arg(row.problem)});
    }
    const int refused = read.refusedCount();
    const bool canImport = read.problem.isEmpty() && refused == 0 && !read.rows.isEmpty();
    QString summary;
    if (!read.problem.isEmpty()) {
        summary = tr("Nothing can be imported: %1").arg(read.problem);
    } else if (refused > 0) {
        summary = tr("%n row(s) refused: the list is left as it is until the file is corrected.", nullptr,
                     refused);
    } else if (read.rows.isEmpty()) {
        summary = tr("The file has no task.");
    } else {
        summary
            = tr("%n task(s) will replace the %1 of the list now. The list is saved only when you save it "
                 "(Ctrl+Enter).",
                 nullptr, static_cast<int>(read.rows.size()))
                  .arg(tr("%n task(s)", nullptr, m_table->rowCount()));
    }
    const QStringList headers{tr("Task"),   tr("Coefficient"), tr("Done"), tr("Quality failures"),
                              tr("Delays"), tr("Excused")};
    m_importDialog = new RowsImportDialog(tr("Import tasks: preview"), fileName, headers, lines, summary,
                                          canImport, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::accepted, this, [this, items = read.items()] {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const TaskItem& item : items) {
            appendRow(item);
        }
        updatePoints();
    });
    m_importDialog->open();
    return m_importDialog;
}

void TaskListEditor::removeTask()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    m_table->removeRow(row);
    updatePoints();
}

void TaskListEditor::accept()
{
    if (QWidget* editor = m_table->indexWidget(m_table->currentIndex())) {
        // A cell the core refuses keeps its editor and the reason; the list is not saved yet.
        if (m_cells->refuseEntry(editor)) {
            editor->setFocus(Qt::OtherFocusReason);
            return;
        }
        QMetaObject::invokeMethod(m_table, "commitData", Q_ARG(QWidget*, editor));
    }
    updatePoints();
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok); ok && !ok->isEnabled()) {
        return; // a list the core refuses is not saved
    }
    QDialog::accept();
}

QList<TaskItem> TaskListEditor::items() const
{
    QList<TaskItem> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TaskItem item;
        item.title = m_table->item(row, TitleColumn)->text().trimmed();
        item.weight = LeafValueText::parse(m_table->item(row, WeightColumn)->text()).value_or(Decimal());
        item.done = m_table->item(row, DoneColumn)->checkState() == Qt::Checked;
        item.qualityFailures = m_table->item(row, QualityColumn)->data(Qt::EditRole).toLongLong();
        item.delays = m_table->item(row, DelaysColumn)->data(Qt::EditRole).toLongLong();
        item.excused = m_table->item(row, ExcusedColumn)->checkState() == Qt::Checked;
        list.append(item);
    }
    return list;
}

void TaskListEditor::updatePoints()
{
    LeafValue value;
    value.kind = LeafValue::Kind::Tasks;
    value.items = items();
    const auto outcome = LeafScorer::score(m_leaf, value, Decimal::fromInt(1), m_decimals);
    const bool valid = outcome.kind != LeafScorer::Outcome::Kind::Invalid;
    m_points->setText(valid
                          ? tr("Points: %1 of %2")
                                .arg(LeafValueText::number(outcome.points), LeafValueText::number(m_leaf.max))
                          : outcome.error);
    m_points->setStyleSheet(valid ? QString() : QStringLiteral("color: #b3261e;"));
    if (QPushButton* ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr) {
        ok->setEnabled(valid);
    }
    m_remove->setEnabled(!m_readOnly && m_table->rowCount() > 0);
}

} // namespace danhgia::ui
