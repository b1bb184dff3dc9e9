#pragma once

#include "workflow/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The account a database is linked to on the provincial server (docs/sync.md, "Credentials"): who
// the user is once linked. Read from the server's /api/v1/me and kept in the database for offline
// work until the refresh token expires. The user acts only in the account's roles.
class ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccount)

public:
    QString login;
    QString fullName; // empty when the server keeps none: the login names the user then
    QString unitCode;
    QString unitName;
    QList<Role> roles;
    QDateTime offlineUntil; // UTC: the refresh token's expiry

    // The account from /api/v1/me (login, unit, roles; full_name when the server has one); nullopt
    // with what is missing or wrong in `error`. Roles the client does not know are left out.
    static std::optional<ServerAccount> fromJson(const QJsonObject& me, const QDateTime& offlineUntil,
                                                 QString* error);

    bool holds(Role role) const { return roles.contains(role); }
    // The name shown and written in the audit trail: the full name, else the login.
    QString displayName() const { return fullName.isEmpty() ? login : fullName; }
    // The role to act in when `wanted` is not one of the account's: its first role.
    std::optional<Role> roleToActIn(std::optional<Role> wanted) const;
    // The roles a user may pick: the account's once linked, every role on a database never linked
    // (the single-machine behaviour).
    static QList<Role> offeredRoles(const std::optional<ServerAccount>& account);
    // What the audit trail records as the actor: the account's login once linked, else the name
    // typed in the settings; with the role acted in.
    static QString actor(const std::optional<ServerAccount>& account, const QString& typedName, Role role);

    // The account may still be used without reaching the server at `now`.
    bool usableOffline(const QDateTime& now) const { return offlineUntil.isValid() && now < offlineUntil; }
    // Why nothing may be changed as the account at `now`: its offline use ended (the refresh token's
    // time passed, or it signed out) and it has not signed in since; empty while it may. Reading,
    // printing and exporting never ask.
    QString offlineUseRefusal(const QDateTime& now) const;
};

} // namespace danhgia
