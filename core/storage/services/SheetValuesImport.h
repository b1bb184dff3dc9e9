#pragma once

#include "scoring/SheetValuesTable.h"
#include "services/SheetEditor.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// What importing the self-assessed values of a spreadsheet into an open score sheet would do,
// row by row, before anything is written: each row is written (its value or its explanation
// changes), unchanged (the sheet holds it already), empty (nothing to write) or refused (the
// file's problem for the row, or the core's refusal: a criterion fed by a survey, a sheet that
// may not be changed any more, a role that does not self-assess). Nothing is written while a
// single row is refused: the import is all or nothing (SheetEditor::writeAll), and undone the
// same way from the values it replaced.
class SheetValuesImport
{
    Q_DECLARE_TR_FUNCTIONS(SheetValuesImport)

public:
    enum class Action
    {
        Write,
        Unchanged,
        Empty,
        Refused,
    };

    struct Entry
    {
        SheetValuesTable::Row row;
        Action action = Action::Empty;
        QString title; // the criterion's title, empty for an unknown code
        std::optional<LeafValue> current; // the self-assessed value before the import
        bool valueChanges = false;
        bool explanationChanges = false;
        QString currentExplanation;
        QString refusal; // Refused: why, in the user's language (the row's problem or the core's)
    };

    static SheetValuesImport plan(const SheetEditor& editor, const SheetValuesTable::Result& read, Role role);

    const QString& fileProblem() const { return m_fileProblem; }
    const QList<Entry>& entries() const { return m_entries; }
    int count(Action action) const;
    // Whether the import may be applied: the file is readable, no row is refused and at least
    // one row changes something.
    bool canApply() const;
    // One sentence saying what the import would do, or why it cannot.
    QString summary() const;

    // What applying writes, and what undoing it writes back.
    QList<SheetEditor::LeafWrite> writes() const;
    QList<SheetEditor::LeafWrite> restoringWrites() const;
    QList<SheetEditor::ExplanationWrite> explanations() const;
    QList<SheetEditor::ExplanationWrite> restoringExplanations() const;

private:
    static Entry planRow(const SheetEditor& editor, const SheetValuesTable::Row& row, Role role);

    QString m_fileProblem;
    QList<Entry> m_entries;
};

} // namespace danhgia
