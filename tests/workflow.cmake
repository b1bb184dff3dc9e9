# Unit tests of the sheet workflow (core/workflow): transitions, roles and reasons; submission readiness.
danhgia_add_test(NAME test_sheetworkflow SOURCES TestSheetWorkflow.cpp LABELS unit)
danhgia_add_test(NAME test_workflow_readiness SOURCES TestSubmissionReadiness.cpp LABELS unit)
# Every write path of the storage checks the role first (RecordPermissions), on a copy of the demo.
danhgia_add_test(NAME test_write_permissions SOURCES TestWritePermissions.cpp LABELS unit)
