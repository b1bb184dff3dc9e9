#!/usr/bin/env bash
# Installs what is missing, builds the app and starts it on the demo data.
# Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake --preset default
cmake --build --preset default -j "$(nproc 2>/dev/null || echo 2)"
exec build/default/app/danhgia --demo "$@"
