# danhgia-cli run as a process on the contract's examples and on broken input.
danhgia_add_test(NAME test_cli_examples SOURCES TestCliExamples.cpp CliRunner.cpp CliRunner.h LABELS integration)
danhgia_add_test(NAME test_cli_errors SOURCES TestCliErrors.cpp CliRunner.cpp CliRunner.h LABELS integration)
