# The desktop app's widgets (ui/, label gui), with real widgets and a real database file; each
# test links danhgia_ui (which brings the storage, the documents and the demo). Helpers:
# SheetFixture.h, SheetFormTestSupport.h, QueueFixture.h, UntranslatedTextFinder.
function(danhgia_add_gui_test)
    cmake_parse_arguments(G "" "NAME" "SOURCES;LABELS;LIBRARIES" ${ARGN})
    if(NOT G_LABELS)
        set(G_LABELS gui)
    endif()
    danhgia_add_test(NAME ${G_NAME} SOURCES ${G_SOURCES} LABELS ${G_LABELS}
        LIBRARIES danhgia_ui Qt6::Widgets ${G_LIBRARIES})
endfunction()

# The main window and its pages; the open database written by danhgia-cli, reopened without being
# called damaged, the screens following it.
danhgia_add_gui_test(NAME test_mainwindow SOURCES TestMainWindow.cpp LIBRARIES danhgia_testsupport_sql)
danhgia_add_gui_test(NAME test_database_reopen SOURCES TestDatabaseReopen.cpp LABELS gui integration
    LIBRARIES danhgia_testsupport_cli)

# The settings of the desktop program: the typed registry (ui/common/AppSettings), and a settings
# file of an earlier version upgraded (tests/data/settings).
danhgia_add_gui_test(NAME test_appsettings SOURCES TestAppSettings.cpp)

# The conflicts inbox (ui/conflicts) on a database with a conflict made on purpose.
danhgia_add_gui_test(NAME test_conflicts_view SOURCES TestConflictsView.cpp ConflictFixture.h RowConflictFixture.h LABELS gui sync
    LIBRARIES danhgia_testsupport_sql)

# The score sheet form driven through its editors; the sheets screen in the main window, with the
# keyboard only and on the demo data.
danhgia_add_gui_test(NAME test_scoresheetform SOURCES TestScoreSheetForm.cpp SheetFixture.h SheetFormTestSupport.h)
danhgia_add_gui_test(NAME test_scoresheetworkflow SOURCES TestScoreSheetWorkflow.cpp SheetFixture.h
    SheetFormTestSupport.h)
# A sheet's values and a task list imported from Excel or CSV, after a preview (issue 13, item 7).
danhgia_add_gui_test(NAME test_sheet_import_view SOURCES TestSheetImportView.cpp SheetFixture.h SheetFormTestSupport.h)
danhgia_add_gui_test(NAME test_sheetvalueentry SOURCES TestSheetValueEntry.cpp SheetFixture.h SheetFormTestSupport.h)
danhgia_add_gui_test(NAME test_sheetsscreendemo SOURCES TestSheetsScreenDemo.cpp SheetFixture.h
    SheetFormTestSupport.h)
danhgia_add_gui_test(NAME test_sheetsscreenkeyboard SOURCES TestSheetsScreenKeyboard.cpp SheetFixture.h
    SheetFormTestSupport.h)

# The approval queue and the classification screen; the criteria sets; the catalogues; the results
# with their charts; the interview council grid; survey entry from paper questionnaires.
danhgia_add_gui_test(NAME test_approvalqueue SOURCES TestApprovalQueue.cpp QueueFixture.h)
# The classification screen counting the quota per agency, a raised ceiling recorded in its dialog.
danhgia_add_gui_test(NAME test_quota_classification SOURCES TestQuotaClassification.cpp QuotaFixture.h)
# "Các yếu tố ảnh hưởng xếp loại" on the classification screen: discipline recorded forces the grade,
# removed with a reason gives it back, with the history.
danhgia_add_gui_test(NAME test_person_flags_dialog SOURCES TestPersonFlagsDialog.cpp QuotaFixture.h)
danhgia_add_gui_test(NAME test_criteriasetview SOURCES TestCriteriaSetView.cpp)
# The Criteria sets screen: from the shipped Excel template to a campaign (import, a broken file's
# problems by row and code, copy to a new version, edit with undo, publish).
danhgia_add_gui_test(NAME test_criteriasets_screen SOURCES TestCriteriaSetsScreen.cpp)
danhgia_add_gui_test(NAME test_catalogueview SOURCES TestCatalogueView.cpp LIBRARIES danhgia_testsupport_sql)
danhgia_add_gui_test(NAME test_resultsview SOURCES TestResultsView.cpp)
danhgia_add_gui_test(NAME test_councilview SOURCES TestCouncilView.cpp)
# An interview council set up in one dialog, with parts and priority points (Decree 170/2025).
danhgia_add_gui_test(NAME test_council_setup SOURCES TestCouncilSetup.cpp)
danhgia_add_gui_test(NAME test_surveyentry SOURCES TestSurveyEntry.cpp LIBRARIES danhgia_testsupport_sql)
# A survey defined from nothing on the survey screen, questionnaires for two units (one below plan),
# its points applied to submitted sheets after a preview, with their history entry.
danhgia_add_gui_test(NAME test_survey_setup_view SOURCES TestSurveySetupView.cpp SurveyPointsFixture.cpp
    SurveyPointsFixture.h LIBRARIES danhgia_testsupport_sql)

# Printing from the app: the preview dialog with its settings form, PDF, Excel and CSV output, the
# sheets of a campaign exported in one go (label unit: no window). Fonts bundled, as in the
# documents' tests.
danhgia_add_gui_test(NAME test_documentdialog SOURCES TestDocumentDialog.cpp LIBRARIES danhgia_testsupport_pdf)
danhgia_add_gui_test(NAME test_documentactions SOURCES TestDocumentActions.cpp
    LIBRARIES danhgia_testsupport_pdf danhgia_testsupport_sql)
danhgia_add_gui_test(NAME test_batch_document_export SOURCES TestBatchDocumentExport.cpp LABELS unit
    LIBRARIES danhgia_testsupport_pdf danhgia_testsupport_sql)

# Every dialog the app can open, shown for real: no visible text is English, file dialogs start in
# Documents and suggest Vietnamese names.
danhgia_add_gui_test(NAME test_dialoglanguage SOURCES TestDialogLanguage.cpp UntranslatedTextFinder.cpp
    UntranslatedTextFinder.h)
target_compile_definitions(test_dialoglanguage PRIVATE DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The appraisal council of a campaign set up (decision, members present, quorum, conclusion) and
# the minutes of every appraised unit printed in one action, read back with pdftotext.
danhgia_add_gui_test(NAME test_appraisal_council_print SOURCES TestAppraisalCouncilPrint.cpp
    LIBRARIES danhgia_testsupport_pdf danhgia_testsupport_sql)

foreach(test test_documentdialog test_documentactions test_batch_document_export test_dialoglanguage
        test_appraisal_council_print)
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT "DANHGIA_DOCUMENT_FONT=bundled")
endforeach()

# A campaign set up from nothing on the Campaigns screen: criteria from an Excel template, the
# dialog's deadlines, participants searched, pasted and imported, the sheets previewed and created,
# the queue late for the stage whose deadline passed only.
danhgia_add_gui_test(NAME test_campaign_setup_view SOURCES TestCampaignSetupView.cpp)

# Who the user is once the database is linked to the provincial server: the account's roles only,
# its name and unit, the audit trail naming its login; the server's settings.
danhgia_add_gui_test(NAME test_account_session SOURCES TestAccountSession.cpp)
