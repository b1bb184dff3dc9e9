#pragma once

#include "PgConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia::server {

// The server's schema, numbered like the client's (SchemaMigrations): version N is a list of
// statements applied in one transaction together with its row in schema_migrations. `migrate`
// and the start of `serve` bring a database up to latestVersion(); a database written by a newer
// server is refused. Two processes starting at once are serialised by an advisory lock.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static int latestVersion();
    static QStringList statements(int version);
    // The version the database is at (0: empty), or -1 with `error` set.
    static int currentVersion(PgConnection& db, QString* error);
    // Applies what is missing; `applied` gets the versions applied now.
    static bool migrate(PgConnection& db, QList<int>* applied, QString* error);
};

} // namespace danhgia::server
