#pragma once

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace danhgia {
class Database;
}

namespace danhgia::cli {

class CliArguments;

// Who a command that changes the database acts as (docs/cli.md, "Who a command acts as"). On a
// database never linked to a server: the role the command asks for, recorded in the audit trail
// under --actor (danhgia-cli by default), as on a single machine. On a linked database: the account
// it is linked to, as in the app: the audit trail names the account's login and the role, a role
// the account does not hold is refused, and --actor may not name anyone else.
class CliActor
{
    Q_DECLARE_TR_FUNCTIONS(CliActor)

public:
    Role role = Role::Administrator;
    QString name;

    // `wanted`: the role the command needs or was given; nullopt with the reason in `error`.
    static std::optional<CliActor> of(Database& db, const CliArguments& args, Role wanted, QString* error);
    // The same for a database file that may not exist yet (one that does not is not linked).
    static std::optional<CliActor> ofFile(const QString& path, const CliArguments& args, Role wanted,
                                          QString* error);
};

} // namespace danhgia::cli
