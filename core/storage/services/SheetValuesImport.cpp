#include "SheetValuesImport.h"

namespace danhgia {

SheetValuesImport SheetValuesImport::plan(const SheetEditor& editor, const SheetValuesTable::Result& read,
                                          Role role)
{
    SheetValuesImport plan;
    plan.m_fileProblem = read.problem;
    for (const SheetValuesTable::Row& row : read.rows) {
        plan.m_entries.append(planRow(editor, row, role));
    }
    return plan;
}

SheetValuesImport::Entry SheetValuesImport::planRow(const SheetEditor& editor,
                                                    const SheetValuesTable::Row& row, Role role)
{
    Entry entry;
    entry.row = row;
    const CriteriaSet& set = editor.criteriaSet();
    const int index = set.indexOf(row.code);
    if (index >= 0) {
        entry.title = set.node(index).title;
        entry.current = editor.value(Stage::Self, row.code);
        entry.currentExplanation = editor.explanation(row.code);
    }
    if (!row.problem.isEmpty()) {
        entry.action = Action::Refused;
        entry.refusal = row.problem;
        return entry;
    }
    entry.valueChanges = row.value.has_value() && !SheetEditor::sameValue(entry.current, row.value);
    entry.explanationChanges = row.hasExplanation && row.explanation != entry.currentExplanation;
    if (!entry.valueChanges && !entry.explanationChanges) {
        entry.action = row.value || row.hasExplanation ? Action::Unchanged : Action::Empty;
        return entry;
    }
    if (entry.explanationChanges && !row.value && !entry.current) {
        // The explanation is kept with the self-assessed value (SheetStore::setExplanation).
        entry.action = Action::Refused;
        entry.refusal
            = tr("criterion %1 has no self-assessed value to explain: give its value on the same row")
                  .arg(row.code);
        return entry;
    }
    QString refused;
    if (entry.valueChanges) {
        refused = editor.refusal({Stage::Self, row.code, row.value, QString()}, role);
    } else {
        refused = editor.refuseStage(Stage::Self, role);
    }
    if (!refused.isEmpty()) {
        entry.action = Action::Refused;
        entry.refusal = tr("criterion %1: %2").arg(row.code, refused);
        return entry;
    }
    entry.action = Action::Write;
    return entry;
}

int SheetValuesImport::count(Action action) const
{
    int count = 0;
    for (const Entry& entry : m_entries) {
        if (entry.action == action) {
            ++count;
        }
    }
    return count;
}

bool SheetValuesImport::canApply() const
{
    return m_fileProblem.isEmpty() && count(Action::Refused) == 0 && count(Action::Write) > 0;
}

QString SheetValuesImport::summary() const
{
    if (!m_fileProblem.isEmpty()) {
        return tr("Nothing can be imported: %1").arg(m_fileProblem);
    }
    const int refused = count(Action::Refused);
    if (refused > 0) {
        return tr("%n row(s) refused: nothing will be written until the file is corrected (see the rows "
                  "marked \"Refused\").",
                  nullptr, refused);
    }
    const int written = count(Action::Write);
    if (written == 0) {
        return tr("The file changes nothing in this sheet: every value it gives is already there.");
    }
    return tr("%n criterion/criteria will be written; %1 unchanged; %2 without a value.", nullptr, written)
        .arg(count(Action::Unchanged))
        .arg(count(Action::Empty));
}

QList<SheetEditor::LeafWrite> SheetValuesImport::writes() const
{
    QList<SheetEditor::LeafWrite> writes;
    for (const Entry& entry : m_entries) {
        if (entry.action == Action::Write && entry.valueChanges) {
            writes.append({Stage::Self, entry.row.code, entry.row.value, QString()});
        }
    }
    return writes;
}

QList<SheetEditor::LeafWrite> SheetValuesImport::restoringWrites() const
{
    QList<SheetEditor::LeafWrite> writes;
    for (const Entry& entry : m_entries) {
        if (entry.action == Action::Write && entry.valueChanges) {
            writes.append({Stage::Self, entry.row.code, entry.current, QString()});
        }
    }
    return writes;
}

QList<SheetEditor::ExplanationWrite> SheetValuesImport::explanations() const
{
    QList<SheetEditor::ExplanationWrite> explanations;
    for (const Entry& entry : m_entries) {
        if (entry.action == Action::Write && entry.explanationChanges) {
            explanations.append({entry.row.code, entry.row.explanation});
        }
    }
    return explanations;
}

QList<SheetEditor::ExplanationWrite> SheetValuesImport::restoringExplanations() const
{
    QList<SheetEditor::ExplanationWrite> explanations;
    for (const Entry& entry : m_entries) {
        // A value that did not exist is removed again, and its explanation with it.
        if (entry.action == Action::Write && entry.explanationChanges && entry.current) {
            explanations.append({entry.row.code, entry.currentExplanation});
        }
    }
    return explanations;
}

} // namespace danhgia
