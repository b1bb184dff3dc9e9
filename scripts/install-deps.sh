#!/usr/bin/env bash
# Installs every build and test dependency of danhgia from Debian 12 packages.
# Idempotent: when everything is present it installs nothing and exits 0.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format lld
  # Qt 6 (Widgets, Sql with the SQLite driver, Network, Charts, tools, translations)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  libxkbcommon-dev libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  # secrets, storage, spreadsheets (.xlsx with QuaZip, Excel 97-2003 .xls with FreeXL)
  qtkeychain-qt6-dev libsqlite3-dev sqlite3 libquazip1-qt6-dev libfreexl-dev
  # the provincial server: Boost.Beast (1.81: Debian's default libboost-dev is 1.74), libpq,
  # libsodium (argon2id), and PostgreSQL 15 whose binaries the server's tests start
  libboost1.81-dev libpq-dev libsodium-dev postgresql-15
  # tests and benchmarks
  libbenchmark-dev bc xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools poppler-utils
  # fonts with full Vietnamese coverage
  fonts-liberation2 fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages are present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
