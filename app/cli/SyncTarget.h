#pragma once

#include "CliArguments.h"
#include "network/ServerConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace danhgia {
class Database;
}

namespace danhgia::cli {

// The server and the login of `sync` and `signout`: --server and --user, else those of the
// database's link (the account it was last synchronised as). A database linked to one server is
// not synchronised with another.
class SyncTarget
{
    Q_DECLARE_TR_FUNCTIONS(SyncTarget)

public:
    QUrl server;
    QString login;
    QString caCertificate; // the pinned CA of the link, if any

    // Empty after printing a usage error naming what is missing or wrong.
    static std::optional<SyncTarget> resolve(const QString& command, const CliArguments& args, Database* db);
    // What `sync` and `signout` share once their help is handled: no positional argument, --db
    // opened, the target resolved. Empty after printing why, with the exit status in `exitCode`.
    static std::optional<SyncTarget> open(const QString& command, const CliArguments& args, Database& db,
                                          int* exitCode);

    // The connection's options: the pinned CA of the link, if any.
    ServerConnection::Options connectionOptions() const;
};

} // namespace danhgia::cli
