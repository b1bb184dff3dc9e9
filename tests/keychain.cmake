# The refresh token in the OS keychain (core/sync/credentials, issue 14): each test runs under
# scripts/with-keyring.sh, with a private D-Bus session, an unlocked gnome-keyring (Secret Service)
# and HOME and the XDG directories in a temporary directory of its own, so that the machine's keyring
# is never touched and the tests may run in parallel. The tests against a real danhgia-server start
# their own PostgreSQL (tests/server) and run alone, as the server's do.
find_program(DANHGIA_DBUS_RUN_SESSION dbus-run-session)
find_program(DANHGIA_GNOME_KEYRING gnome-keyring-daemon)
if(NOT DANHGIA_DBUS_RUN_SESSION OR NOT DANHGIA_GNOME_KEYRING)
    message(WARNING "dbus-run-session or gnome-keyring-daemon not found: the keychain tests are not built "
                    "(apt-get install dbus gnome-keyring)")
    return()
endif()
set(DANHGIA_KEYRING_LAUNCHER ${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh)

danhgia_add_test(NAME test_token_vault SOURCES TestTokenVault.cpp LABELS unit
    LIBRARIES danhgia_sync LAUNCHER ${DANHGIA_KEYRING_LAUNCHER})

# danhgia-cli sync and signout with the keychain, against a real danhgia-server.
danhgia_add_test(NAME test_keychain_cli SOURCES server/TestKeychainCli.cpp LABELS integration
    LIBRARIES danhgia_server_testsupport danhgia_sync LAUNCHER ${DANHGIA_KEYRING_LAUNCHER})
add_dependencies(test_keychain_cli danhgia-server danhgia-cli)
target_compile_definitions(test_keychain_cli PRIVATE DANHGIA_CLI_PATH="$<TARGET_FILE:danhgia-cli>")
set_tests_properties(test_keychain_cli PROPERTIES RUN_SERIAL TRUE)

# The app's sign-in dialog, silent sign-in on opening a linked database, sign-out from the menu, an
# account whose offline use ended, and a pulled evidence file fetched when opened, against a real
# danhgia-server.
danhgia_add_test(NAME test_sign_in_flow SOURCES server/TestSignInFlow.cpp LABELS gui integration
    LIBRARIES danhgia_sync_testsupport danhgia_ui Qt6::Widgets LAUNCHER ${DANHGIA_KEYRING_LAUNCHER})
add_dependencies(test_sign_in_flow danhgia-server)
set_tests_properties(test_sign_in_flow PROPERTIES RUN_SERIAL TRUE)

# The app without a usable keychain: the session bus points nowhere (no Secret Service answers;
# QtKeychain keeps one D-Bus connection per process, hence an executable of its own). HOME is the
# test's own temporary directory (TestSupport), which the test scans for the token.
danhgia_add_test(NAME test_sign_in_without_keychain SOURCES server/TestSignInWithoutKeychain.cpp
    LABELS gui integration LIBRARIES danhgia_server_testsupport danhgia_ui Qt6::Widgets)
add_dependencies(test_sign_in_without_keychain danhgia-server)
set_tests_properties(test_sign_in_without_keychain PROPERTIES RUN_SERIAL TRUE
    ENVIRONMENT_MODIFICATION "DBUS_SESSION_BUS_ADDRESS=set:unix:path=/nonexistent/danhgia-no-keychain")
