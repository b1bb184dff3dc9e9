# The provincial server (server/): the authorisation matrix, the configuration and the API document
# held to the routes as unit tests, and integration tests
# that start a real PostgreSQL 15 (initdb into a temporary directory; as root, run as "nobody")
# and real danhgia-server processes on loopback, and talk HTTP to them.
find_package(Qt6 REQUIRED COMPONENTS Network)
add_library(danhgia_server_testsupport STATIC
    server/HttpTestClient.cpp server/HttpTestClient.h
    server/OutboxTranslator.cpp server/OutboxTranslator.h
    server/PostgresCluster.cpp server/PostgresCluster.h
    server/ProvinceFixture.cpp server/ProvinceFixture.h
    server/ServerProcess.cpp server/ServerProcess.h)
target_include_directories(danhgia_server_testsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/server)
target_link_libraries(danhgia_server_testsupport PUBLIC danhgia_server Qt6::Network Qt6::Test)
target_compile_definitions(danhgia_server_testsupport PUBLIC DANHGIA_SERVER_PATH="$<TARGET_FILE:danhgia-server>")
danhgia_target_settings(danhgia_server_testsupport)

danhgia_add_test(NAME test_server_authorization SOURCES server/TestServerAuthorization.cpp LABELS unit server
    LIBRARIES danhgia_server)
danhgia_add_test(NAME test_server_config SOURCES server/TestServerConfig.cpp LABELS unit server
    LIBRARIES danhgia_server)
danhgia_add_test(NAME test_server_byte_range SOURCES server/TestByteRange.cpp LABELS unit server
    LIBRARIES danhgia_server)
danhgia_add_test(NAME test_server_api_document SOURCES server/TestServerApiDocument.cpp LABELS unit server
    LIBRARIES danhgia_server)
target_compile_definitions(test_server_api_document PRIVATE DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
foreach(name Sync Accounts Catalogue ScaleOut)
    string(TOLOWER ${name} lower)
    danhgia_add_test(NAME test_server_${lower} SOURCES server/TestServer${name}.cpp LABELS integration server
        LIBRARIES danhgia_server_testsupport)
    add_dependencies(test_server_${lower} danhgia-server)
    # Each starts its own PostgreSQL; run alone, they do not compete for the two cores.
    set_tests_properties(test_server_${lower} PROPERTIES RUN_SERIAL TRUE)
endforeach()

# The client's sync engine (core/sync) and `danhgia-cli sync` against a real danhgia-server and a
# real PostgreSQL, with client databases written through the storage.
danhgia_add_test(NAME test_sync_end_to_end SOURCES server/TestSyncEndToEnd.cpp LABELS integration server
    LIBRARIES danhgia_server_testsupport danhgia_sync)
add_dependencies(test_sync_end_to_end danhgia-server danhgia-cli)
target_compile_definitions(test_sync_end_to_end PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
set_tests_properties(test_sync_end_to_end PROPERTIES RUN_SERIAL TRUE)

# The client's side of the sync end to end (evidence content, three databases): client databases
# written through the storage, synchronised by the engine (SyncClients).
add_library(danhgia_sync_testsupport STATIC server/SyncClients.cpp server/SyncClients.h
    server/SyncComparison.cpp server/SyncComparison.h)
target_link_libraries(danhgia_sync_testsupport PUBLIC danhgia_server_testsupport danhgia_sync)
danhgia_target_settings(danhgia_sync_testsupport)
danhgia_add_test(NAME test_sync_evidence SOURCES server/TestSyncEvidence.cpp LABELS integration server
    LIBRARIES danhgia_sync_testsupport)
add_dependencies(test_sync_evidence danhgia-server)
set_tests_properties(test_sync_evidence PROPERTIES RUN_SERIAL TRUE)
danhgia_add_test(NAME test_sync_three_databases SOURCES server/TestSyncThreeDatabases.cpp
    LABELS integration server LIBRARIES danhgia_sync_testsupport)
add_dependencies(test_sync_three_databases danhgia-server)
set_tests_properties(test_sync_three_databases PROPERTIES RUN_SERIAL TRUE)
# A database that worked alone linked to the province (issue 14): its units with the province's
# codes adopted (one a conflict, resolved), its own rows sent under them, the sync completed; a
# second unit of a code refused by its code.
danhgia_add_test(NAME test_sync_link_alone SOURCES server/TestSyncLinkAlone.cpp
    LABELS integration server LIBRARIES danhgia_sync_testsupport)
add_dependencies(test_sync_link_alone danhgia-server)
set_tests_properties(test_sync_link_alone PROPERTIES RUN_SERIAL TRUE)
# The conflicts inbox end to end: the same leaf edited on two databases and an edit to a sheet
# approved meanwhile, resolved on the "Sync conflicts" screen (offscreen) and with danhgia-cli,
# then synced until the server and both databases agree.
if(TARGET danhgia_ui)
    danhgia_add_test(NAME test_conflicts_end_to_end SOURCES server/TestConflictsEndToEnd.cpp
        LABELS integration server gui sync LIBRARIES danhgia_server_testsupport danhgia_sync danhgia_ui Qt6::Widgets)
    add_dependencies(test_conflicts_end_to_end danhgia-server danhgia-cli)
    target_compile_definitions(test_conflicts_end_to_end PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
    set_tests_properties(test_conflicts_end_to_end PROPERTIES RUN_SERIAL TRUE)
endif()
# No keychain here (the keychain tests are keychain.cmake's): the machine's own is never touched.
set_property(TEST test_sync_end_to_end APPEND PROPERTY ENVIRONMENT
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/danhgia-no-keychain")
