#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace danhgia {

// The tables the client and the provincial server synchronise, and how their rows refer to each
// other on the wire (docs/sync.md, "Identity on the wire"): a local integer id ("campaign_id")
// never leaves a machine; the wire carries the UUID of the row it names ("campaign_uuid"). One
// table for both sides: the client translates its outbox with it, the server refuses a payload
// that still carries a local id.
class SyncedEntities
{
    Q_DECLARE_TR_FUNCTIONS(SyncedEntities)

public:
    struct Reference
    {
        QString localField; // campaign_id, in the client's payload
        QString wireField; // campaign_uuid, on the wire
        QString entity; // the table it names: campaigns
        // The reference may be empty: a row naming a row an account does not see (a commune's
        // parent unit, the province) is kept with the reference empty.
        bool optional = false;
    };

    static QStringList all();
    static bool contains(const QString& entity);
    // What a row of the table is, for the officer ("Unit", translated): the sync log names a refused
    // row with it. The table's own name for a table this list does not know.
    static QString title(const QString& entity);
    static QList<Reference> references(const QString& entity);
};

} // namespace danhgia
