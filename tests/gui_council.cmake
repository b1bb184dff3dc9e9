# The interview council (ranking in the core, label unit; the council grid screen, label gui) and
# survey entry from paper questionnaires (label gui).
danhgia_add_test(NAME test_councilranking SOURCES TestCouncilRanking.cpp LABELS unit)
danhgia_add_test(NAME test_councilview SOURCES TestCouncilView.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_surveyentry SOURCES TestSurveyEntry.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
