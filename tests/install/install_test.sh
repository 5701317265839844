#!/usr/bin/env bash
# The installed coverplan works without the source or build tree:
# `cmake --install` into a DESTDIR, then, from a folder outside both trees,
# the installed program runs the demo on the installed sample, serves its
# field page (compiled in) with Debian's Leaflet, and its manual pages and
# completion (written from the --help declarations) render and complete.
# Usage: install_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
stage=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$stage"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR=$stage/root cmake --install "$build" --prefix /usr >"$stage/install.log"
root=$stage/root
cd "$stage"
bin=$root/usr/bin/coverplan

for f in usr/bin/coverplan usr/bin/coverplan-gui usr/share/man/man1/coverplan.1 \
         usr/share/man/man1/coverplan-overlay.1 usr/share/man/man1/coverplan-check.1 \
         usr/share/bash-completion/completions/coverplan usr/share/coverplan/sample/project.toml \
         usr/share/doc/coverplan/user-guide.md usr/share/doc/coverplan/copyright usr/share/doc/coverplan/README.md; do
  [ -f "$root/$f" ] || fail "cmake --install did not put $f"
done
# Nothing of the build's own: no test programs, no static libraries, no headers.
extra=$(cd "$root" && find . -type f \( -name '*.a' -o -name '*.h' -o -name '*_test' \) | head -3)
[ -z "$extra" ] || fail "installed build files: $extra"

[ "$("$bin" --version)" = "coverplan $version" ] || fail "--version: $("$bin" --version)"

# The demo finds the sample installed beside the program.
"$bin" demo --out "$stage/demo" >"$stage/demo.log" 2>&1 || [ $? -eq 1 ] || { cat "$stage/demo.log"; fail "demo"; }
grep -q "$root/usr/share/coverplan/sample/" "$stage/demo.log" || { cat "$stage/demo.log"; fail "demo did not read the installed sample"; }
for f in results.gpkg ranking.csv ranking.xlsx map.pdf map.png report.pdf; do
  [ -s "$stage/demo/$f" ] || fail "demo wrote no $f"
done

# The field page and Leaflet, served by the installed program.
"$bin" serve "$root/usr/share/coverplan/sample/project.toml" --port 0 >"$stage/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  grep -q '^Listening on ' "$stage/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$stage/serve.log"; fail "serve stopped"; }
  sleep 0.2
done
url=$(sed -n 's/^Listening on \(http[^ ]*\) .*/\1/p' "$stage/serve.log")
[ -n "$url" ] || { cat "$stage/serve.log"; fail "serve never listened"; }
# Fetched whole first: a grep that stops reading early would fail curl under pipefail.
curl -fsS "$url" -o "$stage/page.html" && grep -qi '<html' "$stage/page.html" || fail "no field page at $url"
curl -fsS "${url}static/leaflet/leaflet.js" -o "$stage/leaflet.js" || fail "no Leaflet at ${url}static/leaflet/leaflet.js"
grep -q 'Leaflet' "$stage/leaflet.js" || fail "${url}static/leaflet/leaflet.js is not Leaflet"
kill "$server"; wait "$server" 2>/dev/null || true; server=""

# Every manual page renders without a warning, and names every option --help lists.
commands=$("$bin" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ "$(echo "$commands" | wc -l)" -ge 15 ] || fail "commands from --help: $commands"
for page in "$root"/usr/share/man/man1/*.1; do
  warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
for command in $commands; do
  page=$root/usr/share/man/man1/coverplan-$command.1
  [ -f "$page" ] || fail "no manual page for $command"
  rendered=$(MANWIDTH=100 man -l "$page" 2>"$stage/man.err" | col -b | sed 's/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g')
  [ -s "$stage/man.err" ] && fail "man -l coverplan-$command.1: $(cat "$stage/man.err")"
  echo "$rendered" | grep -q "coverplan-$command - " || fail "coverplan-$command.1 has no NAME line"
  for option in $("$bin" "$command" --help | grep -oE '^  (-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*'); do
    echo "$rendered" | grep -qF -- "$option" || fail "coverplan-$command.1 does not describe $option"
  done
  grep -qF "coverplan-$command" < <(MANWIDTH=100 man -l "$root/usr/share/man/man1/coverplan.1" | col -b | sed 's/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g') \
    || fail "coverplan.1 does not list $command"
done

# The bash completion: commands, a command's options, an option's values.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _coverplan; echo "${COMPREPLY[*]}"' \
    _ "$root/usr/share/bash-completion/completions/coverplan" "$@"
}
[ "$(complete_words coverplan ove)" = "overlay" ] || fail "completion of 'ove': $(complete_words coverplan ove)"
[ "$(complete_words coverplan overlay --no)" = "--no-points" ] || fail "completion of overlay --no"
[ "$(complete_words coverplan rank --lang "")" = "vi en" ] || fail "completion of --lang: $(complete_words coverplan rank --lang "")"
echo "install test passed"
