#pragma once

#include "criteria/CriteriaSet.h"

#include <QUndoCommand>

namespace danhgia::ui {

class CriteriaEditorDialog;

// One edit of a draft criteria set in the editor (a criterion added, removed, moved, or one of
// its fields changed), undone and redone as a whole: the set before and after, and the
// criterion shown in each.
class CriteriaEditCommand : public QUndoCommand
{
public:
    CriteriaEditCommand(CriteriaEditorDialog* editor, const QString& text, CriteriaSet before,
                        int selectedBefore, CriteriaSet after, int selectedAfter);

    void undo() override;
    void redo() override;

private:
    CriteriaEditorDialog* m_editor;
    CriteriaSet m_before;
    CriteriaSet m_after;
    int m_selectedBefore;
    int m_selectedAfter;
};

} // namespace danhgia::ui
