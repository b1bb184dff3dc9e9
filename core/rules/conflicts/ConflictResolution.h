#pragma once

#include "conflicts/ConflictComparison.h"
#include "criteria/CriteriaSet.h"
#include "scoring/ScoreSheet.h"
#include "workflow/ApprovalPolicy.h"
#include "workflow/SheetState.h"
#include "workflow/WorkflowAction.h"

#include <QCoreApplication>
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
// - the other fields (and every field of the other rows) keep the server's value; the local
//   version stays in the conflict's record.
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
    };

    // A field's choice with the value to write (Edited: parsed; Mine: the local value).
    struct Decision
    {
        ConflictField field;
        ConflictChoice choice;
        std::optional<LeafValue> leafValue; // values.*: the value to write; none: remove it
        QString text; // explanations.*: the text to write
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
};

} // namespace danhgia
