# The results screen with its charts, the catalogues screen, and the statistics the charts draw.
danhgia_add_test(NAME test_resultstatistics SOURCES TestResultStatistics.cpp LABELS unit)
danhgia_add_test(NAME test_resultsview SOURCES TestResultsView.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
danhgia_add_test(NAME test_catalogueview SOURCES TestCatalogueView.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
