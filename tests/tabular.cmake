# Tabular files (core/tabular): CSV and .xlsx read and written, Excel 97-2003 .xls read with FreeXL
# (fixtures in data/tabular/, made with LibreOffice by data/tabular/make-xls.sh), and criteria sets
# read from a spreadsheet template. The .xlsx test builds zip archives of its own with QuaZip
# (found by core/tabular; its config makes the target global).
if(NOT TARGET QuaZip::QuaZip)
    find_package(QuaZip-Qt6 REQUIRED)
endif()
danhgia_add_test(NAME test_tabular SOURCES TestTabular.cpp LABELS unit LIBRARIES danhgia_tabular)
danhgia_add_test(NAME test_tabular_xlsx SOURCES TestTabularXlsx.cpp LABELS unit
    LIBRARIES danhgia_tabular QuaZip::QuaZip)
danhgia_add_test(NAME test_criteria_table SOURCES TestCriteriaTable.cpp LABELS unit LIBRARIES danhgia_tabular)
# A criteria set written as the template and read back; the shipped Excel template read back.
danhgia_add_test(NAME test_criteria_table_writer SOURCES TestCriteriaTableWriter.cpp LABELS unit
    LIBRARIES danhgia_tabular)
target_compile_definitions(test_criteria_table_writer PRIVATE DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Also the storage: a .xls read as the catalogue import reads it (legacy .VnTime text converted).
danhgia_add_test(NAME test_tabular_xls SOURCES TestTabularXls.cpp LABELS unit
    LIBRARIES danhgia_tabular danhgia_storage)
