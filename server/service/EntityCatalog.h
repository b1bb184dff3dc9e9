#pragma once

#include "workflow/SyncedEntities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia::server {

// The client tables the server synchronises, and how their rows refer to each other. A local
// integer id never leaves a machine: where the client's outbox payload has "campaign_id": 1, the
// wire has "campaign_uuid": "<the campaign's UUID>" (docs/sync.md, "Identity on the wire"). The table
// is the rules' SyncedEntities, which the client translates its outbox with; the server refuses a
// payload that still carries a local id.
class EntityCatalog
{
public:
    using Reference = SyncedEntities::Reference;

    static QStringList entities();
    static bool knows(const QString& entity);
    static QList<Reference> references(const QString& entity);
    // Entities every account reads (no unit scope): criteria sets, campaigns, surveys.
    static bool isReferenceData(const QString& entity);
};

} // namespace danhgia::server
