# Evidence files of score sheets: content-addressed storage, deduplication, removal, verification.
danhgia_add_test(NAME test_evidencestore SOURCES TestEvidenceStore.cpp LABELS unit)
