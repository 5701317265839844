#!/usr/bin/env bash
# Puts the SPDX licence line at the top of every source file the repository
# tracks that lacks it: `// SPDX-License-Identifier: Apache-2.0` in C++,
# `# ...` in CMake, shell and Python (after a #! line). Idempotent.
# tests/install/spdx_test.sh checks the same list.
set -euo pipefail
cd "$(dirname "$0")/.."
line='SPDX-License-Identifier: Apache-2.0'
git ls-files -- '*.cpp' '*.h' '*.h.in' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' '*.py' '.ci/run' |
while IFS= read -r file; do
  [ -f "$file" ] || continue
  head -n 2 "$file" | grep -q "$line" && continue
  case "$file" in
    *.cpp|*.h|*.h.in) prefix='// ' ;;
    *) prefix='# ' ;;
  esac
  if head -n 1 "$file" | grep -q '^#!'; then
    { head -n 1 "$file"; echo "$prefix$line"; tail -n +2 "$file"; } >"$file.spdx"
  else
    { echo "$prefix$line"; cat "$file"; } >"$file.spdx"
  fi
  chmod --reference="$file" "$file.spdx"
  mv "$file.spdx" "$file"
done
