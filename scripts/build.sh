#!/usr/bin/env bash
# Installs what is missing, configures and builds into build/ (executables in
# build/bin/). Shared by run-demo.sh and run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if [ ! -f build/build.ninja ]; then
  cmake --preset release -G Ninja
fi
cmake --build build -j2
