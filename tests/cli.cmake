# danhgia-cli (app/cli) run as a process (CliRunner, label integration): the contract's examples,
# broken input, the help, imports of criteria, units and people, the database commands and the
# printed documents (PDFs checked with the poppler tools; fonts bundled, as in the documents' tests).
function(danhgia_add_cli_test)
    cmake_parse_arguments(C "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    danhgia_add_test(NAME ${C_NAME} SOURCES ${C_SOURCES} LABELS integration
        LIBRARIES danhgia_testsupport_cli ${C_LIBRARIES})
endfunction()

danhgia_add_cli_test(NAME test_cli_examples SOURCES TestCliExamples.cpp)
danhgia_add_cli_test(NAME test_cli_errors SOURCES TestCliErrors.cpp)
# The main help against the table of commands that danhgia-cli dispatches through.
danhgia_add_cli_test(NAME test_cli_help SOURCES TestCliHelp.cpp LIBRARIES danhgia_cli)

danhgia_add_cli_test(NAME test_cli_criteria_table SOURCES TestCliCriteriaTable.cpp LIBRARIES danhgia_testsupport_sql)
danhgia_add_cli_test(NAME test_cli_import SOURCES TestCliImport.cpp LIBRARIES danhgia_tabular danhgia_testsupport_sql)
# campaign create: deadlines, participants from an Excel list, sheets, all or none.
danhgia_add_cli_test(NAME test_cli_campaign SOURCES TestCliCampaign.cpp LIBRARIES danhgia_tabular danhgia_testsupport_sql)
# flag add|remove|list|history: a person's facts that change the grade, with their reasons.
danhgia_add_cli_test(NAME test_cli_flag SOURCES TestCliFlag.cpp LIBRARIES danhgia_testsupport_sql)
# A linked account whose offline use ended: the commands that write refuse, those that read work.
danhgia_add_cli_test(NAME test_cli_offline_use SOURCES TestCliOfflineUse.cpp
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
# conflicts list|show|resolve: the inbox of a database with a conflict made on purpose.
danhgia_add_cli_test(NAME test_cli_conflicts SOURCES TestCliConflicts.cpp ConflictFixture.h RowConflictFixture.h
    LIBRARIES danhgia_storage danhgia_testsupport_sql)
danhgia_add_cli_test(NAME test_cli_import_xls SOURCES TestCliImportXls.cpp LIBRARIES danhgia_testsupport_sql)
danhgia_add_cli_test(NAME test_cli_database SOURCES TestCliDatabase.cpp LIBRARIES danhgia_tabular danhgia_testsupport_sql)

danhgia_add_cli_test(NAME test_cli_document_council SOURCES TestCliDocumentCouncil.cpp
    LIBRARIES danhgia_tabular danhgia_testsupport_pdf)
danhgia_add_cli_test(NAME test_cli_document_appraisal SOURCES TestCliAppraisalDocument.cpp
    LIBRARIES danhgia_testsupport_pdf)
danhgia_add_cli_test(NAME test_cli_report_documents SOURCES TestCliReportDocuments.cpp
    LIBRARIES danhgia_demo danhgia_testsupport_pdf)
foreach(test test_cli_document_council test_cli_document_appraisal test_cli_report_documents)
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
endforeach()
