#include "CliActor.h"

#include "CliArguments.h"
#include "database/Database.h"
#include "sync/ServerLinkStore.h"
#include "workflow/ServerAccount.h"

#include <QFileInfo>

namespace danhgia::cli {

std::optional<CliActor> CliActor::of(Database& db, const CliArguments& args, Role wanted, QString* error)
{
    QString linkError;
    const auto link = ServerLinkStore::read(db.connection(), &linkError);
    if (!linkError.isEmpty()) {
        *error = tr("The link of this database to the server cannot be read: %1").arg(linkError);
        return std::nullopt;
    }
    const QString typed = args.value(QStringLiteral("actor")).trimmed();
    CliActor actor;
    actor.role = wanted;
    if (!link) {
        actor.name = typed.isEmpty() ? QStringLiteral("danhgia-cli") : typed;
        return actor;
    }
    const ServerAccount& account = link->account;
    if (!typed.isEmpty() && typed != account.login) {
        *error = tr("This database is linked to the server's account %1: what is changed here is recorded "
                    "under that account, so --actor cannot name \"%2\".")
                     .arg(account.login, typed);
        return std::nullopt;
    }
    if (!account.holds(wanted)) {
        QStringList held;
        for (Role role : account.roles) {
            held.append(Roles::title(role));
        }
        *error = tr("This database is linked to the server's account %1, which does not hold the role %2 "
                    "that this needs (its roles: %3).")
                     .arg(account.login, Roles::title(wanted),
                          held.isEmpty() ? tr("none") : held.join(QLatin1String(", ")));
        return std::nullopt;
    }
    actor.name = ServerAccount::actor(account, QString(), wanted);
    return actor;
}

std::optional<CliActor> CliActor::ofFile(const QString& path, const CliArguments& args, Role wanted,
                                         QString* error)
{
    if (!QFileInfo::exists(path)) {
        CliActor actor;
        actor.role = wanted;
        const QString typed = args.value(QStringLiteral("actor")).trimmed();
        actor.name = typed.isEmpty() ? QStringLiteral("danhgia-cli") : typed;
        return actor;
    }
    Database db;
    if (!db.open(path, error, false)) {
        return std::nullopt;
    }
    return of(db, args, wanted, error);
}

} // namespace danhgia::cli
