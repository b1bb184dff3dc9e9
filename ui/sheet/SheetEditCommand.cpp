#include "SheetEditCommand.h"

#include "ScoreSheetModel.h"

#include <QCoreApplication>

namespace danhgia::ui {

SheetEditCommand::SheetEditCommand(ScoreSheetModel* model, const SheetEditor::LeafWrite& before,
                                   const SheetEditor::LeafWrite& after, Role role, const QString& actor,
                                   Report failed)
    : m_model(model)
    , m_before(before)
    , m_after(after)
    , m_role(role)
    , m_actor(actor)
    , m_failed(std::move(failed))
{
    setText(
        after.stage == Stage::Self
            ? QCoreApplication::translate("SheetEditCommand", "change of criterion %1").arg(after.code)
            : QCoreApplication::translate("SheetEditCommand", "appraisal of criterion %1").arg(after.code));
}

void SheetEditCommand::redo()
{
    apply(m_after);
}

void SheetEditCommand::undo()
{
    apply(m_before);
}

void SheetEditCommand::apply(const SheetEditor::LeafWrite& write)
{
    SheetEditor* editor = m_model->editor();
    QString error;
    if (!editor || !editor->write(write, m_role, m_actor, &error)) {
        setObsolete(true);
        if (m_failed) {
            m_failed(error.isEmpty()
                         ? QCoreApplication::translate("SheetEditCommand", "No score sheet is open.")
                         : error);
        }
        return;
    }
    m_model->refresh();
}

} // namespace danhgia::ui
