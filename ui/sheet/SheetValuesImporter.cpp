#include "SheetValuesImporter.h"

#include "AppSession.h"
#include "DialogService.h"
#include "LeafValueText.h"
#include "RowsImportDialog.h"
#include "ScoreSheetModel.h"
#include "SheetImportCommand.h"

#include "scoring/SheetValuesTable.h"
#include "services/SheetValuesImport.h"
#include "tabular/TabularReader.h"

#include <QUndoStack>

namespace danhgia::ui {

namespace {

QString resultText(const SheetValuesImport::Entry& entry)
{
    switch (entry.action) {
        case SheetValuesImport::Action::Write:
            if (entry.valueChanges && entry.explanationChanges) {
                return SheetValuesImporter::tr("Will be written (value and explanation)");
            }
            return entry.valueChanges ? SheetValuesImporter::tr("Will be written")
                                      : SheetValuesImporter::tr("Will be written (explanation)");
        case SheetValuesImport::Action::Unchanged:
            return SheetValuesImporter::tr("Unchanged");
        case SheetValuesImport::Action::Empty:
            return SheetValuesImporter::tr("No value: left as it is");
        case SheetValuesImport::Action::Refused:
            return SheetValuesImporter::tr("Refused: %1").arg(entry.refusal);
    }
    return {};
}

} // namespace

SheetValuesImporter::SheetValuesImporter(AppSession& session, ScoreSheetModel* model, QUndoStack* undoStack,
                                         QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_model(model)
    , m_undo(undoStack)
    , m_dialogParent(dialogParent)
{ }

void SheetValuesImporter::chooseFile()
{
    const QString path = DialogService::openFile(m_dialogParent, tr("Import self-assessed values"),
                                                 tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"));
    if (!path.isEmpty()) {
        preview(path);
    }
}

bool SheetValuesImporter::preview(const QString& fileName)
{
    const SheetEditor* editor = m_model->editor();
    if (!editor || m_dialog) {
        return false;
    }
    QString error;
    const auto table = TabularReader::read(fileName, &error);
    if (!table) {
        Q_EMIT errorOccurred(tr("The file could not be read: %1").arg(error));
        return false;
    }
    const CriteriaSet& set = editor->criteriaSet();
    const SheetValuesImport plan
        = SheetValuesImport::plan(*editor, SheetValuesTable::read(*table, set), m_session.role());
    QList<RowsImportDialog::Line> lines;
    for (const SheetValuesImport::Entry& entry : plan.entries()) {
        const int node = set.indexOf(entry.row.code);
        const bool leaf = node >= 0 && !set.node(node).isGroup;
        const QString current = leaf ? LeafValueText::valueText(set.node(node), entry.current) : QString();
        const QString imported = leaf && entry.row.value
            ? LeafValueText::valueText(set.node(node), entry.row.value)
            : entry.row.valueText;
        lines.append({entry.row.number,
                      {entry.row.code, entry.title, current, imported, entry.row.explanation},
                      entry.action == SheetValuesImport::Action::Refused,
                      resultText(entry)});
    }
    m_dialog = new RowsImportDialog(
        tr("Import self-assessed values: preview"), fileName,
        {tr("Code"), tr("Criterion"), tr("Value now"), tr("Value in the file"), tr("Explanation")}, lines,
        plan.summary(), plan.canApply(), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, plan] { apply(plan); });
    m_dialog->open();
    return true;
}

void SheetValuesImporter::apply(const SheetValuesImport& plan)
{
    if (!m_model->editor() || !plan.canApply()) {
        return;
    }
    // A command that fails is obsolete and deleted by the stack at once: the failure is noted here.
    m_failed = false;
    m_undo->push(new SheetImportCommand(m_model, plan, m_session.role(), m_session.actor(),
                                        [this](const QString& error) {
                                            m_failed = true;
                                            Q_EMIT errorOccurred(error);
                                        }));
    if (!m_failed) {
        Q_EMIT imported(plan.count(SheetValuesImport::Action::Write));
    }
}

} // namespace danhgia::ui
