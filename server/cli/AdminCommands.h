#pragma once

#include "PgConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace danhgia::server {

// The commands that bootstrap a province: units from the client's units list (CSV, .xlsx or .xls,
// columns found by title as the client's import finds them), accounts (the password from standard
// input, never a flag), and the purges of old tombstones and of ended sessions.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    static int run(PgConnection& db, const QStringList& words, const QHash<QString, QString>& flags,
                   const QStringList& roles);

private:
    static int importUnits(PgConnection& db, const QString& path);
    static int addUser(PgConnection& db, const QString& login, const QString& unitCode,
                       const QStringList& roles);
    static int disableUser(PgConnection& db, const QString& login);
    static int listUsers(PgConnection& db);
    static int purgeTombstones(PgConnection& db, const QString& days);
    static int purgeSessions(PgConnection& db);
};

} // namespace danhgia::server
