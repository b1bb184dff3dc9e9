#pragma once

#include "services/ImportPlan.h"
#include "text/Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace danhgia {

// What CatalogueImport plans with: the columns of the lists of units and people and the values
// they allow, the rows already stored, and the action of each row once checked.
class CataloguePlanning
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)

public:
    // A column: its titles (the Vietnamese and the English name first, then other names seen
    // in lists), and whether a list must have it.
    struct Column
    {
        QStringList titles;
        bool required = false;
    };

    enum UnitField
    {
        UnitCode,
        UnitName,
        UnitKind,
        UnitParent,
    };

    enum PersonField
    {
        PersonCode,
        PersonName,
        PersonPosition,
        PersonUnit,
        PersonGroup,
        PersonLeader,
    };

    // Where each field's column is in a table (-1 when it has none).
    struct Layout
    {
        QList<int> index;
        bool complete = true; // every required column is there
    };

    // A stored row: the parent unit (units) or the unit (people) as a code, and the columns.
    struct Stored
    {
        QString reference;
        QVariantMap values;
    };
    using StoredRows = QHash<QString, Stored>;

    // Where a code or a name was first seen.
    struct Seen
    {
        QString file; // empty for the file being planned
        int row = 0;
        QString code;
    };

    static const QList<Column>& unitColumns();
    static const QList<Column>& personColumns();
    // Whether the text is a title of a column of either list (ignoring case and diacritics).
    static bool isKnownTitle(const QString& text);

    // The database value of a unit kind ("Sở" -> "department"), empty when unknown.
    static QString kindOf(const QString& text);
    static QString kindChoices();
    // 1 or 0 for a leader cell (empty is 0); nothing when the text means neither.
    static std::optional<int> leaderOf(const QString& text);
    static QString leaderChoices();

    // Problems of the header (an empty file, a column missing or given twice, no data rows)
    // go to plan->fileProblems; stored gets the database's rows. False when the rows cannot
    // be planned at all.
    static bool prepare(QSqlDatabase& db, const Table& table, const QList<Column>& columns, ImportPlan* plan,
                        Layout* layout, StoredRows* stored);
    static std::optional<QSet<QString>> unitCodes(QSqlDatabase& db, QString* error);

    // The codes of the earlier plans of the subject, and the units of the earlier plans.
    static QHash<QString, Seen> takenCodes(const QList<ImportPlan>& earlier, ImportPlan::Subject subject);
    static QSet<QString> earlierUnits(const QList<ImportPlan>& earlier);

    // "the unit "X" is not in the list of units ...".
    static QString unknownUnit(const QString& code);
    // Rejects a unit whose parent is below it (the chain of parents, in the database with the
    // plan's changes, would loop).
    static void checkParentLoops(ImportPlan& plan, const StoredRows& stored, const QString& parentTitle);

    // Warns of a person whose name (ignoring case) is in the same unit under another code, in
    // an earlier row or in the database (unless the file has that code too).
    static void warnSameNames(ImportPlan& plan, const StoredRows& stored, const QString& nameTitle);

    // Rejects the entries with a problem (all of them when the layout lacks a required column);
    // the others are created, updated or unchanged as the row stored under their code compares.
    // fieldOfValue gives the field of each value, to name the changed columns.
    static void settle(ImportPlan& plan, const StoredRows& stored, const Table& table, const Layout& layout,
                       const QHash<QString, int>& fieldOfValue, int referenceField);

private:
    static Layout locate(const Table& table, const QList<Column>& columns,
                         QList<ImportPlan::Problem>* problems);
    static std::optional<StoredRows> loadStored(QSqlDatabase& db, ImportPlan::Subject subject,
                                                QString* error);
};

} // namespace danhgia
