#!/usr/bin/env bash
# Builds Coverplan and runs the whole test suite with ctest. The PostGIS
# tests start and stop their own PostgreSQL cluster (ctest fixtures).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh
ctest --test-dir build --output-on-failure -j2 "$@"
