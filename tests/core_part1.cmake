# Unit tests of the core's arithmetic, readers, validator and leaf scoring.
danhgia_add_test(NAME test_decimal SOURCES TestDecimal.cpp LABELS unit)
danhgia_add_test(NAME test_int128 SOURCES TestInt128.cpp LABELS unit)
danhgia_add_test(NAME test_criteriaset SOURCES TestCriteriaSet.cpp LABELS unit)
danhgia_add_test(NAME test_leafscorer SOURCES TestLeafScorer.cpp LABELS unit)
danhgia_add_test(NAME test_scoresheetreader SOURCES TestScoreSheetReader.cpp LABELS unit)
# The assessment stages (workflow/Stage): names in files and the database, titles, order, baseline.
danhgia_add_test(NAME test_stage SOURCES TestStage.cpp LABELS unit)
