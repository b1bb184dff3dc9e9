#!/usr/bin/env bash
# Installs what is missing, builds the project twice (RelWithDebInfo, and with AddressSanitizer +
# UndefinedBehaviorSanitizer) and runs every test of both builds, each function of the rules and
# storage suites also by itself (scripts/test-functions-alone.sh). Formatting and the layers are
# checked first, as they take seconds and a build takes minutes.
# Exits non-zero at the first failure. Used by .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh

echo "== layers"
bash scripts/check-layers.sh

echo "== format-check"
bash scripts/format-check.sh

jobs=$(nproc 2>/dev/null || echo 2)
for preset in default asan; do
    echo "== build: $preset"
    cmake --preset "$preset"
    cmake --build --preset "$preset" -j "$jobs"
    echo "== tests: $preset"
    ctest --preset "$preset" -j "$jobs"
    if [ "$preset" = default ]; then
        echo "== test functions alone: rules, storage"
        bash scripts/test-functions-alone.sh -b build/default -L '^(rules|storage)$'
    fi
done

echo "== all tests passed"
