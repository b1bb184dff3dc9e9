#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace danhgia {

// A synchronised row read as JSON for the conflicts (PulledConflict, ConflictInbox): a NULL
// column stays null (never 0 nor ""), and in the server's form each reference's local id
// ("unit_id") becomes the UUID of the row it names ("unit_uuid"), null when it names none.
class RowJson
{
    Q_DECLARE_TR_FUNCTIONS(RowJson)

public:
    // The columns of the query's current row.
    static QJsonObject fromRecord(const QSqlQuery& query);
    static QJsonValue fromColumn(const QVariant& value);
    // The references of `row` (a row of `entity`) turned into UUIDs, in place.
    static bool toWire(QSqlDatabase& db, const QString& entity, QJsonObject* row, QString* error);
    // The row of `entity` with that UUID, as it is here (empty when it is not here).
    static std::optional<QJsonObject> byUuid(QSqlDatabase& db, const QString& entity, const QString& uuid,
                                             QString* error);
};

} // namespace danhgia
