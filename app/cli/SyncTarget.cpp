#include "SyncTarget.h"

#include "CliIo.h"
#include "DatabaseCommands.h"
#include "database/Database.h"
#include "sync/ServerLinkStore.h"

namespace danhgia::cli {

std::optional<SyncTarget> SyncTarget::resolve(const QString& command, const CliArguments& args, Database* db)
{
    std::optional<ServerLinkStore::Link> link;
    if (db) {
        QString error;
        link = ServerLinkStore::read(db->connection(), &error);
        if (!link && !error.isEmpty()) {
            CliIo::writeErr(tr("danhgia-cli: %1").arg(error));
            return std::nullopt;
        }
    }
    const QString address = args.has(QStringLiteral("server")) ? args.value(QStringLiteral("server"))
                                                               : (link ? link->serverUrl : QString());
    if (address.isEmpty()) {
        CliIo::usageError(command, tr("missing --server URL: the database is not linked to a server yet"));
        return std::nullopt;
    }
    SyncTarget target;
    target.server = QUrl(address, QUrl::StrictMode);
    if (!target.server.isValid()
        || (target.server.scheme() != QLatin1String("http")
            && target.server.scheme() != QLatin1String("https"))
        || target.server.host().isEmpty()) {
        CliIo::usageError(command, tr("--server \"%1\" is not an http:// or https:// address").arg(address));
        return std::nullopt;
    }
    if (link
        && target.server.adjusted(QUrl::StripTrailingSlash)
            != QUrl(link->serverUrl).adjusted(QUrl::StripTrailingSlash)) {
        CliIo::usageError(command,
                          tr("the database is linked to the server %1, not %2")
                              .arg(link->serverUrl, target.server.toString()));
        return std::nullopt;
    }
    target.login = args.has(QStringLiteral("user")) ? args.value(QStringLiteral("user")).trimmed()
                                                    : (link ? link->account.login : QString());
    if (target.login.isEmpty()) {
        CliIo::usageError(command, tr("missing --user LOGIN: the database is not linked to an account yet"));
        return std::nullopt;
    }
    target.caCertificate = link ? link->caCertificate : QString();
    return target;
}

std::optional<SyncTarget> SyncTarget::open(const QString& command, const CliArguments& args, Database& db,
                                           int* exitCode)
{
    *exitCode = ExitUsage;
    if (!args.positional().isEmpty()) {
        CliIo::usageError(command, tr("unexpected argument \"%1\"").arg(args.positional().first()));
        return std::nullopt;
    }
    if (!args.require(command, {QStringLiteral("db")})) {
        return std::nullopt;
    }
    if (!DatabaseCommands::openExisting(db, args.value(QStringLiteral("db")))) {
        *exitCode = ExitUnreadable;
        return std::nullopt;
    }
    return resolve(command, args, &db);
}

ServerConnection::Options SyncTarget::connectionOptions() const
{
    ServerConnection::Options options;
    options.caCertificate = caCertificate;
    return options;
}

} // namespace danhgia::cli
