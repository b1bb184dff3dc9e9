#pragma once

#include "services/SheetValuesImport.h"
#include "workflow/Role.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace danhgia::ui {

class ScoreSheetModel;

// The self-assessed values and explanations imported from a spreadsheet, as ONE edit: redo writes
// them all in one transaction (SheetEditor::writeAll), undo writes back every value and
// explanation they replaced the same way, so that the database always holds what the form shows.
// A write the core refuses (the sheet was submitted meanwhile) is reported to `failed`, and the
// command becomes obsolete.
class SheetImportCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString& error)>;

    SheetImportCommand(ScoreSheetModel* model, const SheetValuesImport& plan, Role role, const QString& actor,
                       Report failed);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<SheetEditor::LeafWrite>& writes,
               const QList<SheetEditor::ExplanationWrite>& explanations);

    ScoreSheetModel* m_model;
    QList<SheetEditor::LeafWrite> m_writes;
    QList<SheetEditor::LeafWrite> m_restoring;
    QList<SheetEditor::ExplanationWrite> m_explanations;
    QList<SheetEditor::ExplanationWrite> m_restoringExplanations;
    Role m_role;
    QString m_actor;
    Report m_failed;
};

} // namespace danhgia::ui
