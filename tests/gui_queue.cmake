# The approval queue and the classification screen: the core's work lists and sheet history
# (label unit), and the widgets over them (label gui).
danhgia_add_test(NAME test_sheetqueue SOURCES TestSheetQueue.cpp QueueFixture.h LABELS unit)
danhgia_add_test(NAME test_approvalqueue SOURCES TestApprovalQueue.cpp QueueFixture.h LABELS gui
                 LIBRARIES danhgia_ui Qt6::Widgets)
