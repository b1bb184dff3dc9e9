# danhgia-cli run as a process on the contract's examples and on broken input.
danhgia_add_test(NAME test_cli_examples SOURCES TestCliExamples.cpp CliRunner.cpp CliRunner.h LABELS integration)
danhgia_add_test(NAME test_cli_errors SOURCES TestCliErrors.cpp CliRunner.cpp CliRunner.h LABELS integration)
# `document council`: PDFs checked with the poppler tools; the bundled font, as the document tests.
danhgia_add_test(NAME test_cli_document_council SOURCES TestCliDocumentCouncil.cpp CliRunner.cpp CliRunner.h
    LABELS integration)
set_property(TEST test_cli_document_council APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
# document report and document decision on a demo database (fonts bundled, as in the documents' tests).
danhgia_add_test(NAME test_cli_report_documents SOURCES TestCliReportDocuments.cpp CliRunner.cpp CliRunner.h
    LABELS integration)
set_property(TEST test_cli_report_documents APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
# The main help against the table of commands that danhgia-cli dispatches through.
danhgia_add_test(NAME test_cli_help SOURCES TestCliHelp.cpp CliRunner.cpp CliRunner.h LABELS integration
    LIBRARIES danhgia_cli)
