#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace danhgia {

// The database schema, one ordered migration per version (PRAGMA user_version). Each runs in
// its own transaction: a database is always at one whole version.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)

public:
    // The version this build writes.
    static int latestVersion();
    // Statements that take a database from version - 1 to version.
    static QStringList statements(int version);

    static int userVersion(QSqlDatabase& db, QString* error);
    // Brings the database to latestVersion(). Refuses one written by a newer version.
    static bool migrate(QSqlDatabase& db, QString* error);
};

} // namespace danhgia
