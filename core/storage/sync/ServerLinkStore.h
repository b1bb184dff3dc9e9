#pragma once

#include "workflow/ServerAccount.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace danhgia {

// The provincial server a database is linked to and the signed-in account (schema 10): who the
// user is once linked (name, unit, roles), kept for offline work until the refresh token expires.
// A database with no link keeps the single-machine behaviour. The refresh token is never stored
// here (credentials/TokenVault keeps it in the OS keychain).
class ServerLinkStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerLinkStore)

public:
    struct Link
    {
        QString serverUrl;
        QString caCertificate; // a PEM file to pin; empty: the system's CAs
        ServerAccount account;
    };

    // The link; nullopt with an empty `error` when the database was never linked.
    static std::optional<Link> read(QSqlDatabase& db, QString* error);
    // Links the database (or refreshes the account after a sign-in).
    static bool save(QSqlDatabase& db, const Link& link, QString* error);
    // After a sign-out: the database stays linked to the account (its roles still bind), but may no
    // longer be used offline until the next sign-in.
    static bool endOfflineUse(QSqlDatabase& db, QString* error);
};

} // namespace danhgia
