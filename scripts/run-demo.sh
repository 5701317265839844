#!/usr/bin/env bash
# The main job on the bundled sample: builds Coverplan if needed, then runs
# `coverplan demo`, which writes demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh
build/bin/coverplan demo --out demo-output "$@"
echo
echo "Outputs in $(pwd)/demo-output:"
ls -l demo-output
echo
echo "To explore the sample in the desktop app (rankings, map, score breakdown):"
echo "  build/bin/coverplan-gui datasets/sample/project.toml"
