#pragma once

#include "database/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace danhgia {

// The sync log of the app ("Nhật ký đồng bộ", schema 13): each sync with its time, what it sent,
// applied, received, refused and the conflicts it found, or why it did not end; each refusal with the
// server's Vietnamese reason and the row it names (a sheet by its subject and campaign). Only the last
// `Kept` runs stay: the oldest are forgotten when a new one is recorded.
class SyncLogStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncLogStore)

public:
    static constexpr int Kept = 200;

    struct Refusal
    {
        QString entity;
        QString uuid;
        QString row; // what the officer knows the row by: "Xã Chi Lăng (CCHC-2026)"
        QString code;
        QString message; // the server's reason, in Vietnamese
    };

    struct Run
    {
        qint64 id = 0;
        QDateTime startedAt; // UTC
        QDateTime finishedAt; // UTC
        bool completed = false;
        bool cancelled = false;
        int sent = 0;
        int applied = 0;
        int refused = 0;
        int conflicts = 0;
        int received = 0;
        QString error;
        // Read back. record() finds the server's refusals itself and adds these: the received rows
        // not applied (PulledPageApplier::NotApplied).
        QList<Refusal> refusals;
    };

    // Records a run that started at `run.startedAt`; its refusals are the outcomes the server refused
    // from then on (recorded by the sync in outbox_outcomes). Forgets the runs beyond the last `Kept`.
    // The new run's id.
    static std::optional<qint64> record(Database& db, const Run& run, QString* error);
    // The latest `limit` runs, the newest first, with their refusals.
    static std::optional<QList<Run>> latest(Database& db, int limit, QString* error);
};

} // namespace danhgia
