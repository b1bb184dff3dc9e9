# The Vietnamese translation is complete and covers every string in the sources.
danhgia_add_test(NAME test_translations SOURCES TestTranslations.cpp LABELS unit)
target_compile_definitions(test_translations PRIVATE
    DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DANHGIA_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
