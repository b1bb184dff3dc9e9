#!/usr/bin/env bash
# Measures scoring speed in one run and prints ratios against a baseline measured in the same run:
#  1. Google Benchmark: 100,000 sheets of a 40-leaf set in memory, against a baseline that only
#     looks up and reads each leaf's value (BM_ValueLookupBaseline).
#  2. danhgia-cli score on 1,000 sheet files, against the CLI's fixed cost (validate of the same
#     set: process start, translations, reading the set).
# Usage: bench/run-benchmarks.sh [BUILD_DIR]   (default build/default, built with the default preset)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build/default}
cli="$build/app/danhgia-cli"
[ -x "$cli" ] && [ -x "$build/bench/danhgia-bench-scoring" ] || {
    echo "build first: cmake --preset default && cmake --build --preset default" >&2
    exit 2
}

echo "== in memory (taskset: one core)"
taskset -c 0 "$build/bench/danhgia-bench-scoring" --benchmark_counters_tabular=true | tee /tmp/danhgia-bench-memory.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/danhgia-bench-data" "$work" 1000
set_file="$work/bench-40.criteria.json"
mapfile -t sheets < <(ls "$work"/DV*.scores.json)

median_ms() { # runs "$@" 7 times, prints the median wall time in ms
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local start=$EPOCHREALTIME
        "$@" > /dev/null
        local end=$EPOCHREALTIME
        times+=("$(echo "($end - $start) * 1000" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n 4p
}

echo "== danhgia-cli on ${#sheets[@]} sheet files (median of 7, one core)"
base=$(median_ms taskset -c 0 "$cli" validate "$set_file")
full=$(median_ms taskset -c 0 "$cli" score --criteria "$set_file" "${sheets[@]}")
printf 'baseline (validate the set): %.1f ms\n' "$base"
printf 'score 1000 files:           %.1f ms  (%.2f ms per sheet beyond the baseline; %.0f sheets/s)\n' \
    "$full" "$(echo "($full - $base) / ${#sheets[@]}" | bc -l)" "$(echo "${#sheets[@]} * 1000 / $full" | bc -l)"
printf 'ratio score/baseline:       %.1f\n' "$(echo "$full / $base" | bc -l)"
