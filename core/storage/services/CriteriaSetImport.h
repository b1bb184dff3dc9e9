#pragma once

#include "criteria/CriteriaTemplates.h"

#include <QCoreApplication>
#include <QString>

namespace danhgia {

// A criteria set read from a file for the Criteria sets screen: a danhgia.criteria/1 JSON file, or
// the Excel/CSV template (CriteriaTableReader), whose id, version, title and kind the user gives.
// Every problem comes back with the set (by row and criterion code for a table), nothing is
// stored here: CriteriaSetEditor::createDraft stores the set when it has no errors.
class CriteriaSetImport
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaSetImport)

public:
    // What the user gives, or changes, of the set's header.
    struct Header
    {
        QString id;
        int version = 1;
        QString title;
        QString kind;
        // A table has no grades, flags, quota or decimals: those of this built-in template
        // (CriteriaTemplates name) are taken; none when empty. Not used for JSON files.
        QString gradesFrom;
    };

    // True for .csv, .xlsx and .xls files (the template), false for JSON.
    static bool isTable(const QString& path);
    // A header for a file: a JSON file's own; for a table, an id and title made from its name, and
    // the grades of the built-in template of its kind.
    static Header suggestedHeader(const QString& path);
    // Reads the file with `header` in place of the file's own (a table has none).
    static CriteriaTemplates::Loaded read(const QString& path, const Header& header);
};

} // namespace danhgia
