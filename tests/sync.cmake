# The sync with the provincial server (core/sync): its HTTP side on loopback without a server.
# The sync end to end against a real danhgia-server is in server.cmake (test_sync_end_to_end).
danhgia_add_test(NAME test_server_connection SOURCES TestServerConnection.cpp LABELS unit LIBRARIES danhgia_sync)
# The evidence transfer of the engine when the server cannot be reached or the sync is cancelled.
danhgia_add_test(NAME test_evidence_transfer SOURCES TestEvidenceTransfer.cpp SheetFixture.h LABELS unit
    LIBRARIES danhgia_sync danhgia_testsupport_sql)

# The sync in the desktop app (ui/sync: the action, the timer, the status bar, the sync log, the
# server's refusals on the sheet and in the approval queue) with the real main window offscreen,
# against a real danhgia-server on a real PostgreSQL.
danhgia_add_test(NAME test_sync_in_app SOURCES server/TestSyncInApp.cpp LABELS gui integration
    LIBRARIES danhgia_server_testsupport danhgia_ui Qt6::Widgets)
add_dependencies(test_sync_in_app danhgia-server)
set_tests_properties(test_sync_in_app PROPERTIES RUN_SERIAL TRUE)

# The sync over a bad network (issue 14): a fault-injecting proxy between the engine and a real
# danhgia-server on a real PostgreSQL, edits on every side with conflicts decided as in the inbox and
# evidence files, and the checks that every database and the server agree.
add_library(danhgia_faultproxy_testsupport STATIC
    sync/ConflictReferee.cpp sync/ConflictReferee.h
    sync/EvidenceAgreement.cpp sync/EvidenceAgreement.h
    sync/FaultProxy.cpp sync/FaultProxy.h
    sync/FaultProxyConnection.cpp sync/FaultProxyConnection.h
    sync/SyncAgreement.cpp sync/SyncAgreement.h
    sync/RoundEdits.cpp sync/RoundEdits.h
    sync/SyncClient.h
    sync/SyncWorld.cpp sync/SyncWorld.h
    sync/WriteLedger.cpp sync/WriteLedger.h)
target_include_directories(danhgia_faultproxy_testsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
target_link_libraries(danhgia_faultproxy_testsupport PUBLIC danhgia_server_testsupport danhgia_sync Qt6::Network)
danhgia_target_settings(danhgia_faultproxy_testsupport)

danhgia_add_test(NAME test_sync_under_faults SOURCES sync/TestSyncUnderFaults.cpp LABELS integration
    LIBRARIES danhgia_faultproxy_testsupport)
add_dependencies(test_sync_under_faults danhgia-server)
set_tests_properties(test_sync_under_faults PROPERTIES RUN_SERIAL TRUE)

danhgia_add_test(NAME test_sync_killed SOURCES sync/TestSyncKilled.cpp LABELS integration
    LIBRARIES danhgia_faultproxy_testsupport)
add_dependencies(test_sync_killed danhgia-server danhgia-cli)
target_compile_definitions(test_sync_killed PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
set_tests_properties(test_sync_killed PROPERTIES RUN_SERIAL TRUE)

# Evidence downloads that resume where they stopped: the server's ranges (200, 206, 416, If-Range)
# and the client's kept part, cut off through the proxy.
danhgia_add_test(NAME test_evidence_download_resume SOURCES sync/TestEvidenceDownloadResume.cpp LABELS integration
    LIBRARIES danhgia_faultproxy_testsupport danhgia_sync_testsupport)
add_dependencies(test_evidence_download_resume danhgia-server danhgia-cli)
target_compile_definitions(test_evidence_download_resume PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
set_tests_properties(test_evidence_download_resume PROPERTIES RUN_SERIAL TRUE)
