#include "database/StatementCache.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>

#include <memory>

namespace danhgia {

namespace {

struct Statements
{
    QHash<QString, std::shared_ptr<QSqlQuery>> queries;
    QHash<QString, std::shared_ptr<SqliteStatement>> native;
};

QMutex cacheMutex;

QHash<QString, Statements>& cache()
{
    static QHash<QString, Statements> perConnection;
    return perConnection;
}

} // namespace

QSqlQuery* StatementCache::exec(QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                QString* error)
{
    std::shared_ptr<QSqlQuery> query;
    {
        const QMutexLocker lock(&cacheMutex);
        Statements& statements = cache()[db.connectionName()];
        query = statements.queries.value(sql);
        if (!query) {
            query = std::make_shared<QSqlQuery>(db);
            if (!query->prepare(sql)) {
                *error = query->lastError().text();
                return nullptr;
            }
            statements.queries.insert(sql, query);
        }
    }
    query->finish();
    for (int i = 0; i < values.size(); ++i) {
        query->bindValue(i, values[i]);
    }
    if (!query->exec()) {
        *error = query->lastError().text();
        return nullptr;
    }
    return query.get();
}

SqliteStatement* StatementCache::prepared(QSqlDatabase& db, const QString& sql, QString* error)
{
    const QMutexLocker lock(&cacheMutex);
    Statements& statements = cache()[db.connectionName()];
    std::shared_ptr<SqliteStatement>& statement = statements.native[sql];
    if (!statement) {
        statement = SqliteStatement::prepare(db, sql, error);
        if (!statement) {
            statements.native.remove(sql);
            return nullptr;
        }
    }
    return statement.get();
}

void StatementCache::release(const QString& connectionName)
{
    const QMutexLocker lock(&cacheMutex);
    cache().remove(connectionName);
}

} // namespace danhgia
