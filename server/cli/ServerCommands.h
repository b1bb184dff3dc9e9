#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace danhgia::server {

// The command line of danhgia-server: `serve`, `migrate` and the admin commands, each with
// --database (or DANHGIA_SERVER_DATABASE) and the other settings of ServerConfig. Returns the exit
// code: 0 done, 1 refused or failed (a message on stderr), 2 a usage error.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static int run(const QStringList& arguments);
    static QString help();

    // "--key value" and "--key=value" into flags (keys with '_'), the rest into words.
    static bool split(const QStringList& arguments, QHash<QString, QString>* flags, QStringList* words,
                      QStringList* roles, QString* error);
};

} // namespace danhgia::server
