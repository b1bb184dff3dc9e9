#pragma once

#include <QJsonObject>
#include <QString>

namespace danhgia::server {

// One synchronised row as the server keeps it (table records): its data with references as
// UUIDs, and the bookkeeping of versions and of who changed it.
struct SyncRecord
{
    QString entity;
    QString uuid;
    bool exists = false;
    bool deleted = false;
    qint64 version = 0;
    QString scopeUnit; // empty: reference data
    QString parentUuid; // the row it hangs on (a sheet's campaign, an evidence file's sheet)
    QJsonObject data;
    qint64 approvedVersion = 0; // the version at which it was last approved
    QString approvedByClient;
    QString writerClient; // the client database that made the last change
    qint64 chainBase = 0; // the base of that client's run of changes
};

// One entry of a push, as the client sends it (docs/api/openapi.yaml, PushOperation).
struct PushOperation
{
    int index = 0;
    QString opId;
    QString entity;
    QString uuid;
    QString operation; // insert, update, delete
    qint64 baseVersion = 0; // the server version the change was made on; 0 for a row never synced
    QString role; // the role the user acted in, when the client knows it
    QString action; // the workflow action, when the change is one
    QString reason;
    QJsonObject payload;
};

} // namespace danhgia::server
