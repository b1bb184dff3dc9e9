# Survey entry from paper questionnaires: scoring and storage.
danhgia_add_test(NAME test_survey SOURCES TestSurvey.cpp LABELS unit)
