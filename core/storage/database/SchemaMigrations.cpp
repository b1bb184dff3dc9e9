#include "database/SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace danhgia {

namespace {

// Columns every synchronised table carries: a UUID, the local revision (incremented on each
// change) and the server's version of the row (null until the server has seen it).
#define DANHGIA_SYNC_COLUMNS                                                                                 \
    "uuid TEXT NOT NULL UNIQUE, revision INTEGER NOT NULL DEFAULT 1, server_version INTEGER, "               \
    "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))"

const char* const Version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE units (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
    "kind TEXT NOT NULL CHECK (kind IN ('province','department','commune','office','other')), "
    "parent_id INTEGER REFERENCES units(id), search_key TEXT NOT NULL DEFAULT '', " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE people (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, "
    "position TEXT NOT NULL DEFAULT '', unit_id INTEGER REFERENCES units(id), task_group TEXT NOT NULL "
    "DEFAULT '', "
    "is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0,1)), search_key TEXT NOT NULL DEFAULT "
    "'', " DANHGIA_SYNC_COLUMNS ")",
    "CREATE INDEX people_unit ON people(unit_id)",
    "CREATE TABLE criteria_sets (id INTEGER PRIMARY KEY, set_id TEXT NOT NULL, version INTEGER NOT NULL, "
    "title TEXT NOT NULL, kind TEXT NOT NULL, document TEXT NOT NULL, "
    "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')), " DANHGIA_SYNC_COLUMNS
    ", UNIQUE (set_id, version))",
    // A published version is immutable: only its sync bookkeeping may change.
    "CREATE TRIGGER criteria_sets_published_immutable BEFORE UPDATE ON criteria_sets "
    "WHEN OLD.status = 'published' AND (NEW.document IS NOT OLD.document OR NEW.status IS NOT OLD.status "
    "OR NEW.set_id IS NOT OLD.set_id OR NEW.version IS NOT OLD.version) "
    "BEGIN SELECT RAISE(ABORT, 'published criteria set versions are immutable'); END",
    "CREATE TRIGGER criteria_sets_published_undeletable BEFORE DELETE ON criteria_sets "
    "WHEN OLD.status = 'published' BEGIN SELECT RAISE(ABORT, 'published criteria set versions are "
    "immutable'); END",
    "CREATE TABLE campaigns (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, "
    "kind TEXT NOT NULL, criteria_set_id INTEGER NOT NULL REFERENCES criteria_sets(id), "
    "periods TEXT NOT NULL DEFAULT '[]', deadline TEXT, " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE campaign_participants (campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE "
    "CASCADE, "
    "unit_id INTEGER REFERENCES units(id), person_id INTEGER REFERENCES people(id), "
    "CHECK ((unit_id IS NULL) <> (person_id IS NULL)))",
    "CREATE TABLE score_sheets (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES "
    "campaigns(id), "
    "subject_code TEXT NOT NULL, subject_name TEXT NOT NULL DEFAULT '', subject_group TEXT NOT NULL DEFAULT "
    "'', "
    "period TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'draft' "
    "CHECK (state IN ('draft','submitted','appraised','approved','published')), flags TEXT NOT NULL DEFAULT "
    "'[]', " DANHGIA_SYNC_COLUMNS ", UNIQUE (campaign_id, subject_code, period))",
    "CREATE TABLE sheet_values (sheet_id INTEGER NOT NULL REFERENCES score_sheets(id) ON DELETE CASCADE, "
    "code TEXT NOT NULL, stage TEXT NOT NULL CHECK (stage IN ('self','appraised','final')), value TEXT NOT "
    "NULL, "
    "explanation TEXT NOT NULL DEFAULT '', change_reason TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY (sheet_id, code, stage))",
    "CREATE TABLE evidence_files (id INTEGER PRIMARY KEY, sheet_id INTEGER NOT NULL REFERENCES "
    "score_sheets(id), "
    "code TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, original_name TEXT NOT NULL, "
    "added_by TEXT NOT NULL DEFAULT '', " DANHGIA_SYNC_COLUMNS ")",
    "CREATE INDEX evidence_sheet ON evidence_files(sheet_id, code)",
    "CREATE TABLE comments (id INTEGER PRIMARY KEY, sheet_id INTEGER NOT NULL REFERENCES score_sheets(id), "
    "code TEXT NOT NULL DEFAULT '', author TEXT NOT NULL, body TEXT NOT NULL, " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE council_sessions (id INTEGER PRIMARY KEY, campaign_id INTEGER REFERENCES campaigns(id), "
    "title TEXT NOT NULL, document TEXT NOT NULL, " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE surveys (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id), "
    "title TEXT NOT NULL, criterion_code TEXT NOT NULL, planned_sample INTEGER NOT NULL DEFAULT 0, "
    "questions TEXT NOT NULL DEFAULT '[]', " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE survey_responses (id INTEGER PRIMARY KEY, survey_id INTEGER NOT NULL REFERENCES "
    "surveys(id), "
    "unit_id INTEGER REFERENCES units(id), answers TEXT NOT NULL, " DANHGIA_SYNC_COLUMNS ")",
    "CREATE TABLE grade_decisions (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES "
    "campaigns(id), "
    "subject_code TEXT NOT NULL, grade TEXT NOT NULL, computed_grade TEXT NOT NULL DEFAULT '', "
    "is_override INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL DEFAULT '', approver TEXT NOT NULL DEFAULT "
    "'', " DANHGIA_SYNC_COLUMNS ", UNIQUE (campaign_id, subject_code))",
    // Every change to a synchronised row is recorded here in the same transaction.
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, uuid TEXT NOT NULL, "
    "operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')), revision INTEGER NOT NULL, "
    "payload TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    // Append-only: each row holds the hash of the previous one.
    "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, "
    "entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, action TEXT NOT NULL, old_value TEXT NOT NULL, "
    "new_value TEXT NOT NULL, reason TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};

// Version 2: what each unit prints in the header and the signature block of its documents
// (DocumentSettings as JSON text), one row per unit.
const char* const Version2[] = {
    "CREATE TABLE document_settings (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL UNIQUE REFERENCES "
    "units(id), settings TEXT NOT NULL DEFAULT '{}', " DANHGIA_SYNC_COLUMNS ")",
};

// Version 3: who approves the sheets of a campaign (ApprovalPolicy::toText(); empty: the default of
// the campaign's kind), and the appraisal council of each campaign, as its minutes print it (the
// chair and the secretary who sign, as JSON text), one row per campaign.
const char* const Version3[] = {
    "ALTER TABLE campaigns ADD COLUMN approvers TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE appraisal_councils (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL UNIQUE REFERENCES "
    "campaigns(id), settings TEXT NOT NULL DEFAULT '{}', " DANHGIA_SYNC_COLUMNS ")",
};

// Version 4: a unit's raised ceiling of the quota in a campaign, allowed by the competent level
// (Decree 335, art. 20(5)): the percentage as exact decimal text, the decision's number and date,
// the reason and who recorded it; a withdrawn ceiling stays as history.
const char* const Version4[] = {
    "CREATE TABLE quota_ceilings (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES "
    "campaigns(id), unit_code TEXT NOT NULL, percent TEXT NOT NULL, decision_number TEXT NOT NULL, "
    "decision_date TEXT NOT NULL, reason TEXT NOT NULL, recorded_by TEXT NOT NULL DEFAULT '', "
    "withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0,1)), " DANHGIA_SYNC_COLUMNS
    ", UNIQUE (campaign_id, unit_code))",
};

// Version 5: a deadline per stage of a campaign (CampaignDeadlines). The single deadline of the
// earlier versions becomes the self-assessment deadline; the appraisal and classification ones are
// new. A closed campaign keeps its sheets but takes no new ones (closed_at: when, UTC; NULL: open).
// The audit trail is read per entity to find when a sheet was submitted, appraised, approved.
const char* const Version5[] = {
    "ALTER TABLE campaigns RENAME COLUMN deadline TO self_deadline",
    "ALTER TABLE campaigns ADD COLUMN appraisal_deadline TEXT",
    "ALTER TABLE campaigns ADD COLUMN classification_deadline TEXT",
    "ALTER TABLE campaigns ADD COLUMN closed_at TEXT",
    "CREATE INDEX audit_log_entity ON audit_log(entity_uuid, action)",
};

// Version 6: the facts that change a person's grade in a campaign (PersonFlag: discipline, absence,
// maternity leave, a leader's unit...), each with its reason, the document that establishes it, who
// recorded it and when; a removed flag stays as history (its removal and reason in the audit trail).
// The flags of the person's sheets (score_sheets.flags) follow them in the same transaction.
const char* const Version6[] = {
    "CREATE TABLE person_flags (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES "
    "campaigns(id), person_code TEXT NOT NULL, flag_code TEXT NOT NULL, reason TEXT NOT NULL, "
    "document_number TEXT NOT NULL DEFAULT '', document_date TEXT NOT NULL DEFAULT '', "
    "recorded_by TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL, "
    "removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0,1)), " DANHGIA_SYNC_COLUMNS
    ", UNIQUE (campaign_id, person_code, flag_code))",
};

// Version 7: the examination of an interview council (CouncilExamination as JSON text): its parts
// with their maximums, each candidate's priority points and the scores of the parts other than the
// council's interview; one row per council session. The council's own document is unchanged.
const char* const Version7[] = {
    "CREATE TABLE council_examinations (id INTEGER PRIMARY KEY, council_id INTEGER NOT NULL UNIQUE "
    "REFERENCES council_sessions(id), document TEXT NOT NULL DEFAULT '{}', " DANHGIA_SYNC_COLUMNS ")",
};

// Version 8: a survey defined in the app feeds one or more criteria (`criteria`, a JSON array of
// codes; criterion_code keeps the first, and a survey stored before feeds its criterion_code) and has
// a planned sample per unit (`unit_plans`, SurveyPlan's JSON; planned_sample is the default).
const char* const Version8[] = {
    "ALTER TABLE surveys ADD COLUMN criteria TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE surveys ADD COLUMN unit_plans TEXT NOT NULL DEFAULT '{}'",
    "UPDATE surveys SET criteria = '[\"' || replace(replace(criterion_code, '\\', '\\\\'), '\"', '\\\"') || "
    "'\"]'",
};

// Version 9: the state of the sync with the provincial server (docs/sync.md). The client
// database's id on the wire (op_id is unique within it) and the pull cursor; the server's outcome of
// each pushed outbox entry (applied with the row's new version; refused with the server's code and
// Vietnamese message; conflict); the conflicts the officer decides (from a push, or a pulled change
// to a row with a local change not yet acknowledged); and pulled rows parked until the rows they
// name arrive.
const char* const Version9[] = {
    "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), client_id TEXT NOT NULL, "
    "cursor INTEGER NOT NULL DEFAULT 0, last_sync_at TEXT)",
    "INSERT INTO sync_state (id, client_id) VALUES (1, lower(hex(randomblob(16))))",
    "CREATE TABLE outbox_outcomes (outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id), "
    "status TEXT NOT NULL CHECK (status IN ('applied','refused','conflict')), server_version INTEGER, "
    "error_code TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '', "
    "error_field TEXT NOT NULL DEFAULT '', "
    "recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE INDEX outbox_row ON outbox(entity, uuid)",
    "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, uuid TEXT NOT NULL, "
    "origin TEXT NOT NULL CHECK (origin IN ('push','pull')), outbox_id INTEGER REFERENCES outbox(id), "
    "base_version INTEGER NOT NULL DEFAULT 0, server_version INTEGER NOT NULL DEFAULT 0, base TEXT, "
    "server TEXT, local TEXT, fields TEXT NOT NULL DEFAULT '[]', "
    "approved_since_base INTEGER NOT NULL DEFAULT 0 CHECK (approved_since_base IN (0,1)), "
    "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), resolved_at TEXT)",
    "CREATE INDEX sync_conflicts_row ON sync_conflicts(entity, uuid)",
    // partial: applied already, with an optional reference (a unit's parent) left empty until
    // the row it names arrives; else not applied at all.
    "CREATE TABLE sync_parked (entity TEXT NOT NULL, uuid TEXT NOT NULL, version INTEGER NOT NULL, "
    "data TEXT NOT NULL, partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0,1)), "
    "PRIMARY KEY (entity, uuid))",
};

// Version 10: the provincial server and the account the database is linked to (docs/sync.md,
// "Credentials"): who the user is once linked, kept for offline work until offline_until (the
// refresh token's expiry, UTC; null after sign-out). One row or none: none is a database never
// linked, which keeps the single-machine behaviour. The refresh token itself is never here: it is in
// the OS keychain only.
const char* const Version10[] = {
    "CREATE TABLE server_link (id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL, "
    "ca_certificate TEXT NOT NULL DEFAULT '', login TEXT NOT NULL, full_name TEXT NOT NULL DEFAULT '', "
    "unit_code TEXT NOT NULL DEFAULT '', unit_name TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT "
    "'[]', "
    "offline_until TEXT, "
    "linked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
};

// Version 11: what the sync keeps beyond version 9. The server version of a synchronised row when
// it is deleted here (a local delete is sent on the version this database knew, not on 0), written
// by a trigger on each synchronised table, so no path that deletes a row can forget it; and the
// transfer of evidence content (upload of a file the server lacks, download of a pulled row's
// file): what is still to do, how many attempts, the last error in the user's language.
#define DANHGIA_DELETED_VERSION(table)                                                                       \
    "CREATE TRIGGER " table "_deleted_version AFTER DELETE ON " table " WHEN OLD.server_version IS NOT "     \
    "NULL BEGIN INSERT OR REPLACE INTO sync_deleted_rows (entity, uuid, server_version) VALUES ('" table     \
    "', OLD.uuid, OLD.server_version); END"

const char* const Version11[] = {
    "CREATE TABLE sync_deleted_rows (entity TEXT NOT NULL, uuid TEXT NOT NULL, server_version INTEGER NOT "
    "NULL, PRIMARY KEY (entity, uuid))",
    DANHGIA_DELETED_VERSION("units"),
    DANHGIA_DELETED_VERSION("people"),
    DANHGIA_DELETED_VERSION("criteria_sets"),
    DANHGIA_DELETED_VERSION("campaigns"),
    DANHGIA_DELETED_VERSION("score_sheets"),
    DANHGIA_DELETED_VERSION("evidence_files"),
    DANHGIA_DELETED_VERSION("comments"),
    DANHGIA_DELETED_VERSION("council_sessions"),
    DANHGIA_DELETED_VERSION("surveys"),
    DANHGIA_DELETED_VERSION("survey_responses"),
    DANHGIA_DELETED_VERSION("grade_decisions"),
    DANHGIA_DELETED_VERSION("document_settings"),
    DANHGIA_DELETED_VERSION("appraisal_councils"),
    DANHGIA_DELETED_VERSION("person_flags"),
    DANHGIA_DELETED_VERSION("council_examinations"),
    DANHGIA_DELETED_VERSION("quota_ceilings"),
    "CREATE TABLE evidence_transfers (sha256 TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN "
    "('upload','download')), done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)), attempts INTEGER NOT "
    "NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
    "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
    "PRIMARY KEY (sha256, direction))",
};

#undef DANHGIA_DELETED_VERSION

// Version 12: a conflict's resolution (docs/sync.md "Conflicts"): who resolved it and what was
// kept of each differing field (JSON: path → mine, server or the typed value), with resolved_at.
const char* const Version12[] = {
    "ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT",
    "ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT",
};

// Version 13: the sync log of the app ("Nhật ký đồng bộ", docs/sync.md): each sync with its time,
// what it sent, applied, received, refused and the conflicts it found, or why it did not end; and each
// refusal with the server's Vietnamese reason and the row it names. Kept for the last runs only
// (SyncLogStore).
const char* const Version13[] = {
    "CREATE TABLE sync_log (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
    "finished_at TEXT NOT NULL, completed INTEGER NOT NULL CHECK (completed IN (0,1)), "
    "cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0,1)), sent INTEGER NOT NULL DEFAULT 0, "
    "applied INTEGER NOT NULL DEFAULT 0, refused INTEGER NOT NULL DEFAULT 0, "
    "conflicts INTEGER NOT NULL DEFAULT 0, received INTEGER NOT NULL DEFAULT 0, "
    "error TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE sync_log_refusals (id INTEGER PRIMARY KEY, "
    "log_id INTEGER NOT NULL REFERENCES sync_log(id) ON DELETE CASCADE, outbox_id INTEGER, "
    "entity TEXT NOT NULL, uuid TEXT NOT NULL, row_label TEXT NOT NULL DEFAULT '', "
    "code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX sync_log_refusals_log ON sync_log_refusals(log_id)",
};

// Version 14: the UUID a row had before it was linked to the server's row of the same natural key
// (PulledAdoption): the audit trail names rows by UUID and cannot be rewritten, so the history, the
// queue's dates and the conflicts inbox find what was done to the row before the link through it.
const char* const Version14[] = {
    "CREATE TABLE adopted_rows (entity TEXT NOT NULL, uuid TEXT NOT NULL, former_uuid TEXT NOT NULL, "
    "adopted_at TEXT NOT NULL, PRIMARY KEY (entity, former_uuid))",
    "CREATE INDEX adopted_rows_uuid ON adopted_rows(uuid)",
};

#undef DANHGIA_SYNC_COLUMNS

} // namespace

int SchemaMigrations::latestVersion()
{
    return 14;
}

QStringList SchemaMigrations::statements(int version)
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
    } else if (version == 3) {
        for (const char* statement : Version3) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 4) {
        for (const char* statement : Version4) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 5) {
        for (const char* statement : Version5) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 6) {
        for (const char* statement : Version6) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 7) {
        for (const char* statement : Version7) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 8) {
        for (const char* statement : Version8) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 9) {
        for (const char* statement : Version9) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 10) {
        for (const char* statement : Version10) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 11) {
        for (const char* statement : Version11) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 12) {
        for (const char* statement : Version12) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 13) {
        for (const char* statement : Version13) {
            list.append(QString::fromUtf8(statement));
        }
    } else if (version == 14) {
        for (const char* statement : Version14) {
            list.append(QString::fromUtf8(statement));
        }
    }
    return list;
}

int SchemaMigrations::userVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error) {
            *error = tr("cannot read the schema version: %1").arg(query.lastError().text());
        }
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrations::migrate(QSqlDatabase& db, QString* error)
{
    const int current = userVersion(db, error);
    if (current < 0) {
        return false;
    }
    if (current > latestVersion()) {
        *error = tr("the database was written by a newer version of the program (schema %1; this version "
                    "knows up to %2). Update the program to open it.")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            *error = tr("cannot start the upgrade to schema %1: %2").arg(version).arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        QStringList all = statements(version);
        all.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString& statement : all) {
            if (!query.exec(statement)) {
                *error = tr("upgrade to schema %1 failed: %2").arg(version).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error
                = tr("upgrade to schema %1 could not be saved: %2").arg(version).arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace danhgia
