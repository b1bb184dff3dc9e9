# Tests of the desktop app's widgets (label gui), and of the template catalogue they list
# (label unit; it needs only the core library).
danhgia_add_test(NAME test_criteriasetview SOURCES TestCriteriaSetView.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_criteriatemplates SOURCES TestCriteriaTemplates.cpp LABELS unit)
