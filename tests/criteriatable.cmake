# Criteria sets from spreadsheet templates: the table reader (unit) and "import criteria" of a
# CSV file through the CLI (integration).
danhgia_add_test(NAME test_criteria_table SOURCES TestCriteriaTable.cpp LABELS unit)
danhgia_add_test(NAME test_cli_criteria_table SOURCES TestCliCriteriaTable.cpp CliRunner.cpp CliRunner.h
    LABELS integration)
