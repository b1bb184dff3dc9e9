# The Vietnamese translation is complete and covers every string in the sources.
danhgia_add_test(NAME test_translations SOURCES TestTranslations.cpp LABELS unit)
target_compile_definitions(test_translations PRIVATE
    DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DANHGIA_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
# Every dialog the app can open, shown for real: no visible text is English, file dialogs start in
# Documents and suggest Vietnamese names.
danhgia_add_test(NAME test_dialoglanguage SOURCES TestDialogLanguage.cpp UntranslatedTextFinder.cpp
    UntranslatedTextFinder.h LABELS gui LIBRARIES danhgia_ui danhgia_documents Qt6::Widgets)
target_compile_definitions(test_dialoglanguage PRIVATE DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
set_property(TEST test_dialoglanguage APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
