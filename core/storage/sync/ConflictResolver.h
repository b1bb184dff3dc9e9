#pragma once

#include "conflicts/ConflictResolution.h"
#include "database/Database.h"
#include "sync/ConflictInbox.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace danhgia {

// Resolves a conflict of the inbox (docs/sync.md "Conflicts"), in ONE transaction: the row takes
// the server's current version (server_version = the server's, so the next push is based on it),
// each field kept "mine" or edited is written as a normal local change on it (the sheet editor
// and the workflow check it, and it goes to the outbox and the audit trail), the row's changes not
// yet sent are superseded (recorded with the outcome `conflict`, code `superseded`, never sent),
// and every unresolved conflict of the row is marked resolved with who, when and the choices;
// the resolution itself is an audit entry. Another row's columns kept mine or typed are written
// the same way (SyncedTable: outbox and audit trail), by a role that may write that kind of row,
// references turned back into local ids. Refused (nothing written) when a choice breaks a rule
// (ConflictResolution), a kept reference names a row that is not here, or a kept code is another
// row's: the error names each field and what is allowed instead.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    // `whole`: the choice of every differing field that `choices` does not name. `role`: the
    // role the officer writes in (for the fields kept mine or edited).
    static bool resolve(Database& db, qint64 conflictId, ConflictKeep whole,
                        const QList<ConflictChoice>& choices, Role role, const QString& actor,
                        QString* error);

private:
    // The columns to write, under their local names (a reference's local id).
    static std::optional<QVariantMap> columnValues(QSqlDatabase& db, const ConflictDetail& detail,
                                                   const QList<ConflictResolution::Decision>& decisions,
                                                   QString* error);
};

} // namespace danhgia
