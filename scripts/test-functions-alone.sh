#!/usr/bin/env bash
# Runs every test function of the chosen Qt Test suites by itself (`test_x functionName`), each in a
# process of its own, so that a function that passes only after the ones before it (a database
# row, a file, a setting they left behind) is caught; then all the functions of a suite in one
# process in the reverse order, so that one that fails after another has changed what they share
# is caught too. The functions are listed by the suite itself (`test_x -functions`); each run has
# the environment and working directory CTest gives the suite (the offscreen platform, the pinned
# locale, DANHGIA_DOCUMENT_FONT...), read from `ctest -N -V`.
#
# Usage: scripts/test-functions-alone.sh [-b BUILD_DIR] [CTEST_SELECTION...]
#   BUILD_DIR          the build tree (default build/default); its tests must be built
#   CTEST_SELECTION    passed to ctest to choose the suites: -L room, -R name, -LE label...
#                      (every suite when there is none)
# Examples:
#   scripts/test-functions-alone.sh -L '^(rules|storage)$'     # what CI runs (scripts/test.sh)
#   scripts/test-functions-alone.sh -R '^test_sheeteditor$'
#
# Every test carries the label of its area (tests/<area>.cmake): rules, tabular, storage, demo,
# documents, gui, cli. CI runs the rules and storage suites, 44 suites and 315 functions: about
# 2 min 5 s on 2 busy cores in the RelWithDebInfo build (the storage functions each open a database).
# The whole project (81 suites, about 560 functions) takes about 12 minutes; run it after changing
# fixtures.
#
# Exits 1 when a function fails alone or a suite fails in reverse order, naming the suite and the
# function, with the lines of the log that say what failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=build/default
if [ "${1:-}" = "-b" ]; then
  build="$2"
  shift 2
fi
selection=("$@")
timeout_seconds=600

if [ ! -f "$build/CTestTestfile.cmake" ]; then
  echo "test-functions-alone: no test tree in $build (configure and build it first)" >&2
  exit 2
fi

# ctest -N -V prints, for each test, "N: Test command: PATH", "N: Working Directory: DIR",
# "N: Environment variables:" followed by "N:  NAME=VALUE" lines, then "  Test #N: name".
listing="$(ctest --test-dir "$build" -N -V "${selection[@]}" 2>&1)" || {
  echo "$listing" >&2
  exit 2
}

suites=0
functions=0
failures=()
started=$SECONDS

run_suite() {
  local name="$1" workdir="$3"
  # The test's command: its executable, after a launcher when it has one (the keychain tests run
  # under scripts/with-keyring.sh). CTest quotes the arguments after the first; paths without spaces.
  local -a command
  read -ra command <<< "${2//\"/}"
  shift 3
  local -a environment=("$@")
  if [ "${#command[@]}" -eq 0 ] || [ ! -x "${command[-1]}" ]; then
    failures+=("$name: not built (cmake --build $build --target $name)")
    echo "FAIL  $name: not built"
    return
  fi
  local list
  if ! list="$(cd "$workdir" && env "${environment[@]}" "${command[@]}" -functions 2>/dev/null)"; then
    failures+=("$name: -functions failed")
    echo "FAIL  $name -functions"
    return
  fi
  list="$(grep -E '^[A-Za-z_][A-Za-z0-9_]*\(\)$' <<<"$list")"
  suites=$((suites + 1))
  local function output
  local -a reversed=()
  while IFS= read -r function; do
    function="${function%()}"
    [ -n "$function" ] || continue
    functions=$((functions + 1))
    reversed=("$function" "${reversed[@]}")
    if output="$(cd "$workdir" && env "${environment[@]}" timeout "$timeout_seconds" "${command[@]}" "$function" 2>&1)"; then
      echo "ok    $name $function"
    else
      failures+=("$name $function")
      echo "FAIL  $name $function"
      show_failure "$output"
    fi
  done <<<"$list"
  if [ "${#reversed[@]}" -gt 1 ]; then
    if output="$(cd "$workdir" && env "${environment[@]}" timeout "$timeout_seconds" "${command[@]}" "${reversed[@]}" 2>&1)"; then
      echo "ok    $name in reverse order"
    else
      failures+=("$name in reverse order (${reversed[*]})")
      echo "FAIL  $name in reverse order"
      show_failure "$output"
    fi
  fi
}

# The lines of a Qt Test log that say what failed and where (its end when it crashed).
show_failure() {
  local lines
  lines="$(grep -E '^(FAIL!|QFATAL|   Loc:|   Actual|   Expected|Totals)' <<<"$1" | head -n 30)"
  [ -n "$lines" ] || lines="$(tail -n 10 <<<"$1")"
  sed 's/^/      /' <<<"$lines"
}

command=""
workdir=""
environment=()
in_environment=0
while IFS= read -r line; do
  if [[ "$line" =~ ^[0-9]+:\ Test\ command:\ (.*)$ ]]; then
    command="${BASH_REMATCH[1]}"
    workdir="$build"
    environment=()
    in_environment=0
  elif [[ "$line" =~ ^[0-9]+:\ Working\ Directory:\ (.*)$ ]]; then
    workdir="${BASH_REMATCH[1]}"
  elif [[ "$line" =~ ^[0-9]+:\ Environment\ variables: ]]; then
    in_environment=1
  elif [ "$in_environment" -eq 1 ] && [[ "$line" =~ ^[0-9]+:\ \ ([A-Za-z_][A-Za-z0-9_]*=.*)$ ]]; then
    environment+=("${BASH_REMATCH[1]}")
  elif [[ "$line" =~ ^\ +Test\ +#[0-9]+:\ (.*)$ ]]; then
    run_suite "${BASH_REMATCH[1]}" "$command" "$workdir" "${environment[@]}"
    command=""
    in_environment=0
  fi
done <<<"$listing"

minutes=$(((SECONDS - started) / 60))
seconds=$(((SECONDS - started) % 60))
echo "test-functions-alone: $functions functions of $suites suites run alone in ${minutes} min ${seconds} s"
if [ "${#failures[@]}" -gt 0 ]; then
  echo "test-functions-alone: ${#failures[@]} failures:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
