# The sync with the provincial server (core/sync): its HTTP side on loopback without a server.
# The sync end to end against a real danhgia-server is in server.cmake (test_sync_end_to_end).
danhgia_add_test(NAME test_server_connection SOURCES TestServerConnection.cpp LABELS unit LIBRARIES danhgia_sync)
# The evidence transfer of the engine when the server cannot be reached or the sync is cancelled.
danhgia_add_test(NAME test_evidence_transfer SOURCES TestEvidenceTransfer.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_sync danhgia_testsupport_sql)
