#include "sync/SyncLogStore.h"

#include "workflow/SyncedEntities.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace danhgia {

namespace {

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Never NULL in a column that is NOT NULL: a null QString binds as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDateTime fromTimestamp(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

// The refusals recorded since `since`, with the row each names.
bool readNewRefusals(QSqlDatabase& c, const QDateTime& since, QList<SyncLogStore::Refusal>* refusals,
                     QList<qint64>* outboxIds, QString* error)
{
    QSqlQuery query(c);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.entity, o.uuid, oo.error_code, oo.error_message, coalesce(s.subject_name, ''), "
        "coalesce(s.subject_code, ''), coalesce(c.code, ''), "
        "coalesce(u.code || ' — ' || u.name, p.code || ' — ' || p.full_name, k.code || ' — ' || k.title, "
        "cs.title || ' (' || cs.set_id || ' v' || cs.version || ')', '') FROM outbox_outcomes oo "
        "JOIN outbox o ON o.id = oo.outbox_id "
        "LEFT JOIN score_sheets s ON o.entity = 'score_sheets' AND s.uuid = o.uuid "
        "LEFT JOIN campaigns c ON c.id = s.campaign_id "
        "LEFT JOIN units u ON o.entity = 'units' AND u.uuid = o.uuid "
        "LEFT JOIN people p ON o.entity = 'people' AND p.uuid = o.uuid "
        "LEFT JOIN campaigns k ON o.entity = 'campaigns' AND k.uuid = o.uuid "
        "LEFT JOIN criteria_sets cs ON o.entity = 'criteria_sets' AND cs.uuid = o.uuid "
        "WHERE oo.status = 'refused' AND oo.recorded_at >= ? ORDER BY o.id"));
    query.addBindValue(timestamp(since));
    if (!query.exec()) {
        *error = SyncLogStore::tr("cannot read the refused changes: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        SyncLogStore::Refusal refusal;
        refusal.entity = query.value(1).toString();
        refusal.uuid = query.value(2).toString();
        refusal.code = query.value(3).toString();
        refusal.message = query.value(4).toString();
        const QString subject
            = query.value(5).toString().isEmpty() ? query.value(6).toString() : query.value(5).toString();
        if (!subject.isEmpty()) {
            refusal.row = SyncLogStore::tr("Score sheet of %1 (%2)").arg(subject, query.value(7).toString());
        } else if (!query.value(8).toString().isEmpty()) {
            refusal.row = SyncLogStore::tr("%1 %2").arg(SyncedEntities::title(refusal.entity),
                                                        query.value(8).toString());
        } else {
            // A row without a name of its own (evidence, a comment, a response): its table and the
            // start of its UUID, enough to find it in the details.
            refusal.row
                = SyncLogStore::tr("%1 %2").arg(SyncedEntities::title(refusal.entity), refusal.uuid.left(8));
        }
        refusals->append(refusal);
        outboxIds->append(query.value(0).toLongLong());
    }
    return true;
}

} // namespace

std::optional<qint64> SyncLogStore::record(Database& db, const Run& run, QString* error)
{
    qint64 id = 0;
    const bool written = db.transaction(
        [&](QString* e) {
            QSqlDatabase& c = db.connection();
            QList<Refusal> refusals;
            QList<qint64> outboxIds;
            if (!readNewRefusals(c, run.startedAt, &refusals, &outboxIds, e)) {
                return false;
            }
            QSqlQuery insert(c);
            insert.prepare(
                QStringLiteral("INSERT INTO sync_log (started_at, finished_at, completed, cancelled, sent, "
                               "applied, refused, "
                               "conflicts, received, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(timestamp(run.startedAt)), QVariant(timestamp(run.finishedAt)),
                  QVariant(run.completed ? 1 : 0), QVariant(run.cancelled ? 1 : 0), QVariant(run.sent),
                  QVariant(run.applied), QVariant(run.refused), QVariant(run.conflicts),
                  QVariant(run.received), text(run.error)}) {
                insert.addBindValue(value);
            }
            if (!insert.exec()) {
                *e = tr("cannot record the sync in the log: %1").arg(insert.lastError().text());
                return false;
            }
            id = insert.lastInsertId().toLongLong();
            QSqlQuery refusal(c);
            refusal.prepare(QStringLiteral(
                "INSERT INTO sync_log_refusals (log_id, outbox_id, entity, uuid, row_label, code, "
                "message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const Refusal& received : run.refusals) {
                refusals.append(received);
                outboxIds.append(0);
            }
            for (int i = 0; i < refusals.size(); ++i) {
                const Refusal& r = refusals.at(i);
                const QVariant outboxId = outboxIds.at(i) == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                               : QVariant(outboxIds.at(i));
                for (const QVariant& value : {QVariant(id), outboxId, text(r.entity), text(r.uuid),
                                              text(r.row), text(r.code), text(r.message)}) {
                    refusal.addBindValue(value);
                }
                if (!refusal.exec()) {
                    *e = tr("cannot record a refusal in the sync log: %1").arg(refusal.lastError().text());
                    return false;
                }
            }
            QSqlQuery prune(c);
            prune.prepare(QStringLiteral("DELETE FROM sync_log_refusals WHERE log_id NOT IN (SELECT id FROM "
                                         "sync_log ORDER BY id DESC LIMIT ?)"));
            prune.addBindValue(Kept);
            QSqlQuery pruneRuns(c);
            pruneRuns.prepare(QStringLiteral(
                "DELETE FROM sync_log WHERE id NOT IN (SELECT id FROM sync_log ORDER BY id DESC LIMIT ?)"));
            pruneRuns.addBindValue(Kept);
            if (!prune.exec() || !pruneRuns.exec()) {
                *e = tr("cannot forget the oldest syncs of the log: %1")
                         .arg(prune.lastError().text() + pruneRuns.lastError().text());
                return false;
            }
            return true;
        },
        error);
    return written ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QList<SyncLogStore::Run>> SyncLogStore::latest(Database& db, int limit, QString* error)
{
    QSqlDatabase& c = db.connection();
    QSqlQuery query(c);
    query.prepare(
        QStringLiteral("SELECT id, started_at, finished_at, completed, cancelled, sent, applied, "
                       "refused, conflicts, received, error FROM sync_log ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = tr("cannot read the sync log: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<Run> runs;
    while (query.next()) {
        Run run;
        run.id = query.value(0).toLongLong();
        run.startedAt = fromTimestamp(query.value(1).toString());
        run.finishedAt = fromTimestamp(query.value(2).toString());
        run.completed = query.value(3).toBool();
        run.cancelled = query.value(4).toBool();
        run.sent = query.value(5).toInt();
        run.applied = query.value(6).toInt();
        run.refused = query.value(7).toInt();
        run.conflicts = query.value(8).toInt();
        run.received = query.value(9).toInt();
        run.error = query.value(10).toString();
        runs.append(run);
    }
    QSqlQuery refusals(c);
    refusals.prepare(QStringLiteral(
        "SELECT entity, uuid, row_label, code, message FROM sync_log_refusals WHERE log_id = ? ORDER BY id"));
    for (Run& run : runs) {
        refusals.addBindValue(run.id);
        if (!refusals.exec()) {
            *error = tr("cannot read the sync log: %1").arg(refusals.lastError().text());
            return std::nullopt;
        }
        while (refusals.next()) {
            run.refusals.append({refusals.value(0).toString(), refusals.value(1).toString(),
                                 refusals.value(2).toString(), refusals.value(3).toString(),
                                 refusals.value(4).toString()});
        }
    }
    return runs;
}

} // namespace danhgia
