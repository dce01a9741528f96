#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets (fuzz/, docs/fuzzing.md): scripts/fuzz.sh [target|all] [seconds].
# Builds build-fuzz with clang when needed, then runs each target for the given seconds (300 by
# default), one after another and in one process each (the machine is shared). The corpus
# grows in $SC_FUZZ_CORPUS/<target> (default ~/.cache/sparecycles-fuzz), outside the repository,
# starting from the seeds in tests/data/fuzz/<target>; crashes, leaks, timeouts and UB land in
# $SC_FUZZ_CORPUS/crashes/. Prints executions, seconds and new crash files per target; exits 1
# when a target found one.
#   SC_FUZZ_CORPUS   where corpus and crashes live
#   SC_FUZZ_ARGS     more libFuzzer options (e.g. -max_len=65536)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target=${1:-all}
seconds=${2:-300}
corpus_root=${SC_FUZZ_CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/sparecycles-fuzz}
targets=(protocol hubclient hubrequest taskoutput creditfeed settings statusfile chainclient evm wallet)
if [ "$target" != all ]; then
  [[ " ${targets[*]} " == *" $target "* ]] || { echo "no fuzz target '$target'; one of: ${targets[*]}" >&2; exit 2; }
  targets=("$target")
fi

if [ ! -f build-fuzz/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSC_FUZZ=ON \
    -DSC_BUILD_UI=OFF -DSC_WERROR=ON >/dev/null
fi
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"

mkdir -p "$corpus_root/crashes"
# The targets that write files (creditfeed, settings, statusfile) do so under $TMPDIR: in
# memory, they run ten times as fast as on a disk that syncs each SQLite commit.
scratch=$(mktemp -d -p "$( [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")" sc-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export TMPDIR=$scratch
failed=0
printf '%-12s %12s %8s %8s\n' target executions seconds crashes
for t in "${targets[@]}"; do
  mkdir -p "$corpus_root/$t"
  log="$corpus_root/$t.log"
  before=$(find "$corpus_root/crashes" -name "$t-*" | wc -l)
  start=$(date +%s)
  # The first folder takes what the fuzzer finds; the seeds are only read. A slow input (over
  # 10 s) counts as a failure too. Sanitizer output goes to the log; the summary below.
  rc=0
  # shellcheck disable=SC2086
  "$root/build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$corpus_root/crashes/$t-" ${SC_FUZZ_ARGS:-} \
    "$corpus_root/$t" "$root/tests/data/fuzz/$t" >"$log" 2>&1 || rc=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(( $(find "$corpus_root/crashes" -name "$t-*" | wc -l) - before ))
  printf '%-12s %12s %8s %8s\n' "$t" "${runs:-?}" "$elapsed" "$found"
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    echo "fuzz_$t failed (exit $rc); its log: $log" >&2
    grep -E -m5 'ERROR|runtime error|fuzz check failed|SUMMARY|Test unit written' "$log" >&2 || true
  fi
done
exit "$failed"
