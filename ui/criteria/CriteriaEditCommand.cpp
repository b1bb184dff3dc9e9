#include "CriteriaEditCommand.h"

#include "CriteriaEditorDialog.h"

namespace danhgia::ui {

CriteriaEditCommand::CriteriaEditCommand(CriteriaEditorDialog* editor, const QString& text,
                                         CriteriaSet before, int selectedBefore, CriteriaSet after,
                                         int selectedAfter)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_selectedBefore(selectedBefore)
    , m_selectedAfter(selectedAfter)
{ }

void CriteriaEditCommand::undo()
{
    m_editor->showDraft(m_before, m_selectedBefore);
}

void CriteriaEditCommand::redo()
{
    m_editor->showDraft(m_after, m_selectedAfter);
}

} // namespace danhgia::ui
