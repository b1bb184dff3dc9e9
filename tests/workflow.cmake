# Unit tests of the sheet workflow (core/workflow): transitions, roles and reasons; submission readiness.
danhgia_add_test(NAME test_sheetworkflow SOURCES TestSheetWorkflow.cpp LABELS unit)
danhgia_add_test(NAME test_workflow_readiness SOURCES TestSubmissionReadiness.cpp LABELS unit)
