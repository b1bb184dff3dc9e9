# Storage of the data model (part 5): the JSON text the stores write into the database, the
# outbox and the audit trail.
danhgia_add_test(NAME test_json_writer SOURCES TestJsonWriter.cpp LABELS unit)
danhgia_add_test(NAME test_stored_text SOURCES TestStoredText.cpp LABELS unit)
