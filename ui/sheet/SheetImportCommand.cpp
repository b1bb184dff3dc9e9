#include "SheetImportCommand.h"

#include "ScoreSheetModel.h"

#include <QCoreApplication>

namespace danhgia::ui {

SheetImportCommand::SheetImportCommand(ScoreSheetModel* model, const SheetValuesImport& plan, Role role,
                                       const QString& actor, Report failed)
    : m_model(model)
    , m_writes(plan.writes())
    , m_restoring(plan.restoringWrites())
    , m_explanations(plan.explanations())
    , m_restoringExplanations(plan.restoringExplanations())
    , m_role(role)
    , m_actor(actor)
    , m_failed(std::move(failed))
{
    // (A local: lupdate 6.4 never ends on a scoped enum inside the arguments of translate().)
    const int criteria = plan.count(SheetValuesImport::Action::Write);
    setText(QCoreApplication::translate("SheetImportCommand", "import of %n criterion/criteria", nullptr,
                                        criteria));
}

void SheetImportCommand::redo()
{
    apply(m_writes, m_explanations);
}

void SheetImportCommand::undo()
{
    apply(m_restoring, m_restoringExplanations);
}

void SheetImportCommand::apply(const QList<SheetEditor::LeafWrite>& writes,
                               const QList<SheetEditor::ExplanationWrite>& explanations)
{
    SheetEditor* editor = m_model->editor();
    QString error;
    if (!editor || !editor->writeAll(writes, explanations, m_role, m_actor, &error)) {
        setObsolete(true);
        if (m_failed) {
            m_failed(error.isEmpty()
                         ? QCoreApplication::translate("SheetImportCommand", "No score sheet is open.")
                         : error);
        }
        return;
    }
    m_model->refresh();
}

} // namespace danhgia::ui
