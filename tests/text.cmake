# Unit tests of the Vietnamese text area (core/text): normal form, search keys, name order,
# and the legacy encodings.
danhgia_add_test(NAME test_vietnamesetext SOURCES TestVietnameseText.cpp LABELS unit)
danhgia_add_test(NAME test_legacyencoding SOURCES TestLegacyEncoding.cpp LABELS unit)
