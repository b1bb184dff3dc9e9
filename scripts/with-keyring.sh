#!/bin/sh
# Runs a command with a keychain of its own: HOME and the XDG directories in a new temporary
# directory, a private D-Bus session (dbus-run-session) and an unlocked gnome-keyring serving the
# Secret Service in it. The machine's own keyring and files are never touched, and two runs at the
# same time (ctest -j) do not see each other. The command finds its HOME in DANHGIA_KEYRING_HOME.
#   scripts/with-keyring.sh COMMAND [ARGUMENT...]
set -eu
if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGUMENT...]" >&2
  exit 2
fi
root=$(mktemp -d "${TMPDIR:-/tmp}/danhgia-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
export HOME="$root/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$root/run"
export DANHGIA_KEYRING_HOME="$HOME"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
  with-keyring "$@" || status=$?
exit "$status"
