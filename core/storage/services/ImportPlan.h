#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace danhgia {

// What importing one file of units or people would do, row by row, before anything is written
// (see CatalogueImport): each data row is created, updated, left unchanged or rejected, and a
// rejected row lists every problem found in it, each naming the row and the column as the file
// has them. Problems of the whole file (a required column missing, an empty file) are kept
// apart. A plan with any rejected row or file problem cannot be applied.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    enum class Subject
    {
        Units,
        People,
    };

    enum class Action
    {
        Create,
        Update,
        Unchanged,
        Reject,
    };

    // A problem or a warning: the row (line of a CSV file, row of a sheet; 0 for the whole
    // file) and the column title as written in the file (empty when it is about the row).
    struct Problem
    {
        int row = 0;
        QString column;
        QString message;

        // "row 7, column «Mã đơn vị»: ...", "row 7: ..." or the message alone.
        QString toText() const;
    };

    struct Entry
    {
        int row = 0;
        Action action = Action::Reject;
        QString code;
        // The unit's name or the person's full name.
        QString name;
        // The code of the parent unit (units) or of the person's unit (people); may be empty for
        // a unit without a parent.
        QString reference;
        // The other columns to write, under their names in the database (search_key included).
        QVariantMap values;
        // For an update, the columns of the file whose value changes.
        QStringList changedColumns;
        QList<Problem> problems;
        QList<Problem> warnings;
    };

    Subject subject = Subject::Units;
    QString sourceName;
    QList<Problem> fileProblems;
    QList<Entry> entries;

    // Whether a row is rejected (a file problem that concerns every row, such as a missing
    // required column, rejects every row as well).
    bool hasRejections() const;
    bool hasFileProblems() const { return !fileProblems.isEmpty(); }
    // Neither rejected rows nor file problems.
    bool isApplicable() const { return !hasRejections() && !hasFileProblems(); }
    int count(Action action) const;

    // The file problems, then every problem of the rejected rows, in the order of the rows.
    QStringList problemTexts() const;
    QStringList warningTexts() const;
    // "Units from "donvi.csv": 3 created, 1 updated, 5 unchanged, 0 rejected".
    QString summary() const;
    // One line per row: "row 4: update DV01 «Sở Nội vụ» (changes: Tên đơn vị)".
    QStringList details() const;

    static QString actionName(Action action);
};

} // namespace danhgia
