# The desktop app's own data and screens: the demo database, the main window and its pages.
danhgia_add_test(NAME test_demodatabase SOURCES TestDemoDatabase.cpp LABELS unit)
danhgia_add_test(NAME test_mainwindow SOURCES TestMainWindow.cpp LABELS gui LIBRARIES danhgia_ui Qt6::Widgets)
# The open database written by danhgia-cli: reopened without being called damaged; screens follow.
danhgia_add_test(NAME test_database_reopen SOURCES TestDatabaseReopen.cpp CliRunner.cpp CliRunner.h
                 LABELS gui integration LIBRARIES danhgia_ui Qt6::Widgets)
