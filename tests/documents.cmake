# Printed documents (core/documents): the Decree 30 layout, PDF output checked with the poppler
# tools, and the documents themselves, laid out from their data; those printed from a database read
# it through the storage's sources (the demo's, or SheetFixture.h's). DANHGIA_DOCUMENT_FONT=bundled:
# the pictures compared with the references never depend on the fonts a machine has.
# danhgia_add_document_test(NAME name SOURCES a.cpp ... [LIBRARIES ...])
function(danhgia_add_document_test)
    cmake_parse_arguments(D "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    danhgia_add_test(NAME ${D_NAME} SOURCES ${D_SOURCES} LABELS unit
        LIBRARIES danhgia_documents danhgia_testsupport_pdf Qt6::Gui ${D_LIBRARIES})
    set_property(TEST ${D_NAME} APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
endfunction()

danhgia_add_document_test(NAME test_document_layout SOURCES TestDocumentLayout.cpp)
danhgia_add_document_test(NAME test_document_table_export SOURCES TestDocumentTableExport.cpp)
danhgia_add_document_test(NAME test_council_people SOURCES TestCouncilPeople.cpp)
danhgia_add_document_test(NAME test_council_document SOURCES TestCouncilDocument.cpp
    LIBRARIES danhgia_storage danhgia_demo)
danhgia_add_document_test(NAME test_result_report SOURCES TestResultReport.cpp ReportFixture.h
    QuotaFixture.h DocumentTestSupport.h LIBRARIES danhgia_storage danhgia_demo)
danhgia_add_document_test(NAME test_recognition_decision SOURCES TestRecognitionDecision.cpp ReportFixture.h
    DocumentTestSupport.h LIBRARIES danhgia_storage danhgia_demo)
danhgia_add_document_test(NAME test_sheet_printout SOURCES TestSheetPrintout.cpp SheetFixture.h
    SheetPrintoutFixture.h LIBRARIES danhgia_storage danhgia_demo)

# The appraisal minutes of one unit: composed from files, and from the demo database.
danhgia_add_document_test(NAME test_appraisal_document SOURCES TestAppraisalDocument.cpp AppraisalSamples.cpp
    AppraisalSamples.h)
danhgia_add_document_test(NAME test_appraisal_minutes_source SOURCES TestAppraisalMinutesSource.cpp
    LIBRARIES danhgia_storage danhgia_demo)
# The appraisal council of a campaign kept beside its signers, put into the minutes of a unit.
danhgia_add_document_test(NAME test_appraisal_council_details SOURCES TestAppraisalCouncilDetails.cpp
    LIBRARIES danhgia_storage danhgia_demo danhgia_testsupport_sql)
