# Survey points written into the score sheets of a campaign (SurveyPointsWriter).
danhgia_add_test(NAME test_survey_points SOURCES TestSurveyPoints.cpp SurveyPointsFixture.cpp
    SurveyPointsFixture.h LABELS unit)
# Excel 97-2003 workbooks (.xls) read with FreeXL, then imported as lists of people by the CLI.
# The fixtures are in data/tabular/ (made with LibreOffice by data/tabular/make-xls.sh).
danhgia_add_test(NAME test_tabular_xls SOURCES TestTabularXls.cpp LABELS unit)
danhgia_add_test(NAME test_cli_import_xls SOURCES TestCliImportXls.cpp CliRunner.cpp CliRunner.h
    LABELS integration)
