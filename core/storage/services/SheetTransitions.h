#pragma once

#include "workflow/Role.h"
#include "workflow/SheetState.h"
#include "workflow/WorkflowAction.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace danhgia {

class Database;

// Applies the workflow to stored score sheets: checks the transition with SheetWorkflow (role,
// state, reason, and for submission the completeness and the evidence of the sheet as stored),
// changes the state and records who did it and why in the outbox and the audit trail, all in one
// transaction. A refused transition changes nothing and says why.
class SheetTransitions
{
    Q_DECLARE_TR_FUNCTIONS(SheetTransitions)

public:
    static std::optional<SheetState> state(QSqlDatabase& db, qint64 sheetId, QString* error);

    // Returns the new state, or nothing with `error` set (a refusal or a database problem).
    static std::optional<SheetState> apply(Database& db, qint64 sheetId, WorkflowAction action, Role role,
                                           const QString& actor, const QString& reason, QString* error);
};

} // namespace danhgia
