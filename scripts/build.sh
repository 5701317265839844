#!/usr/bin/env bash
# Installs what is missing, configures and builds into build/ (executables in
# build/bin/). Shared by run-demo.sh and run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# Compiler cache keyed on paths relative to the checkout, so every clone and
# worktree of the repository shares one cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [ ! -f build/build.ninja ]; then
  cmake --preset release -G Ninja
fi
cmake --build build -j2
