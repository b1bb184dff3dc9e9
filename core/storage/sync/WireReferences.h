#pragma once

#include "workflow/SyncedEntities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// The references between synchronised rows, as the wire names them (docs/sync.md, "Identity on the
// wire"): a local integer id ("campaign_id") never leaves the machine; the wire carries the UUID of
// the row it names ("campaign_uuid"). The table is the rules' SyncedEntities, which the server
// reads too.
class WireReferences
{
public:
    using Reference = SyncedEntities::Reference;

    // Every entity of the wire (the synchronised tables).
    static QStringList entities();
    static QList<Reference> of(const QString& entity);
    // The entities a pulled change is applied to, in the order a page applies them (a row after
    // the rows it names).
    static QStringList appliedEntities();
};

} // namespace danhgia
