#pragma once

#include "services/SheetEditor.h"
#include "workflow/Role.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace danhgia::ui {

class ScoreSheetModel;

// One edit of a score sheet: a leaf's value (and reason) at one stage. Redo writes the new value
// through the SheetEditor at once (saved, audited); undo writes the old one back the same way,
// so the database always holds what the form shows. A write the core refuses (the sheet moved on
// meanwhile, say) is reported to `failed`, and the command becomes obsolete: the stack drops it.
class SheetEditCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString& error)>;

    SheetEditCommand(ScoreSheetModel* model, const SheetEditor::LeafWrite& before,
                     const SheetEditor::LeafWrite& after, Role role, const QString& actor, Report failed);

    void redo() override;
    void undo() override;

    const SheetEditor::LeafWrite& before() const { return m_before; }
    const SheetEditor::LeafWrite& after() const { return m_after; }

private:
    void apply(const SheetEditor::LeafWrite& write);

    ScoreSheetModel* m_model;
    SheetEditor::LeafWrite m_before;
    SheetEditor::LeafWrite m_after;
    Role m_role;
    QString m_actor;
    Report m_failed;
};

} // namespace danhgia::ui
