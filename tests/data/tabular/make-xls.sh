#!/usr/bin/env bash
# Remakes the Excel 97-2003 (.xls, BIFF8) fixtures of tests/TestTabularXls.cpp from their flat
# OpenDocument sources with LibreOffice Calc (Debian 12: libreoffice-calc-nogui, 7.4):
# - people.fods: sheet "Cán bộ" (a list of people, Vietnamese names, codes "001" kept as text)
#   and sheet "Số liệu" (numbers, a formula, a date, empty rows and cells);
# - people-tcvn3.fods: a list typed in the .VnTime font (TCVN3 bytes shown as Windows-1252
#   characters, as old Excel sheets hold them).
# Only needed when a source changes; the tests read the committed .xls files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for source in people.fods people-tcvn3.fods; do
  soffice --headless --convert-to 'xls:MS Excel 97' --outdir . "$source"
done
