#pragma once

#include "conflicts/ConflictComparison.h"
#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "workflow/ApprovalPolicy.h"
#include "workflow/Role.h"
#include "workflow/SheetState.h"
#include "workflow/WorkflowAction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// What the officer keeps of one differing field of a conflict.
enum class ConflictKeep
{
    Mine, // the value here
    Server, // the server's value
    Edited, // a value typed while resolving
};

struct ConflictChoice
{
    QString path;
    ConflictKeep keep = ConflictKeep::Server;
    QString edited; // Edited: the value as typed ("8,5", "9/10", "có"...)
};

// How a conflict is resolved, checked with the core's rules. The resolution is written on the
// server's current version: the row becomes the server's, and each field kept "mine" or edited
// is a normal change on it. For a score sheet:
// - a leaf value kept or edited must fit its criterion's method (LeafValueParser, LeafScorer),
//   and its stage must accept values in the server's state (SheetWorkflow::refuseValueWrite):
//   nothing changes on a sheet approved or published on the server;
// - the state kept "mine" is reached by a workflow action from the server's state; a sheet
//   approved or published on the server keeps the server's state (its approver reopens it);
// - an explanation follows the self-assessment's rule; a reason follows its value;
// - the sheet's other fields keep the server's value; the local version stays in the conflict's
//   record.
// For every other synchronised row, each column (ConflictColumns) is kept mine, the server's or
// typed: a kept or typed value must fit its column (a required text not empty, a date a date, a
// number a number, a yes/no, one of a choice; JSON and references are kept, never typed); a
// criteria set published on the server keeps the server's version; a grade decision left
// overridden keeps its reason and approver (GradeOverride). What only the database can
// tell (a code unique in its table, a kept reference to a row that is here) ConflictResolver
// checks.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)

public:
    struct Context
    {
        bool isSheet = false;
        bool approvedSinceBase = false; // the server says the sheet was approved after the base
        std::optional<SheetState> serverState;
        std::optional<SheetState> localState;
        const CriteriaSet* set = nullptr;
        ApprovalPolicy policy;
        // Another row: its table (empty: only the server's version may be kept), whether the
        // server published it (a criteria set), and the titles of the rows its references name.
        QString entity;
        bool publishedOnServer = false;
        QHash<QString, QString> titles;
    };

    // A field's choice with the value to write (Edited: parsed; Mine: the local value).
    struct Decision
    {
        ConflictField field;
        ConflictChoice choice;
        std::optional<LeafValue> leafValue; // values.*: the value to write; none: remove it
        QString text; // explanations.*: the text to write
        QJsonValue column; // another row's column: the value to write (a UUID for a reference)
    };

    struct Outcome
    {
        QList<Decision> decisions; // one per differing field
        QStringList problems; // in the user's language, each naming the field; empty: allowed
        // values.<stage>.<code> kept mine or edited (the value written as a normal change)
        QList<Decision> writes() const;
        // The workflow action that takes the server's state to the kept state, when there is one.
        std::optional<WorkflowAction> stateAction;
    };

    // Every differing field gets a choice: its own in `choices` (by path), else `whole`. A choice
    // naming a field that does not differ is a problem too.
    static Outcome decide(const QList<ConflictField>& fields, ConflictKeep whole,
                          const QList<ConflictChoice>& choices, const Context& context);
    // What may be chosen for a field ("keep the server's", ...): for the buttons of the inbox.
    static bool allows(const ConflictField& field, ConflictKeep keep, const Context& context);

    // Whether `role` may write what is kept mine or typed in a row of `entity` (the catalogue,
    // a campaign's setup, a ceiling...: RecordPermissions); empty when it may.
    static QString permissionRefusal(const QString& entity, Role role);

    // "PATH=mine", "PATH=server", "PATH=VALUE" (as typed on the command line).
    static std::optional<ConflictChoice> parseChoice(const QString& text, QString* error);
    static std::optional<ConflictKeep> keepFromName(const QString& name);
    static QString keepName(ConflictKeep keep);
    static QString keepTitle(ConflictKeep keep);

private:
    static QString refusal(Decision* decision, const Context& context, std::optional<WorkflowAction>* action);
    static QString stateRefusal(const ConflictField& field, const ConflictChoice& choice,
                                const Context& context, std::optional<WorkflowAction>* action);
    static QString valueRefusal(Decision* decision, const Context& context, const QString& kind,
                                const QString& stage, const QString& code);
    static QString columnRefusal(Decision* decision, const Context& context);
    // What the row as resolved must satisfy as a whole (an overridden grade: reason and approver).
    static QString rowRefusal(const QList<ConflictField>& fields, const QList<Decision>& decisions,
                              const Context& context);
};

} // namespace danhgia
