#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// Turns an outbox entry of a client database (entity, uuid, operation, payload with local ids, as
// ChangeLog records it) into a push operation of the wire (docs/api/openapi.yaml): every
// reference "x_id": <local id> becomes "x_uuid": <the row's UUID>, through the client's own map
// of local ids to UUIDs. This is what the client does at its edge (issue 14); the tests use it
// to push payloads built the way the client's outbox builds them.
class OutboxTranslator
{
public:
    // Records the UUID of a local row of this database.
    void know(const QString& entity, qint64 localId, const QString& uuid);
    // The wire operation; `error` names a local id without a known UUID.
    QJsonObject translate(const QString& opId, const QString& entity, const QString& uuid,
                          const QString& operation, qint64 baseVersion, const QJsonObject& payload,
                          QString* error) const;

private:
    QHash<QString, QString> m_uuids; // "entity/id" → uuid
};
