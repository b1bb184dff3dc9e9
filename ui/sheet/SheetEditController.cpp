#include "SheetEditController.h"

#include "AppSession.h"
#include "DialogService.h"
#include "LeafValueText.h"
#include "ScoreSheetModel.h"
#include "SheetEditCommand.h"
#include "TaskListEditor.h"

#include <QTimer>
#include <QUndoStack>

namespace danhgia::ui {

SheetEditController::SheetEditController(AppSession& session, ScoreSheetModel* model, QUndoStack* undoStack,
                                         QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_model(model)
    , m_undo(undoStack)
    , m_dialogParent(dialogParent)
{
    connect(m_model, &ScoreSheetModel::editRequested, this, &SheetEditController::requestWrite);
}

void SheetEditController::requestWrite(const SheetEditor::LeafWrite& write)
{
    const SheetEditor* editor = m_model->editor();
    if (!editor) {
        return;
    }
    if (editor->needsReason(write)) {
        // Asked once the cell editor that made the change has closed (a dialog takes its focus).
        QTimer::singleShot(0, this, [this, write] { askReasonAndWrite(write); });
        return;
    }
    pushWrite(write);
}

void SheetEditController::askReasonAndWrite(SheetEditor::LeafWrite write)
{
    const SheetEditor* editor = m_model->editor();
    const int node = editor ? editor->criteriaSet().indexOf(write.code) : -1;
    if (node < 0) {
        return;
    }
    const Criterion& leaf = editor->criteriaSet().node(node);
    const auto baseline = editor->effectiveValue(editor->baselineOf(write.stage), write.code);
    const auto reason
        = DialogService::askText(m_dialogParent, tr("Reason for the change"),
                                 tr("Criterion %1 %2: the appraised value \"%3\" differs from the "
                                    "self-assessed \"%4\". Why was it changed?")
                                     .arg(leaf.code, leaf.title, LeafValueText::valueText(leaf, write.value),
                                          LeafValueText::valueText(leaf, baseline)));
    // Without a reason the core refuses the change, and says why.
    write.reason = reason.value_or(QString());
    pushWrite(write);
}

void SheetEditController::pushWrite(const SheetEditor::LeafWrite& write)
{
    SheetEditor* editor = m_model->editor();
    if (!editor) {
        return;
    }
    const QString refused = editor->refusal(write, m_session.role());
    if (!refused.isEmpty()) {
        Q_EMIT errorOccurred(refused);
        return;
    }
    const SheetEditor::LeafWrite before{write.stage, write.code,
                                        editor->effectiveValue(write.stage, write.code),
                                        editor->changeReason(write.stage, write.code)};
    m_undo->push(new SheetEditCommand(m_model, before, write, m_session.role(), m_session.actor(),
                                      [this](const QString& error) { Q_EMIT errorOccurred(error); }));
    Q_EMIT changePushed();
}

void SheetEditController::markNotApplicable(const QModelIndex& index, Stage stage)
{
    const Criterion* leaf = m_model->criterion(index);
    if (!leaf || leaf->isGroup || !leaf->naAllowed || !m_model->isEditable(stage)) {
        return;
    }
    LeafValue value;
    value.kind = LeafValue::Kind::NotApplicable;
    m_model->setData(index.siblingAtColumn(ScoreSheetModel::valueColumn(stage)), QVariant::fromValue(value));
}

void SheetEditController::clearValue(const QModelIndex& index)
{
    const Criterion* leaf = m_model->criterion(index);
    if (!leaf || leaf->isGroup || !m_model->isEditable(Stage::Self)) {
        return;
    }
    m_model->setData(index.siblingAtColumn(ScoreSheetModel::SelfValueColumn), QVariant());
}

void SheetEditController::openTaskEditor(const QModelIndex& index)
{
    const SheetEditor* editor = m_model->editor();
    const Criterion* leaf = m_model->criterion(index);
    const auto stage = ScoreSheetModel::stageOfColumn(index.column());
    if (!editor || !leaf || leaf->method.type != MethodType::Tasks || !stage || m_taskEditor) {
        return;
    }
    const auto value = editor->effectiveValue(*stage, leaf->code);
    const QList<TaskItem> items
        = value && value->kind == LeafValue::Kind::Tasks ? value->items : QList<TaskItem>();
    m_taskEditor = new TaskListEditor(*leaf, editor->criteriaSet().decimals, items,
                                      !m_model->isEditable(*stage), m_dialogParent);
    m_taskEditor->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex persistent(index);
    connect(m_taskEditor, &QDialog::accepted, this, [this, persistent, dialog = m_taskEditor] {
        if (!dialog || !persistent.isValid()
            || !m_model->isEditable(*ScoreSheetModel::stageOfColumn(persistent.column()))) {
            return;
        }
        LeafValue tasks;
        tasks.kind = LeafValue::Kind::Tasks;
        tasks.items = dialog->items();
        m_model->setData(persistent, QVariant::fromValue(tasks));
    });
    m_taskEditor->open();
}

TaskListEditor* SheetEditController::taskListEditor() const
{
    return m_taskEditor;
}

void SheetEditController::closeTaskEditor()
{
    if (m_taskEditor) {
        m_taskEditor->reject();
    }
}

} // namespace danhgia::ui
