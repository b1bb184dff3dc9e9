# The score sheet form: the core's one-value editor of a stored sheet (label unit) and the form
# over it, driven through its editors with real widgets and a real database (label gui); the
# sheets screen in the main window, with the keyboard only and on the demo data.
danhgia_add_test(NAME test_sheeteditor SOURCES TestSheetEditor.cpp SheetFixture.h LABELS unit)
danhgia_add_test(NAME test_scoresheetform SOURCES TestScoreSheetForm.cpp SheetFixture.h SheetFormTestSupport.h
                 LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_scoresheetworkflow SOURCES TestScoreSheetWorkflow.cpp SheetFixture.h SheetFormTestSupport.h
                 LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_sheetvalueentry SOURCES TestSheetValueEntry.cpp SheetFixture.h SheetFormTestSupport.h
                 LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_sheetsscreendemo SOURCES TestSheetsScreenDemo.cpp SheetFixture.h SheetFormTestSupport.h
                 LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_sheetsscreenkeyboard SOURCES TestSheetsScreenKeyboard.cpp SheetFixture.h
                 SheetFormTestSupport.h LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
