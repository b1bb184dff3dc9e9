# The local database and the CLI commands that work on it.
danhgia_add_test(NAME test_database SOURCES TestDatabase.cpp LABELS unit)
danhgia_add_test(NAME test_sheettransitions SOURCES TestSheetTransitions.cpp LABELS unit)
# A sheet followed to its campaign and criteria set, once (stores/SheetContextStore).
danhgia_add_test(NAME test_sheet_context_store SOURCES TestSheetContextStore.cpp SheetFixture.h LABELS unit)
# A campaign created with its sheets, for the CLI import and the demo (services/CampaignSetup).
danhgia_add_test(NAME test_campaign_setup SOURCES TestCampaignSetup.cpp LABELS unit)
danhgia_add_test(NAME test_classificationstore SOURCES TestClassificationStore.cpp LABELS unit)
danhgia_add_test(NAME test_persondirectory SOURCES TestPersonDirectory.cpp LABELS unit)
danhgia_add_test(NAME test_commentstore SOURCES TestCommentStore.cpp LABELS unit)
danhgia_add_test(NAME test_cli_database SOURCES TestCliDatabase.cpp CliRunner.cpp CliRunner.h LABELS integration)

# The crash test: a writer process killed with SIGKILL at random moments (200 times).
add_executable(danhgia-crash-writer CrashWriter.cpp)
target_link_libraries(danhgia-crash-writer PRIVATE danhgia_storage)
danhgia_target_settings(danhgia-crash-writer)
danhgia_add_test(NAME test_crash_safety SOURCES TestCrashSafety.cpp LABELS integration)
target_compile_definitions(test_crash_safety PRIVATE DANHGIA_CRASH_WRITER="$<TARGET_FILE:danhgia-crash-writer>")
add_dependencies(test_crash_safety danhgia-crash-writer)
