#pragma once

#include "sync/SyncLogStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danhgia {

// What a sync did, for the officer: changes sent, applied, refused (with the server's reasons),
// conflicts, changes received, evidence files sent and received; whether it ended, and why not.
struct SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    bool completed = false;
    bool cancelled = false;
    QString error; // why it did not complete
    int sent = 0;
    int applied = 0;
    int refused = 0;
    int conflicts = 0; // from the push and from the pull
    int received = 0;
    int waiting = 0; // pulled rows that wait for a row they name
    bool resynchronised = false; // the server asked for a full resync
    QStringList refusals;
    // Received rows not applied (a row here the server holds under another UUID has their key):
    // each with its table, row and why, for the sync log.
    QList<SyncLogStore::Refusal> notApplied;
    int filesSent = 0; // evidence content uploaded
    int filesReceived = 0; // evidence content downloaded, its hash checked
    int filesFailed = 0; // evidence content that did not move this time (tried again next time)
    QStringList fileProblems;

    // Several lines of Vietnamese (the translation) for the CLI and the sync log.
    QString toText() const;
};

} // namespace danhgia
