#!/usr/bin/env bash
# Starts the app on a fresh demo database under Xvfb and saves a picture of each main screen
# into docs/screenshots/ (the README shows them). Builds first when the app is missing.
# Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build="${1:-build/default}"
if [[ ! -x "$build/app/danhgia" ]]; then
  cmake --preset default
  cmake --build --preset default -j "$(nproc 2>/dev/null || echo 2)"
fi

# A home of its own: a fresh demo, no remembered window size, no settings of the user.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export DANHGIA_LANG=vi
mkdir -p docs/screenshots

# The screens as each role sees them: the role decides what the approval queue holds.
# Optional: the picture's name, the size of the (virtual) screen, Qt's scale factor.
shoot() {
  local page="$1" role="$2" user="$3" name="${4:-$1}" screen="${5:-1280x800}" scale="${6:-1}"
  printf '[Session]\nuser=%s\nrole=%s\n' "$user" "$role" > "$XDG_CONFIG_HOME/danhgia/danhgia.conf"
  QT_SCALE_FACTOR="$scale" xvfb-run -a -s "-screen 0 ${screen}x24 -dpi 96" \
    "$build/app/danhgia" --demo --page "$page" --screenshot "docs/screenshots/$name.png"
  echo "docs/screenshots/$name.png"
}

mkdir -p "$XDG_CONFIG_HOME/danhgia"
shoot campaigns administrator "Lương Văn Minh"
shoot queue unit_head "Vi Văn Hùng"
shoot sheets appraiser "Nông Thị Hạnh"
shoot councils council_secretary "Bế Thị Thanh Hoa"
shoot surveys appraiser "Nông Thị Hạnh"
shoot results administrator "Lương Văn Minh"
shoot catalogues administrator "Lương Văn Minh"
shoot settings appraiser "Nông Thị Hạnh"
# A high-DPI screen: the same window at 1.5 times the size (1920x1200 pixels) must be neither
# clipped nor blurred.
shoot sheets appraiser "Nông Thị Hạnh" hidpi-sheets 1920x1200 1.5
