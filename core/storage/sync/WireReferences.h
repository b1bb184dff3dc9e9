#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// The references between synchronised rows, as the wire names them (docs/sync.md, "Identity on the
// wire"): a local integer id ("campaign_id") never leaves the machine; the wire carries the UUID of
// the row it names ("campaign_uuid"). The same table as the server's EntityCatalog.
class WireReferences
{
public:
    struct Reference
    {
        QString localField; // campaign_id
        QString wireField; // campaign_uuid
        QString entity; // the table it names: campaigns
        // The local column may be empty: a row naming a row this account does not see (a commune's
        // parent, the province) is kept with the reference empty.
        bool optional = false;
    };

    // Every entity of the wire (the synchronised tables).
    static QStringList entities();
    static QList<Reference> of(const QString& entity);
    // The entities a pulled change is applied to, in the order a page applies them (a row after
    // the rows it names).
    static QStringList appliedEntities();
};

} // namespace danhgia
