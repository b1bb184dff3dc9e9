#include "workflow/ServerAccount.h"

#include <QJsonArray>

namespace danhgia {

std::optional<ServerAccount> ServerAccount::fromJson(const QJsonObject& me, const QDateTime& offlineUntil,
                                                     QString* error)
{
    ServerAccount account;
    account.login = me.value(QLatin1String("login")).toString().trimmed();
    if (account.login.isEmpty()) {
        *error = tr("The server's description of the account has no login.");
        return std::nullopt;
    }
    account.fullName = me.value(QLatin1String("full_name")).toString().trimmed();
    const QJsonObject unit = me.value(QLatin1String("unit")).toObject();
    account.unitCode = unit.value(QLatin1String("code")).toString();
    account.unitName = unit.value(QLatin1String("name")).toString();
    for (const QJsonValue& name : me.value(QLatin1String("roles")).toArray()) {
        if (const auto role = Roles::fromName(name.toString()); role && !account.roles.contains(*role)) {
            account.roles.append(*role);
        }
    }
    if (account.roles.isEmpty()) {
        *error = tr("The account \"%1\" holds no role on the server: ask the provincial administrator to "
                    "give it one.")
                     .arg(account.login);
        return std::nullopt;
    }
    account.offlineUntil = offlineUntil.toUTC();
    return account;
}

QList<Role> ServerAccount::offeredRoles(const std::optional<ServerAccount>& account)
{
    return account ? account->roles : Roles::all();
}

QString ServerAccount::actor(const std::optional<ServerAccount>& account, const QString& typedName, Role role)
{
    return QStringLiteral("%1 (%2)").arg(account ? account->login : typedName, Roles::name(role));
}

std::optional<Role> ServerAccount::roleToActIn(std::optional<Role> wanted) const
{
    if (wanted && holds(*wanted)) {
        return wanted;
    }
    if (roles.isEmpty()) {
        return std::nullopt;
    }
    return roles.first();
}

QString ServerAccount::offlineUseRefusal(const QDateTime& now) const
{
    if (usableOffline(now)) {
        return {};
    }
    const QString signIn = tr("Sign in to the provincial server again (in the app: File > Sign in to the "
                              "server…; on the command line: danhgia-cli sync) to go on working.");
    if (!offlineUntil.isValid()) {
        return tr("The account %1 signed out on this computer: nothing can be changed as this account until "
                  "it "
                  "signs in again. %2")
            .arg(login, signIn);
    }
    return tr("Offline use as %1 ended at %2: nothing can be changed as this account until it signs in "
              "again. %3")
        .arg(login, offlineUntil.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")), signIn);
}

} // namespace danhgia
