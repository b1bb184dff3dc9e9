# The client's storage (core/storage), each test on a database file of its own: the database
# plumbing, the stores, the queries, the services that edit and import, the document settings.
# Helpers: SheetFixture.h, QueueFixture.h, CouncilTestSupport.h, SurveyPointsFixture.

# database/: connection, migrations, backups; the JSON text the stores write, the outbox and the
# audit trail.
danhgia_add_test(NAME test_database SOURCES TestDatabase.cpp LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_json_writer SOURCES TestJsonWriter.cpp LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_stored_text SOURCES TestStoredText.cpp LABELS unit LIBRARIES danhgia_storage)
# sync/: the client's edge of the sync with the provincial server (outbox as wire operations, the
# server's outcomes, pulled pages with the cursor, conflicts), schema 5 upgraded to 10.
danhgia_add_test(NAME test_sync_edge SOURCES TestSyncEdge.cpp PulledChange.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# Pulled surveys, questionnaires, grade decisions, document settings and appraisal councils.
danhgia_add_test(NAME test_pulled_tables SOURCES TestPulledTables.cpp PulledChange.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# A database that worked alone linked to the province: its rows with the province's codes adopted,
# a difference a conflict, a row the server holds under another UUID told; the page goes on.
danhgia_add_test(NAME test_pulled_adoption SOURCES TestPulledAdoption.cpp PulledChange.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# What was done to a row before the link stays in view once it has the server's UUID (AdoptedRows):
# a demo sheet's history, queue dates, reasons, printout and the inbox's "changed here by".
danhgia_add_test(NAME test_adopted_history SOURCES TestAdoptedHistory.cpp PulledChange.h LABELS unit
    LIBRARIES danhgia_storage danhgia_demo danhgia_testsupport_sql)
# Evidence transfers: what is due for upload and download, a damaged download refused.
danhgia_add_test(NAME test_evidence_transfer_state SOURCES TestEvidenceTransferState.cpp SheetFixture.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
# A download in progress: kept next to the file, resumed with its ETag, checked whole.
danhgia_add_test(NAME test_evidence_partial SOURCES TestEvidencePartial.cpp SheetFixture.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The outbox as the server wants it: a return's action and reason on the operation, a local delete
# on the row's known server version; schema 9 upgraded to 11.
danhgia_add_test(NAME test_sync_outbox_wire SOURCES TestSyncOutboxWire.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The app's side of it: the sync log (schema 13, upgraded from 9), the status bar's counts, the
# sheets whose last change the server refused.
danhgia_add_test(NAME test_sync_log_store SOURCES TestSyncLogStore.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The conflicts inbox: listed per row, resolved in one transaction on the server's version (schema 12).
danhgia_add_test(NAME test_conflict_resolver SOURCES TestConflictResolver.cpp ConflictFixture.h LABELS unit sync
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The same for a person, a unit and a campaign: column by column, references by title, NULL kept
# null, each kept column checked and written as a change on the server's version.
danhgia_add_test(NAME test_row_conflicts SOURCES TestRowConflicts.cpp RowConflictFixture.h ConflictFixture.h
    LABELS unit sync LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The server and account a database is linked to (schema 10, upgraded from 9).
danhgia_add_test(NAME test_server_link_store SOURCES TestServerLinkStore.cpp LABELS unit LIBRARIES danhgia_storage)

# The crash test: a writer process killed with SIGKILL at random moments (200 times).
add_executable(danhgia-crash-writer CrashWriter.cpp)
target_link_libraries(danhgia-crash-writer PRIVATE danhgia_storage)
danhgia_target_settings(danhgia-crash-writer)
danhgia_add_test(NAME test_crash_safety SOURCES TestCrashSafety.cpp LABELS integration LIBRARIES danhgia_storage)
target_compile_definitions(test_crash_safety PRIVATE DANHGIA_CRASH_WRITER="$<TARGET_FILE:danhgia-crash-writer>")
add_dependencies(test_crash_safety danhgia-crash-writer)

# stores/: campaigns and their participants, classification, comments, people, evidence files,
# councils, surveys.
danhgia_add_test(NAME test_campaign_participants SOURCES TestCampaignParticipants.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_test(NAME test_classificationstore SOURCES TestClassificationStore.cpp LABELS unit
    LIBRARIES danhgia_storage)
# The quota counted per agency in the classification, and a unit's raised ceiling (its store, the
# audit trail, schema 3 upgraded).
danhgia_add_test(NAME test_quota_ceiling_store SOURCES TestQuotaCeilingStore.cpp QuotaFixture.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# A person's flags in a campaign (discipline, absence, maternity leave, a leader's unit): on every
# sheet of the person, in the classification, removed with a reason, their history; schema 5 upgraded.
danhgia_add_test(NAME test_person_flag_store SOURCES TestPersonFlagStore.cpp QuotaFixture.h LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_test(NAME test_commentstore SOURCES TestCommentStore.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_test(NAME test_persondirectory SOURCES TestPersonDirectory.cpp LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_evidencestore SOURCES TestEvidenceStore.cpp LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_council_store SOURCES TestCouncilStore.cpp CouncilTestSupport.h ScoringFixtures.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
# The examination of a council saved with it (schema 6, upgraded from 5).
danhgia_add_test(NAME test_council_examination_store SOURCES TestCouncilExaminationStore.cpp ScoringFixtures.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_test(NAME test_council_agreement SOURCES TestCouncilAgreement.cpp CouncilTestSupport.h
    ScoringFixtures.h LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_survey SOURCES TestSurvey.cpp LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)

# services/: one value at a time (SheetEditor), the workflow's transitions, survey points written
# into the sheets, lists of units and people imported from CSV and Excel; every write path checks
# the role first (on a copy of the demo).
danhgia_add_test(NAME test_sheeteditor SOURCES TestSheetEditor.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_storage)
# A sheet's self-assessed values imported from a spreadsheet: previewed row by row, all or nothing.
danhgia_add_test(NAME test_sheet_values_import SOURCES TestSheetValuesImport.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_sheettransitions SOURCES TestSheetTransitions.cpp LABELS unit LIBRARIES danhgia_storage)
danhgia_add_test(NAME test_survey_points SOURCES TestSurveyPoints.cpp SurveyPointsFixture.cpp SurveyPointsFixture.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
# A survey defined in the app: questionnaire, criteria fed, plan per unit; its points in submitted and
# appraised sheets as an audited change; the preview; schema 6 opened by this version.
danhgia_add_test(NAME test_survey_setup SOURCES TestSurveySetup.cpp SurveyPointsFixture.cpp SurveyPointsFixture.h
    LABELS unit LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_test(NAME test_catalogueimport SOURCES TestCatalogueImport.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_tabular)
danhgia_add_test(NAME test_write_permissions SOURCES TestWritePermissions.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_demo)

# A sheet followed to its campaign and criteria set, once (stores/SheetContextStore).
danhgia_add_test(NAME test_sheet_context_store SOURCES TestSheetContextStore.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_storage)
# A campaign created with its sheets, for the CLI import and the demo (services/CampaignSetup).
danhgia_add_test(NAME test_campaign_setup SOURCES TestCampaignSetup.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# Campaigns created, edited and closed with a deadline per stage; their sheets previewed and created
# once; overdue per stage in the queue; schema 3's single deadline migrated (services/CampaignEditor,
# services/CampaignSheets).
danhgia_add_test(NAME test_campaign_editor SOURCES TestCampaignEditor.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)

# Criteria set versions: drafts stored, saved and copied to the next version, published once and
# immutable after, campaigns only on published ones (services/CriteriaSetEditor).
danhgia_add_test(NAME test_criteriaset_editor SOURCES TestCriteriaSetEditor.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_testsupport_sql)

# queries/: the work lists of the approval queue and a sheet's history.
danhgia_add_test(NAME test_sheetqueue SOURCES TestSheetQueue.cpp QueueFixture.h LABELS unit
    LIBRARIES danhgia_storage)

# sources/: document settings kept per unit (on the demo's units).
danhgia_add_test(NAME test_document_settings_store SOURCES TestDocumentSettingsStore.cpp LABELS unit
    LIBRARIES danhgia_storage danhgia_demo danhgia_testsupport_sql)
