# Printed documents: the Decree 30 layout, PDF output checked with the poppler tools, and the
# documents themselves. DANHGIA_DOCUMENT_FONT=bundled: the pictures compared with the references
# never depend on the fonts a machine has.
function(danhgia_add_document_test name)
    danhgia_add_test(NAME ${name} SOURCES ${ARGN} LABELS unit LIBRARIES danhgia_documents Qt6::Gui)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
endfunction()

danhgia_add_document_test(test_document_layout TestDocumentLayout.cpp)
danhgia_add_document_test(test_document_table_export TestDocumentTableExport.cpp)
danhgia_add_document_test(test_council_document TestCouncilDocument.cpp)
danhgia_add_document_test(test_council_people TestCouncilPeople.cpp)
danhgia_add_document_test(test_document_settings_store TestDocumentSettingsStore.cpp)
danhgia_add_document_test(test_result_report TestResultReport.cpp ReportFixture.h)
danhgia_add_document_test(test_recognition_decision TestRecognitionDecision.cpp ReportFixture.h)
danhgia_add_document_test(test_sheet_printout TestSheetPrintout.cpp)
danhgia_add_document_test(test_batch_document_export TestBatchDocumentExport.cpp)
target_link_libraries(test_batch_document_export PRIVATE danhgia_ui)

# The appraisal minutes of one unit: composed from files and from the demo database, and printed
# by danhgia-cli.
danhgia_add_document_test(test_appraisal_document TestAppraisalDocument.cpp AppraisalSamples.cpp AppraisalSamples.h)
danhgia_add_document_test(test_appraisal_minutes_source TestAppraisalMinutesSource.cpp)
danhgia_add_test(NAME test_cli_document_appraisal SOURCES TestCliAppraisalDocument.cpp CliRunner.cpp CliRunner.h
    LABELS integration)
set_property(TEST test_cli_document_appraisal APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
