#!/usr/bin/env bash
# Fails, naming each file, when a C++ file of the project is not formatted with the repository's
# .clang-format. Needs no build: scripts/test.sh runs it before building, and the format-check
# target of the build runs it too. `cmake --build --preset default --target format` rewrites them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

format=$(command -v clang-format || command -v clang-format-14 || true)
if [ -z "$format" ]; then
  echo "format-check: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' \
  'server/*.cpp' 'server/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
"$format" --dry-run --Werror "${files[@]}"
echo "format-check: ${#files[@]} files formatted as .clang-format says"
