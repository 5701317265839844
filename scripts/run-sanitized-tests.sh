#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer, LeakSanitizer and UBSan
# (preset asan, into build-asan/): every library, program and test of ours is
# instrumented, and any report fails the test that caused it. Arguments go to
# ctest, e.g. `scripts/run-sanitized-tests.sh -R gis.`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
. scripts/sanitizer-env.sh
if [ ! -f build-asan/build.ninja ]; then
  cmake --preset asan -G Ninja
fi
cmake --build build-asan -j2
# Packaging and installing the instrumented programs (label install) would
# test the same install rules again, slower: the release suite runs them.
ctest --test-dir build-asan --output-on-failure -j2 -LE install "$@"
