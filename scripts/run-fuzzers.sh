#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset fuzz: clang with ASan and UBSan,
# into build-fuzz/) and runs each for a bounded time on its seed corpus.
#
#   scripts/run-fuzzers.sh [SECONDS] [HARNESS...]
#
# SECONDS per harness (default 60); HARNESS names as in tests/fuzz/
# (default: every harness). Seeds are read from tests/fuzz/<harness>/ and
# never written; what the fuzzer learns is kept in build-fuzz/corpus/<harness>/
# for the next run. An input that breaks a promise, trips a sanitizer or
# times out (10 s) is saved in build-fuzz/findings/<harness>/ and fails the
# script; add it to the seeds once fixed. Each harness's log is in
# build-fuzz/logs/<harness>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for dir in tests/fuzz/*/; do harnesses+=("$(basename "$dir")"); done
fi

scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
. scripts/sanitizer-env.sh
if [ ! -f build-fuzz/build.ninja ]; then
  cmake --preset fuzz -G Ninja
fi
cmake --build build-fuzz -j2 --target "${harnesses[@]/#/fuzz_}"

failed=()
for name in "${harnesses[@]}"; do
  corpus=build-fuzz/corpus/$name findings=build-fuzz/findings/$name log=build-fuzz/logs/$name.log
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
           -artifact_prefix="$findings/")
  if [ -f "tests/fuzz/$name.dict" ]; then options+=(-dict="tests/fuzz/$name.dict"); fi
  echo "run-fuzzers: $name for ${seconds} s"
  if build-fuzz/bin/fuzz_"$name" "${options[@]}" "$corpus" "tests/fuzz/$name" >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|^#[0-9]+.*DONE' "$log" | sed 's/^/  /' || true
    echo "  corpus: $(ls "$corpus" | wc -l) inputs learnt, $(ls "tests/fuzz/$name" | wc -l) seeds"
  else
    echo "run-fuzzers: $name FAILED; the end of $log:"
    tail -n 60 "$log" | sed 's/^/  /'
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: findings in ${failed[*]} (inputs in build-fuzz/findings/)"
  exit 1
fi
echo "run-fuzzers: ${#harnesses[@]} harnesses clean, ${seconds} s each"
