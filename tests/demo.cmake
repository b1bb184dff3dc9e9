# The demo database (core/demo): what `danhgia --demo` opens, written through the storage.
danhgia_add_test(NAME test_demodatabase SOURCES TestDemoDatabase.cpp LABELS unit
    LIBRARIES danhgia_demo danhgia_testsupport_sql)
