#!/usr/bin/env bash
# Installs every Debian 12 package Coverplan needs to build, test, run the demo
# and the benchmarks. Idempotent and non-interactive: packages already present
# are skipped, so a second run costs one dpkg query.
set -euo pipefail

PACKAGES=(
  # toolchain; clang and its runtimes for the libFuzzer harnesses (preset fuzz)
  build-essential cmake ninja-build ccache pkg-config git
  clang libclang-rt-14-dev
  # geometry and I/O
  libgdal-dev gdal-bin libgeos-dev libproj-dev libboost-dev
  # basemap tiles served as stored (gis/tile_source.cpp reads MBTiles and GeoPackage tiles with SQLite)
  libsqlite3-dev
  # configuration, JSON, spreadsheets
  libtomlplusplus-dev nlohmann-json3-dev libxlsxwriter-dev
  # front ends: the desktop app (Qt Widgets, Concurrent and Test are in qt6-base-dev),
  # cartography, HTTP server
  qt6-base-dev qt6-svg-dev libgl-dev fonts-noto-core
  # its Vietnamese and English translations: lupdate, lrelease and Qt6LinguistTools for CMake
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # the field service runs on Boost.Beast (in libboost-dev); Leaflet is served by
  # the service itself; cpp-httplib is the tests' HTTP client and the benchmark's comparison
  libcpp-httplib-dev libjs-leaflet
  # the service's users: token hashes (argon2id, libsodium); Unicode normalisation of tokens and
  # folding for address search (utf8proc)
  libsodium-dev libutf8proc-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15
  python3-gdal poppler-utils time unzip
  # the install test: the served page fetched, manual pages rendered, the .deb's dependencies computed
  curl bsdextrautils man-db groff-base dpkg-dev
  # the reminders' calendars are read back by an independent iCalendar reader
  python3-icalendar
  # the workbooks are printed through LibreOffice in the tests (one page wide, header on each page)
  libreoffice-calc-nogui
  # every locale, so a test can run the library under a decimal comma (vi_VN, de_DE)
  locales-all
  python3-geopandas python3-rtree
  # field page test (headless Chromium) and the HTTP benchmark (wrk; QHttpServer for comparison)
  chromium wrk qt6-httpserver-dev qt6-websockets-dev python3-psycopg2
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
