#!/usr/bin/env bash
# `cpack -G DEB` makes a package that dpkg-deb reads back with the programs,
# manual pages, completion, sample and documentation in Debian's places, a
# dependency on every shared library the programs load (dpkg-shlibdeps) and
# on what they open by path; apt resolves them from Debian 12's archive.
# Usage: package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$stage" >"$stage/cpack.log" 2>&1 || { cat "$stage/cpack.log"; fail "cpack"; }
deb=$(ls "$stage"/*.deb)
[ "$(basename "$deb")" = "coverplan_${version}_amd64.deb" ] || fail "package named $(basename "$deb")"

info=$(dpkg-deb -I "$deb")
echo "$info" | grep -qx " Package: coverplan" || fail "no Package: coverplan in: $info"
echo "$info" | grep -qx " Version: $version" || fail "version: $info"
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
for package in libgdal32 libgeos-c1v5 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libxlsxwriter4 libsodium23 \
               libutf8proc2 libstdc++6 fonts-noto-core libjs-leaflet; do
  echo "$depends" | tr ',' '\n' | grep -q "^ *$package\b" || fail "Depends lacks $package: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/coverplan ./usr/bin/coverplan-gui ./usr/share/man/man1/coverplan.1 ./usr/share/man/man1/coverplan-overlay.1 \
         ./usr/share/bash-completion/completions/coverplan ./usr/share/coverplan/sample/project.toml \
         ./usr/share/doc/coverplan/copyright ./usr/share/doc/coverplan/user-guide.md; do
  echo "$contents" | grep -qx -- "$f" || fail "the package lacks $f"
done
if echo "$contents" | grep -E '\.(a|h)$|_test$|/include/'; then fail "build files in the package"; fi

# The unpacked program runs (stripped, with the machine's libraries).
dpkg-deb -x "$deb" "$stage/x"
[ "$("$stage/x/usr/bin/coverplan" --version)" = "coverplan $version" ] || fail "the packaged coverplan does not run"

# Every dependency is a package of the archive apt knows (a clean Debian 12 would find it).
for package in $(echo "$depends" | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g'); do
  apt-cache show "$package" >/dev/null 2>&1 || fail "apt knows no package $package"
done
echo "package test passed: $depends"
