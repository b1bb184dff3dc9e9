# The settings of the desktop program: the typed registry, and a settings file of an earlier
# version upgraded (tests/data/settings).
danhgia_add_test(NAME test_appsettings SOURCES TestAppSettings.cpp LABELS gui LIBRARIES danhgia_ui danhgia_documents Qt6::Widgets)
