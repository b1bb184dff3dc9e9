# The rules library (core/rules): numbers, criteria, scoring, results, councils, workflow and
# Vietnamese text. Each test links the rules and the test support only: no storage, no QtGui.
# Helpers: ScoringFixtures.h and CouncilTestSupport.h (header-only).

# numbers/
danhgia_add_test(NAME test_decimal SOURCES TestDecimal.cpp LABELS unit)
danhgia_add_test(NAME test_int128 SOURCES TestInt128.cpp LABELS unit)

# criteria/: the model, the reader and validator of danhgia.criteria/1, the built-in templates.
danhgia_add_test(NAME test_criteriaset SOURCES TestCriteriaSet.cpp LABELS unit)
danhgia_add_test(NAME test_criteriatemplates SOURCES TestCriteriaTemplates.cpp LABELS unit)
# A version's life (next version, publish, immutable, campaigns on published ones) and a draft's tree
# changed step by step (CriteriaSetVersions, CriteriaDraft).
danhgia_add_test(NAME test_criteriaset_versions SOURCES TestCriteriaSetVersions.cpp LABELS unit)

# scoring/: leaves, sheets, the engine, the year from the months, randomized properties.
danhgia_add_test(NAME test_leafscorer SOURCES TestLeafScorer.cpp LABELS unit)
danhgia_add_test(NAME test_scoresheetreader SOURCES TestScoreSheetReader.cpp LABELS unit)
danhgia_add_test(NAME test_sheetscorer SOURCES TestSheetScorer.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_aggregation SOURCES TestAggregation.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_scoringproperties SOURCES TestScoringProperties.cpp ScoringFixtures.h LABELS unit)
# A sheet's values and a task list read from a spreadsheet, row by row (LeafValueParser,
# SheetValuesTable, TaskListTable).
danhgia_add_test(NAME test_sheet_values_table SOURCES TestSheetValuesTable.cpp LABELS unit)
# A survey defined in the app: Slovin's n, a sample below plan, the plan per unit, the validator.
danhgia_add_test(NAME test_survey_definition SOURCES TestSurveyDefinition.cpp ScoringFixtures.h LABELS unit)

# results/: grades, forced grades and the quota (per scope); the statistics the charts draw.
danhgia_add_test(NAME test_classification SOURCES TestClassification.cpp ScoringFixtures.h LABELS unit)
# The quota counted per agency and per group with similar tasks (QUOTA scopes).
danhgia_add_test(NAME test_quota_scopes SOURCES TestQuotaScopes.cpp ScoringFixtures.h LABELS unit)
# The quota per agency with ties, and a unit's raised ceiling allowed by the competent level.
danhgia_add_test(NAME test_quota_ceiling SOURCES TestQuotaCeiling.cpp ScoringFixtures.h LABELS unit)
# When a decided grade is an override that needs a reason and an approver (results/GradeOverride).
danhgia_add_test(NAME test_grade_override SOURCES TestGradeOverride.cpp LABELS unit)
# The facts that change a person's grade (the civil-servant template's flags, their priority,
# maternity leave waiving "worked under 6 months") and the rules of recording one (results/PersonFlag).
danhgia_add_test(NAME test_person_flags SOURCES TestPersonFlags.cpp LABELS unit)
danhgia_add_test(NAME test_resultstatistics SOURCES TestResultStatistics.cpp ScoringFixtures.h LABELS unit)

# councils/: the interview council, its ranking, the council file written back.
danhgia_add_test(NAME test_council SOURCES TestCouncil.cpp ScoringFixtures.h LABELS unit)
# What a new interview council starts with (councils/CouncilPresets).
danhgia_add_test(NAME test_council_presets SOURCES TestCouncilPresets.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_councilranking SOURCES TestCouncilRanking.cpp LABELS unit)
# Who records an agreed score: every spread rule × band of spread × role (the board head, Circular 06).
danhgia_add_test(NAME test_council_board_head SOURCES TestCouncilBoardHead.cpp ScoringFixtures.h LABELS unit)
# Decree 170/2025: each part of an examination reaches 50%, priority points, tie-breaks.
danhgia_add_test(NAME test_recruitment_parts SOURCES TestRecruitmentParts.cpp ScoringFixtures.h LABELS unit)
# The examination of an interview council in the app (councils/CouncilExamination): parts, priority
# points, the council's interview as one part; the appraisal council and its quorum.
danhgia_add_test(NAME test_council_examination SOURCES TestCouncilExamination.cpp ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_appraisal_council SOURCES TestAppraisalCouncil.cpp LABELS unit)
danhgia_add_test(NAME test_council_writer SOURCES TestCouncilWriter.cpp CouncilTestSupport.h ScoringFixtures.h
    LABELS unit)

# workflow/: transitions, roles and reasons; submission readiness.
danhgia_add_test(NAME test_sheetworkflow SOURCES TestSheetWorkflow.cpp LABELS unit)
danhgia_add_test(NAME test_workflow_readiness SOURCES TestSubmissionReadiness.cpp LABELS unit)
# The account of a linked database: no change once its offline use ended (ServerAccount).
danhgia_add_test(NAME test_server_account SOURCES TestServerAccount.cpp LABELS unit)
# The deadlines of a campaign per stage: defaults, order, overdue for the late stage only.
danhgia_add_test(NAME test_campaign_deadlines SOURCES TestCampaignDeadlines.cpp LABELS unit)
# The assessment stages (workflow/Stage): names in files and the database, titles, order, baseline.
danhgia_add_test(NAME test_stage SOURCES TestStage.cpp LABELS unit)

# conflicts/: a sync conflict compared field by field and its resolution checked with the rules.
danhgia_add_test(NAME test_conflict_resolution SOURCES TestConflictResolution.cpp ScoringFixtures.h LABELS unit)
# The other synchronised rows column by column: bookkeeping left out, references by UUID shown by
# title, a NULL kept null, each column's value checked when kept or typed.
danhgia_add_test(NAME test_conflict_columns SOURCES TestConflictColumns.cpp LABELS unit)

# text/: normal form, search keys, name order, the legacy encodings; the Vietnamese translation
# (compiled into the rules) is complete and covers every string in the sources.
danhgia_add_test(NAME test_vietnamesetext SOURCES TestVietnameseText.cpp LABELS unit)
danhgia_add_test(NAME test_legacyencoding SOURCES TestLegacyEncoding.cpp LABELS unit)
# A list of codes pasted or read from a table (text/CodeList): campaign participants.
danhgia_add_test(NAME test_codelist SOURCES TestCodeList.cpp LABELS unit)
danhgia_add_test(NAME test_translations SOURCES TestTranslations.cpp LABELS unit)
target_compile_definitions(test_translations PRIVATE
    DANHGIA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DANHGIA_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
