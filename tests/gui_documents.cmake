# Printing from the app: the preview dialog with its settings form, PDF, Excel and CSV output.
danhgia_add_test(NAME test_documentdialog SOURCES TestDocumentDialog.cpp LABELS gui
    LIBRARIES danhgia_ui danhgia_documents Qt6::Widgets)
set_property(TEST test_documentdialog APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
danhgia_add_test(NAME test_documentactions SOURCES TestDocumentActions.cpp LABELS gui
    LIBRARIES danhgia_ui danhgia_documents Qt6::Widgets)
set_property(TEST test_documentactions APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
