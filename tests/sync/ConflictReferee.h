#pragma once

#include "WriteLedger.h"
#include "workflow/Role.h"

#include <QString>

namespace danhgia {
class Database;
}

// Decides the conflicts of the sync tests the way an officer does in the inbox (ConflictInbox,
// ConflictResolver, as the app's "Sync conflicts" screen): a score sheet's conflict is resolved by
// keeping mine and keeping the server's in turn, any other row's by keeping the server's (the only
// choice the rules give it). Each choice goes into the ledger: the values kept, from the
// conflict's fields, so the expected end follows the resolution.
class ConflictReferee
{
public:
    struct Tally
    {
        int keptMine = 0;
        int keptServer = 0;
        int otherRows = 0; // conflicts of rows other than sheets (people)
    };

    // Resolves every open conflict of `db` in `role` as `actor`; false with `error` naming the
    // conflict when the resolver refused one (nothing is left half decided).
    bool resolveAll(danhgia::Database& db, danhgia::Role role, const QString& actor, WriteLedger& ledger,
                    const QString& where, QString* error);
    // How many rows of `db` still wait for a decision (-1: cannot read).
    static int open(danhgia::Database& db);
    const Tally& tally() const { return m_tally; }

private:
    int m_decided = 0;
    Tally m_tally;
};
