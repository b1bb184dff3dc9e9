#include "sync/AdoptedRows.h"

#include "database/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

bool AdoptedRows::record(QSqlDatabase& db, const QString& entity, const QString& formerUuid,
                         const QString& uuid, QString* error)
{
    QSqlQuery earlier(db);
    earlier.prepare(QStringLiteral("UPDATE adopted_rows SET uuid = ? WHERE entity = ? AND uuid = ?"));
    earlier.addBindValue(uuid);
    earlier.addBindValue(entity);
    earlier.addBindValue(formerUuid);
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT OR REPLACE INTO adopted_rows (entity, uuid, former_uuid, adopted_at) "
                                "VALUES (?, ?, ?, ?)"));
    link.addBindValue(entity);
    link.addBindValue(uuid);
    link.addBindValue(formerUuid);
    link.addBindValue(Database::nowUtc());
    for (QSqlQuery* query : {&earlier, &link}) {
        if (!query->exec()) {
            *error = tr("cannot record the link of the row %1 to the server's row %2: %3")
                         .arg(formerUuid, uuid, query->lastError().text());
            return false;
        }
    }
    return true;
}

QString AdoptedRows::auditUuids(const QString& entity, const QString& uuidExpression)
{
    return QStringLiteral("(SELECT %2 UNION ALL SELECT former_uuid FROM adopted_rows WHERE entity = '%1' "
                          "AND uuid = %2)")
        .arg(QString(entity).replace(QLatin1Char('\''), QLatin1String("''")), uuidExpression);
}

} // namespace danhgia
