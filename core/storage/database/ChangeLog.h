#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace danhgia {

// One change to a synchronised row, as the stores report it.
struct RowChange
{
    QString entity; // table name
    QString uuid;
    QString operation; // insert, update, delete
    qint64 revision = 1;
    QJsonObject before; // empty for an insert
    QJsonObject after; // empty for a delete
    QString actor;
    QString action; // what the user did, when it is more than the operation (submit, approve, ...)
    QString reason;
    // The JSON text (UTF-8) of `before` and `after` when the store wrote it already (JsonWriter):
    // it is recorded instead of the objects, which stay empty then.
    QByteArray beforeJson{};
    QByteArray afterJson{};
};

// Records a change twice, in the caller's transaction: an outbox entry for the sync with the
// provincial server, and an audit trail entry (who, what, old and new values, why). On a database
// linked to an account whose offline use ended, nothing is recorded and the change is refused
// (ServerLinkStore::mayWriteAsAccount): the caller's transaction rolls back.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)

public:
    static bool record(QSqlDatabase& db, const RowChange& change, QString* error);
};

} // namespace danhgia
