#include "ServerCommands.h"

#include "AdminCommands.h"
#include "ApiDispatcher.h"
#include "ApiRoutes.h"
#include "ConsoleOutput.h"
#include "HttpServer.h"
#include "PgConnection.h"
#include "SchemaMigrator.h"
#include "Secrets.h"
#include "ServerConfig.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSaveFile>

#include <cstdio>

namespace danhgia::server {

namespace {

// Flags of the commands themselves, besides the settings.
const QStringList CommandFlags{QStringLiteral("unit"), QStringLiteral("role"),
                               QStringLiteral("older_than_days"), QStringLiteral("help")};

} // namespace

bool ServerCommands::split(const QStringList& arguments, QHash<QString, QString>* flags, QStringList* words,
                           QStringList* roles, QString* error)
{
    QStringList known = CommandFlags;
    for (const ServerConfig::Option& option : ServerConfig::options()) {
        known.append(option.key);
    }
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            words->append(argument);
            continue;
        }
        QString key = argument.mid(2);
        QString value;
        const int equals = key.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = key.mid(equals + 1);
            key = key.left(equals);
        }
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!known.contains(key)) {
            *error = tr("Unknown option %1; see danhgia-server --help.").arg(argument);
            return false;
        }
        if (key == QLatin1String("help")) {
            flags->insert(key, QStringLiteral("true"));
            continue;
        }
        if (equals < 0) {
            if (i + 1 >= arguments.size()) {
                *error = tr("The option %1 needs a value.").arg(argument);
                return false;
            }
            value = arguments.at(++i);
        }
        if (key == QLatin1String("role")) {
            roles->append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
        flags->insert(key, value);
    }
    return true;
}

QString ServerCommands::help()
{
    QString text
        = tr("Usage: danhgia-server COMMAND [options]\n"
             "\n"
             "Commands:\n"
             "  serve                      serve the API (migrates the database first)\n"
             "  migrate                    bring the database schema up to date\n"
             "  admin unit import FILE     import units from CSV or .xlsx (the client's columns)\n"
             "  admin user add LOGIN --unit CODE --role ROLE[,ROLE]\n"
             "                             add or replace an account; the password is read from\n"
             "                             standard input\n"
             "  admin user disable LOGIN   disable an account and revoke its tokens\n"
             "  admin user list            list the accounts\n"
             "  admin tombstones purge --older-than-days N\n"
             "                             forget deletions older than N days\n"
             "  admin sessions purge       forget ended sessions (signed out, revoked, expired)\n"
             "\n"
             "Settings (a file given with --config, then DANHGIA_SERVER_<KEY>, then --key; later wins):\n");
    for (const ServerConfig::Option& option : ServerConfig::options()) {
        text += QStringLiteral("  %1 VALUE\n      %2; %3\n")
                    .arg(ServerConfig::flagName(option.key), option.help,
                         ServerConfig::environmentName(option.key));
    }
    return text;
}

int ServerCommands::run(const QStringList& arguments)
{
    QHash<QString, QString> flags;
    QStringList words;
    QStringList roles;
    QString error;
    if (!split(arguments, &flags, &words, &roles, &error)) {
        ConsoleOutput::printLine(stderr, error);
        return 2;
    }
    if (flags.contains(QStringLiteral("help")) || words.isEmpty() || words.first() == QLatin1String("help")) {
        ConsoleOutput::printLine(stdout, help());
        return words.isEmpty() && !flags.contains(QStringLiteral("help")) ? 2 : 0;
    }
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& name : system.keys()) {
        if (name.startsWith(QLatin1String("DANHGIA_SERVER_"))) {
            environment.insert(name, system.value(name));
        }
    }
    const auto config = ServerConfig::load(flags, environment, &error);
    if (!config) {
        ConsoleOutput::printLine(stderr, error);
        return 2;
    }
    if (config->database.isEmpty()) {
        ConsoleOutput::printLine(stderr,
                                 tr("No database: give --database CONNINFO or set DANHGIA_SERVER_DATABASE."));
        return 2;
    }
    if (!Secrets::initialise()) {
        ConsoleOutput::printLine(stderr, tr("libsodium cannot start."));
        return 1;
    }
    PgConnection db;
    if (!db.open(config->database, &error)) {
        ConsoleOutput::printLine(
            stderr,
            tr("Cannot connect to the database %1: %2").arg(PgConnection::masked(config->database), error));
        return 1;
    }
    const QString command = words.first();
    if (command == QLatin1String("migrate") || command == QLatin1String("serve")) {
        QList<int> applied;
        if (!SchemaMigrator::migrate(db, &applied, &error)) {
            ConsoleOutput::printLine(stderr, error);
            return 1;
        }
        for (int version : applied) {
            ConsoleOutput::printLine(stderr, tr("Schema migration %1 applied.").arg(version));
        }
        if (command == QLatin1String("migrate")) {
            ConsoleOutput::printLine(
                stdout, tr("The database is at schema version %1.").arg(SchemaMigrator::latestVersion()));
            return 0;
        }
        for (const QString& line : config->describe()) {
            ConsoleOutput::printLine(stderr, QStringLiteral("config: ") + line);
        }
        Router router;
        ApiRoutes::addAll(router);
        const ApiDispatcher dispatcher(*config, std::move(router));
        HttpServer server(*config, [&dispatcher](ApiRequest& request) { return dispatcher.handle(request); });
        if (!server.listen(&error)) {
            ConsoleOutput::printLine(
                stderr,
                tr("Cannot listen on %1:%2: %3").arg(config->listenHost).arg(config->listenPort).arg(error));
            return 1;
        }
        if (!config->portFile.isEmpty()) {
            QSaveFile file(config->portFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(server.port()) + '\n') < 0
                || !file.commit()) {
                ConsoleOutput::printLine(stderr, tr("Cannot write the port file %1.").arg(config->portFile));
                return 1;
            }
        }
        ConsoleOutput::printLine(stderr,
                                 tr("Listening on %1:%2.").arg(config->listenHost).arg(server.port()));
        server.run();
        return 0;
    }
    if (command == QLatin1String("admin")) {
        int version = SchemaMigrator::currentVersion(db, &error);
        if (version != SchemaMigrator::latestVersion()) {
            ConsoleOutput::printLine(
                stderr, tr("The database schema is not up to date; run danhgia-server migrate first."));
            return 1;
        }
        return AdminCommands::run(db, words.mid(1), flags, roles);
    }
    ConsoleOutput::printLine(stderr, tr("Unknown command %1; see danhgia-server --help.").arg(command));
    return 2;
}

} // namespace danhgia::server
