# Unit tests of the scoring core (part 2): sheet scoring, classification, aggregation, the
# interview council and randomized properties. Helpers: ScoringFixtures.h (header-only).
danhgia_add_test(NAME test_sheetscorer SOURCES TestSheetScorer.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_classification SOURCES TestClassification.cpp ScoringFixtures.h LABELS unit)
# When a decided grade is an override that needs a reason and an approver (results/GradeOverride).
danhgia_add_test(NAME test_grade_override SOURCES TestGradeOverride.cpp LABELS unit)
danhgia_add_test(NAME test_aggregation SOURCES TestAggregation.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_council SOURCES TestCouncil.cpp ScoringFixtures.h LABELS unit)
# What a new interview council starts with (councils/CouncilPresets).
danhgia_add_test(NAME test_council_presets SOURCES TestCouncilPresets.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_scoringproperties SOURCES TestScoringProperties.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_quota_scopes SOURCES TestQuotaScopes.cpp ScoringFixtures.h LABELS unit)
