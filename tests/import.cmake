# Lists of units and people imported from CSV and Excel: the plan (preview) and its application,
# then the "danhgia-cli import units|people" commands run as a process.
danhgia_add_test(NAME test_catalogueimport SOURCES TestCatalogueImport.cpp LABELS unit)
danhgia_add_test(NAME test_cli_import SOURCES TestCliImport.cpp CliRunner.cpp CliRunner.h LABELS integration)
