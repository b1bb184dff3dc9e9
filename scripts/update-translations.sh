#!/usr/bin/env bash
# Refreshes translations/*.ts from the source strings (tr() in core, ui, app and server).
# New strings arrive unfinished; tests/TestTranslations fails until each has a translation.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -locations relative -no-obsolete core ui app server -ts translations/danhgia_vi.ts
# English is the source language: only plural forms need an entry.
"$LUPDATE" -locations relative -no-obsolete -pluralonly core ui app server -ts translations/danhgia_en.ts
