#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace danhgia {

// A pulled change to a row with a local change not yet acknowledged: recorded as a conflict (the
// server's row, the local row with a sheet's values, the fields that differ: `state`,
// `values.self.1.2`...), for the officer to decide; the local row is left as it is.
class PulledConflict
{
public:
    // `data` empty: the server deleted the row.
    static bool record(QSqlDatabase& db, const QString& entity, const QString& uuid, qint64 localId,
                       qint64 base, qint64 version, const QJsonObject& data, QString* error);
    // The fields an officer would decide on where the server's row (`data`) and the row here differ:
    // its columns and a sheet's values, bookkeeping left out (ConflictColumns). Empty when the same.
    static std::optional<QStringList> differences(QSqlDatabase& db, const QString& entity, qint64 localId,
                                                  const QJsonObject& data, QString* error);

private:
    struct Compared
    {
        QJsonObject local; // the row here, in the server's form
        QStringList fields; // what differs, bookkeeping included
    };
    static std::optional<Compared> compare(QSqlDatabase& db, const QString& entity, qint64 localId,
                                           const QJsonObject& data, QString* error);
};

} // namespace danhgia
