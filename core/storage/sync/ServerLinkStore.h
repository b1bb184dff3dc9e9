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
    // A rotated refresh token lives until `until`: offline use as `login` lasts until then.
    static bool extendOfflineUse(QSqlDatabase& db, const QString& login, const QDateTime& until,
                                 QString* error);
    // Whether a change may be written as the linked account at `now`: always on a database never
    // linked; once linked, only while its offline use lasts (ServerAccount::offlineUseRefusal), so
    // that nobody goes on approving offline after it ended. False with the Vietnamese reason in
    // `refusal`. ChangeLog asks it for every change, so every write path of the app and the CLI is
    // refused alike; reading, printing and exporting write no change and go on.
    static bool mayWriteAsAccount(QSqlDatabase& db, const QDateTime& now, QString* refusal);
};

} // namespace danhgia
