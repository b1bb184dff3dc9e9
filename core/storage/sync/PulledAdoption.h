#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace danhgia {

// A pulled row not here by its UUID, looked for by its natural key (a unit's code, a criteria set's
// id and version, a sheet's campaign, subject and period...): the key a database that worked alone
// shares with the province. A row here the server never acknowledged (no server version) is adopted:
// it takes the server's UUID (references here are local ids, so they follow) and its changes not
// yet sent are superseded (the row is compared with the server's instead: PulledPageApplier). A row
// the server acknowledged under another UUID is a clash: not adopted, told in the sync log.
class PulledAdoption
{
    Q_DECLARE_TR_FUNCTIONS(PulledAdoption)

public:
    struct Found
    {
        qint64 id = 0; // the row here that holds the key; 0 when none does
        QString uuid; // its UUID here
        QString clash; // set when the server acknowledged that row under its UUID: why it stays
        QString clashRow; // that row: its table's title and key
    };

    // The columns of the natural key of a synchronised table (empty when it has none).
    static QStringList naturalKey(const QString& entity);
    // The row here with the key of the server's row `uuid`. `row`: the pulled row with its
    // references as local ids.
    static std::optional<Found> find(QSqlDatabase& db, const QString& entity, const QString& uuid,
                                     const QVariantMap& row, QString* error);
    // The row `found` takes the server's UUID; its changes not yet answered follow it and are
    // superseded. In the caller's transaction.
    static bool adopt(QSqlDatabase& db, const QString& entity, const Found& found, const QString& uuid,
                      QString* error);
};

} // namespace danhgia
