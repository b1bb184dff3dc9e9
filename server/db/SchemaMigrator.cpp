#include "SchemaMigrator.h"

namespace danhgia::server {

namespace {

// Version 1: the whole sync model.
//  - records: the current state of every synchronised row of every client table (entity = the
//    client's table name), its data as JSON with references as UUIDs, the unit whose people may
//    see it (scope_unit; null: reference data everyone reads), the row it belongs to
//    (parent_uuid: a sheet's campaign, an evidence file's sheet), and the version of its last
//    change. A deleted row stays as a tombstone (deleted, data null) until purged.
//  - sync_counter: the version counter. A push locks its row for the whole transaction, so
//    versions are assigned in commit order and a pull that has seen version N has seen all below.
//  - record_history: every version of every row, with the operation that made it (the base of a
//    conflict, and the proof that no operation was applied twice).
//  - operations: the recorded outcome of every pushed operation, keyed by (client, op_id), written
//    in the transaction of its effect.
const char* const Version1[] = {
    "CREATE TABLE server_meta (key text PRIMARY KEY, value text NOT NULL)",
    "INSERT INTO server_meta VALUES ('tombstone_horizon', '0'), ('units_version', '0')",
    "CREATE TABLE sync_counter (id integer PRIMARY KEY CHECK (id = 1), value bigint NOT NULL)",
    "INSERT INTO sync_counter VALUES (1, 0)",
    "CREATE TABLE records (entity text NOT NULL, uuid uuid NOT NULL, version bigint NOT NULL, "
    "scope_unit uuid, parent_uuid uuid, deleted boolean NOT NULL DEFAULT false, data jsonb, "
    "approved_version bigint NOT NULL DEFAULT 0, approved_by_client text NOT NULL DEFAULT '', "
    "writer_client text NOT NULL DEFAULT '', chain_base bigint NOT NULL DEFAULT 0, "
    "changed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (entity, uuid))",
    "CREATE UNIQUE INDEX records_version ON records (version)",
    "CREATE INDEX records_parent ON records (parent_uuid)",
    "CREATE INDEX records_scope ON records (scope_unit, version)",
    "CREATE INDEX records_evidence_hash ON records ((data->>'sha256')) WHERE entity = 'evidence_files'",
    "CREATE TABLE record_history (version bigint PRIMARY KEY, entity text NOT NULL, uuid uuid NOT NULL, "
    "client text NOT NULL, op_id text NOT NULL, user_id bigint, deleted boolean NOT NULL, data jsonb, "
    "at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX record_history_row ON record_history (entity, uuid, version)",
    "CREATE TABLE operations (client text NOT NULL, op_id text NOT NULL, user_id bigint NOT NULL, "
    "outcome jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (client, op_id))",
    "CREATE TABLE conflicts (id bigserial PRIMARY KEY, client text NOT NULL, op_id text NOT NULL, "
    "user_id bigint NOT NULL, entity text NOT NULL, uuid uuid NOT NULL, base_version bigint NOT NULL, "
    "server_version bigint NOT NULL, base jsonb, server jsonb, client_row jsonb, fields jsonb NOT NULL, "
    "at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE users (id bigserial PRIMARY KEY, login text NOT NULL UNIQUE, unit_uuid uuid NOT NULL, "
    "roles text NOT NULL, password_hash text NOT NULL, disabled boolean NOT NULL DEFAULT false, "
    "created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE sessions (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), "
    "access_hash bytea NOT NULL UNIQUE, access_expires timestamptz NOT NULL, refresh_hash bytea NOT NULL "
    "UNIQUE, refresh_expires timestamptz NOT NULL, revoked boolean NOT NULL DEFAULT false, "
    "created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX sessions_user ON sessions (user_id)",
    "CREATE TABLE sign_in_failures (key text PRIMARY KEY, failures integer NOT NULL, "
    "first_at timestamptz NOT NULL, locked_until timestamptz)",
    "CREATE TABLE evidence_uploads (sha256 text PRIMARY KEY, size bigint NOT NULL, committed bigint NOT "
    "NULL DEFAULT 0, complete boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE evidence_chunks (sha256 text NOT NULL REFERENCES evidence_uploads (sha256) ON DELETE "
    "CASCADE, offset_bytes bigint NOT NULL, data bytea NOT NULL, PRIMARY KEY (sha256, offset_bytes))",
};

// Version 2: refresh tokens that a rotation has used up, kept with their session as long as it
// lives, so that one presented again (a stolen copy, or the legitimate one after a thief rotated
// it) revokes the whole session.
const char* const Version2[] = {
    "CREATE TABLE spent_refresh_tokens (refresh_hash bytea PRIMARY KEY, session_id bigint NOT NULL "
    "REFERENCES sessions (id) ON DELETE CASCADE, spent_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX spent_refresh_tokens_session ON spent_refresh_tokens (session_id)",
};

} // namespace

int SchemaMigrator::latestVersion()
{
    return 2;
}

QStringList SchemaMigrator::statements(int version)
{
    QStringList list;
    if (version == 1) {
        for (const char* statement : Version1) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 2) {
        for (const char* statement : Version2) {
            list.append(QString::fromUtf8(statement));
        }
    }
    return list;
}

int SchemaMigrator::currentVersion(PgConnection& db, QString* error)
{
    PgResult exists = db.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (!exists.ok()) {
        *error = exists.errorText();
        return -1;
    }
    if (!exists.boolean(0, 0)) {
        return 0;
    }
    PgResult version = db.exec("SELECT COALESCE(max(version), 0) FROM schema_migrations");
    if (!version.ok()) {
        *error = version.errorText();
        return -1;
    }
    return static_cast<int>(version.integer(0, 0));
}

bool SchemaMigrator::migrate(PgConnection& db, QList<int>* applied, QString* error)
{
    // One transaction per version; each takes the lock, so that two processes starting at once
    // apply each version once (the second finds it done). Bounded: one version per round.
    for (int round = 0; round <= latestVersion(); ++round) {
        bool done = false;
        const bool ok = db.transaction(
            [&](QString* e) {
                PgResult lock = db.exec("SELECT pg_advisory_xact_lock(842101)");
                PgResult table = db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer "
                                         "PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
                if (!lock.ok() || !table.ok()) {
                    *e = lock.ok() ? table.errorText() : lock.errorText();
                    return false;
                }
                const int current = currentVersion(db, e);
                if (current < 0) {
                    return false;
                }
                if (current > latestVersion()) {
                    *e = tr("The database was written by a newer server (schema version %1; this server "
                            "knows "
                            "up to %2). Use the newer server.")
                             .arg(current)
                             .arg(latestVersion());
                    return false;
                }
                if (current == latestVersion()) {
                    done = true;
                    return true;
                }
                const int version = current + 1;
                for (const QString& statement : statements(version)) {
                    PgResult result = db.exec(statement.toUtf8());
                    if (!result.ok()) {
                        *e = tr("Migration %1 failed: %2").arg(version).arg(result.errorText());
                        return false;
                    }
                }
                PgResult mark = db.exec("INSERT INTO schema_migrations (version) VALUES ($1)",
                                        {PgConnection::number(version)});
                if (!mark.ok()) {
                    *e = mark.errorText();
                    return false;
                }
                applied->append(version);
                return true;
            },
            error);
        if (!ok) {
            return false;
        }
        if (done) {
            return true;
        }
    }
    *error = tr("The schema migrations did not finish.");
    return false;
}

} // namespace danhgia::server
