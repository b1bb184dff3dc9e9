#pragma once

// A database file as an older version of the program left it, for the migration tests: the
// schema's statements up to `version`, its user_version, then `rows` (the work it held). Written
// through a connection of its own, closed before the code under test opens the file.

#include "database/SchemaMigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace danhgia::test {

inline bool writeOldSchemaFile(const QString& path, int version, const QStringList& rows, QString* error)
{
    const QString name = QStringLiteral("old-schema-%1").arg(version);
    bool written = true;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        old.setDatabaseName(path);
        written = old.open();
        QSqlQuery query(old);
        QStringList statements;
        for (int v = 1; v <= version; ++v) {
            statements += SchemaMigrations::statements(v);
        }
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        statements += rows;
        for (const QString& statement : statements) {
            if (written && !query.exec(statement)) {
                *error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
                written = false;
            }
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

} // namespace danhgia::test
