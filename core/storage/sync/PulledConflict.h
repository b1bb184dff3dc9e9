#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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
};

} // namespace danhgia
