#pragma once

#include "SyncClient.h"
#include "WriteLedger.h"

#include <QByteArray>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

// The edits officers make between the sync rounds of the robustness tests, drawn from the test's
// seeded generator, each written through the storage as the app writes it and recorded in the
// ledger: on a province's database, a new person in a commune or a person renamed (only
// people that database has: the province's second session renames what it pulled, so the two
// rename the same people between their syncs); on a commune's database, a leaf of its sheet
// scored, or, one edit in eight, an evidence file attached to a leaf (random content, from a few bytes
// to about 1 MB; one in four is large). A commune account on two databases scores the same sheet.
class RoundEdits
{
public:
    RoundEdits(QRandomGenerator& random, const QString& prefix)
        : m_random(random)
        , m_prefix(prefix)
    { }

    // One edit by `client`, at `where` (the seed and round, for the ledger and the messages).
    bool edit(SyncClient& client, const QString& where, QString* error);

    WriteLedger& ledger() { return m_ledger; }
    const QMap<QString, QByteArray>& attached() const { return m_attached; } // SHA-256 → content
    int people() const { return static_cast<int>(m_unitOf.size()); }
    qint64 attachedBytes() const { return m_bytes; }

private:
    bool editPeople(SyncClient& client, const QString& where, QString* error);
    bool score(SyncClient& client, const QString& where, QString* error);
    bool attach(SyncClient& client, const QString& where, QString* error);
    static bool has(danhgia::Database& db, const QString& personCode);

    QRandomGenerator& m_random;
    QString m_prefix; // of the people of this run
    WriteLedger m_ledger;
    QMap<QString, QString> m_unitOf; // people added: code → unit
    QMap<QString, QByteArray> m_attached;
    qint64 m_bytes = 0;
};
