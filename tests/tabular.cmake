# Unit tests of the tabular files: CSV and .xlsx reading and writing. The .xlsx test builds zip
# archives of its own with QuaZip (found by core/tabular; its config makes the target global).
if(NOT TARGET QuaZip::QuaZip)
    find_package(QuaZip-Qt6 REQUIRED)
endif()
danhgia_add_test(NAME test_tabular SOURCES TestTabular.cpp LABELS unit)
danhgia_add_test(NAME test_tabular_xlsx SOURCES TestTabularXlsx.cpp LABELS unit LIBRARIES QuaZip::QuaZip)
