# The sync with the provincial server (core/sync): its HTTP side on loopback without a server.
# The sync end to end against a real danhgia-server is in server.cmake (test_sync_end_to_end).
danhgia_add_test(NAME test_server_connection SOURCES TestServerConnection.cpp LABELS unit LIBRARIES danhgia_sync)

# The sync over a bad network (issue 14): a fault-injecting proxy between the engine and a real
# danhgia-server on a real PostgreSQL, and the checks that every database and the server agree.
add_library(danhgia_sync_testsupport STATIC
    sync/FaultProxy.cpp sync/FaultProxy.h
    sync/FaultProxyConnection.cpp sync/FaultProxyConnection.h
    sync/SyncAgreement.cpp sync/SyncAgreement.h
    sync/SyncWorld.cpp sync/SyncWorld.h)
target_include_directories(danhgia_sync_testsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
target_link_libraries(danhgia_sync_testsupport PUBLIC danhgia_server_testsupport danhgia_sync Qt6::Network)
danhgia_target_settings(danhgia_sync_testsupport)

danhgia_add_test(NAME test_sync_under_faults SOURCES sync/TestSyncUnderFaults.cpp LABELS integration
    LIBRARIES danhgia_sync_testsupport)
add_dependencies(test_sync_under_faults danhgia-server)
set_tests_properties(test_sync_under_faults PROPERTIES RUN_SERIAL TRUE)

danhgia_add_test(NAME test_sync_killed SOURCES sync/TestSyncKilled.cpp LABELS integration
    LIBRARIES danhgia_sync_testsupport)
add_dependencies(test_sync_killed danhgia-server danhgia-cli)
target_compile_definitions(test_sync_killed PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
set_tests_properties(test_sync_killed PROPERTIES RUN_SERIAL TRUE)
