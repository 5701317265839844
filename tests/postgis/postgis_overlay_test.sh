#!/usr/bin/env bash
# The PostGIS path of `coverplan overlay`, end to end, against a real
# PostgreSQL 15 + PostGIS cluster on a unix socket:
#
#  1. writes a small hand-made project (make_project.py, EPSG:32648, points on
#     edges, corners, holes and vertices) and loads its zones, coverage,
#     subscribers and leads into PostGIS with ogr2ogr;
#  2. runs `coverplan overlay` on a project whose zones and coverage come from
#     PG: sources, writing its results back into PostGIS with -o "PG:...";
#  3. checks with SQL that the tables zones / nodes / points_status / rejects
#     exist and that every count equals an independent PostGIS computation
#     (ST_Covers joins, ST_Union / ST_Intersection areas), and that the PostGIS
#     output equals the GeoPackage output of the same project read from files;
#  4. checks that failed runs (a write that fails mid-way, a project that
#     cannot be read, an unreachable database) leave the previous results intact.
#
# Usage (ctest passes these; see CMakeLists.txt):
#   postgis_overlay_test.sh --coverplan BIN --cluster DIR --pg-cluster SCRIPT --work DIR
# When no cluster runs in --cluster DIR, the script starts one there and stops
# it at exit, so it also runs on its own.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
coverplan="" cluster="" pg_cluster="$here/../../scripts/pg-cluster.sh" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --coverplan) coverplan=$2; shift 2 ;;
    --cluster) cluster=$2; shift 2 ;;
    --pg-cluster) pg_cluster=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$coverplan" ] || { echo "FAIL: coverplan binary '$coverplan' not found (build it first)" >&2; exit 1; }
coverplan=$(cd "$(dirname "$coverplan")" && pwd)/$(basename "$coverplan")
case "$work" in /*) ;; *) work=$PWD/$work ;; esac
[ -n "$cluster" ] && [ -n "$work" ] || { echo "usage: $0 --coverplan BIN --cluster DIR --work DIR" >&2; exit 2; }
for tool in ogr2ogr psql python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not found: run scripts/install-deps.sh" >&2; exit 1; }
done

started_here=0
if ! "$pg_cluster" status "$cluster" 2>/dev/null; then
  echo "no cluster running in $cluster: starting one for this run"
  "$pg_cluster" start "$cluster" >/dev/null || { echo "FAIL: could not start a cluster in $cluster" >&2; exit 1; }
  started_here=1
fi
PG=$("$pg_cluster" url "$cluster") || { echo "FAIL: no cluster in $cluster" >&2; exit 1; }
host=${PG#PG:host=}
host=${host%% *}

rm -rf "$work"
mkdir -p "$work"
cleanup() {
  if [ "$started_here" = 1 ]; then "$pg_cluster" stop "$cluster" >/dev/null 2>&1; fi
}
trap cleanup EXIT

passed=0 failed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
fail() {
  echo "FAIL - $1"
  [ $# -gt 1 ] && printf '%s\n' "$2" | head -n 15 | sed 's/^/    /'
  failed=$((failed + 1))
}
finish() {
  echo
  echo "postgis: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

sql() { psql -X -q -tA -F '|' -v ON_ERROR_STOP=1 -h "$host" -U postgres -d coverplan -c "$1"; }

# check NAME SQL: SQL selects the rows that disagree; none means ok.
check() {
  local name=$1 rows
  if ! rows=$(sql "$2" 2>&1); then
    fail "$name (query failed)" "$rows"
  elif [ -n "$rows" ]; then
    fail "$name ($(printf '%s\n' "$rows" | wc -l) rows differ)" "$rows"
  else
    ok "$name"
  fi
}

# expect_equal NAME SQL EXPECTED
expect_equal() {
  local got
  got=$(sql "$2" 2>&1)
  if [ "$got" = "$3" ]; then ok "$1"; else fail "$1: expected '$3', got '$got'"; fi
}

# ---------------------------------------------------------------- the project
python3 "$here/make_project.py" "$work" || { echo "FAIL: make_project.py" >&2; exit 1; }
mkdir -p "$work/changed" "$work/clean"
python3 "$here/make_project.py" "$work/changed" --drop-subscribers 50 || exit 1
python3 "$here/make_project.py" "$work/clean" --drop-subscribers 20 --clean || exit 1

write_project() {  # write_project FILE ZONES_SOURCE ZONES_LAYER COVERAGE_SOURCE COVERAGE_LAYER SUBSCRIBERS_CSV
  cat >"$1" <<EOF
[project]
name = "PostGIS test — Bắc Giang"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "$2"
layer = "$3"
id = "ma_xa"
name = "ten_xa"
households = "so_ho"
team = "don_vi"

[layers.coverage]
source = "$4"
layer = "$5"
id = "node_id"
technology = "tech"
capacity = "ports"
used = "ports_used"
status = "status"

[layers.subscribers]
source = "$6"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "service"
activated = "activated"

[layers.leads]
source = "leads.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "service"
status = "trang_thai"
EOF
}
write_project "$work/files.toml" zones.geojson zones coverage.geojson coverage subscribers.csv
write_project "$work/pg.toml" "$PG" public.in_zones "$PG" public.in_coverage subscribers.csv
write_project "$work/pg_changed.toml" "$PG" public.in_zones "$PG" public.in_coverage changed/subscribers.csv
write_project "$work/pg_clean.toml" "$PG" public.in_zones "$PG" public.in_coverage_clean clean/subscribers.csv
write_project "$work/pg_broken.toml" "$PG" public.in_zones "$PG" public.no_such_table subscribers.csv

# ------------------------------------------------------------ load PostGIS
sql "SET client_min_messages = warning;
     DROP EVENT TRIGGER IF EXISTS coverplan_test_fail;
     DROP TABLE IF EXISTS zones, nodes, points_status, rejects, in_zones, in_coverage,
                          in_coverage_clean, in_subscribers, in_leads, gpkg_zones, gpkg_nodes, gpkg_points CASCADE;" >/dev/null ||
  { echo "FAIL: cannot reach PostGIS at $host"; exit 1; }

load() {  # load SOURCE TABLE [ogr2ogr options]
  local source=$1 table=$2
  shift 2
  if ! ogr2ogr -f PostgreSQL "$PG" "$source" -nln "$table" -lco GEOMETRY_NAME=geom -lco FID=ogc_fid \
      -lco SPATIAL_INDEX=GIST "$@" 2>"$work/ogr2ogr.err"; then
    echo "FAIL: ogr2ogr $source -> $table:"; cat "$work/ogr2ogr.err"; exit 1
  fi
}
load "$work/zones.geojson" in_zones
load "$work/coverage.geojson" in_coverage
load "$work/clean/coverage.geojson" in_coverage_clean
# The demand tables keep their text columns; SQL builds the points itself, so
# the check does not share Coverplan's CSV parsing.
load "$work/subscribers.csv" in_subscribers -oo AUTODETECT_TYPE=NO
load "$work/leads.csv" in_leads -oo AUTODETECT_TYPE=NO
sql "ALTER TABLE in_subscribers ADD COLUMN geom geometry(Point, 32648);
     UPDATE in_subscribers SET geom = ST_SetSRID(ST_MakePoint(x::float8, y::float8), 32648)
      WHERE x ~ '^-?[0-9.eE+-]+\$' AND y ~ '^-?[0-9.eE+-]+\$';
     ALTER TABLE in_leads ADD COLUMN geom geometry(Point, 32648);
     UPDATE in_leads SET geom = ST_SetSRID(ST_MakePoint(x::float8, y::float8), 32648);
     CREATE INDEX ON in_subscribers USING gist (geom);
     CREATE INDEX ON in_leads USING gist (geom);
     ANALYZE;" >/dev/null || { echo "FAIL: cannot prepare the input tables"; exit 1; }
expect_equal "zones and coverage loaded into PostGIS" \
  "SELECT (SELECT count(*) FROM in_zones) || '/' || (SELECT count(*) FROM in_coverage)" "9/12"

# --------------------------------------------------------- overlay into PostGIS
run_overlay() {  # run_overlay NAME PROJECT OUT [args]: output in $work/NAME.out, exit code in $rc
  local name=$1 project=$2 out=$3
  shift 3
  (cd "$work" && "$coverplan" overlay "$project" -o "$out" "$@") >"$work/$name.out" 2>&1
  rc=$?
}

run_overlay pg pg.toml "$PG" --json
if [ "$rc" -le 1 ]; then
  ok "coverplan overlay from PG: sources into PG: (exit $rc)"
else
  fail "coverplan overlay from PG: sources into PG: exit $rc" "$(cat "$work/pg.out")"
  finish
fi
run_overlay gpkg files.toml "$work/out.gpkg"
if [ "$rc" -le 1 ]; then
  ok "coverplan overlay from files into a GeoPackage (exit $rc)"
else
  fail "coverplan overlay from files into a GeoPackage: exit $rc" "$(cat "$work/gpkg.out")"
  finish
fi

expect_equal "result tables exist in public" \
  "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name IN ('zones', 'nodes', 'points_status', 'rejects')" \
  "nodes,points_status,rejects,zones"
expect_equal "zones has one row per zone plus the outside row" "SELECT count(*) FROM zones" "10"
expect_equal "nodes has one row per coverage polygon" "SELECT count(*) FROM nodes" "12"
expect_equal "points_status has every subscriber and lead read (600 + 300)" "SELECT count(*) FROM points_status" "900"
expect_equal "rejects names the bad subscriber" \
  "SELECT string_agg(layer || ':' || outcome || ':' || (feature LIKE '%S9999%'), ',') FROM rejects WHERE outcome = 'rejected'" \
  "subscribers:rejected:true"
expect_equal "Vietnamese names arrive as UTF-8" "SELECT zone_name FROM zones WHERE zone_id = 'Z07'" "Phường Dĩnh Kế"
expect_equal "zone geometries keep their area" \
  "SELECT count(*) FROM zones z JOIN in_zones i ON i.ma_xa = z.zone_id
    WHERE abs(ST_Area(z.wkb_geometry) - ST_Area(i.geom)) < 1e-6 AND ST_SRID(z.wkb_geometry) = 32648" "9"

# -------------------------------------------- independent counts in PostGIS SQL
# Each point goes to the covering zone with the smallest id (Coverplan's rule
# on shared boundaries); points in no zone go to the row with an empty zone_id.
sql "CREATE OR REPLACE VIEW expect_subscriber_zone AS
       SELECT s.id, coalesce((SELECT min(z.ma_xa COLLATE \"C\") FROM in_zones z WHERE ST_Covers(z.geom, s.geom)), '') AS zone_id,
              lower(s.service) AS tech, s.geom
         FROM in_subscribers s WHERE s.geom IS NOT NULL;
     CREATE OR REPLACE VIEW expect_lead AS
       SELECT l.id, coalesce((SELECT min(z.ma_xa COLLATE \"C\") FROM in_zones z WHERE ST_Covers(z.geom, l.geom)), '') AS zone_id,
              lower(l.service) AS tech,
              lower(l.trang_thai) NOT IN ('won', 'lost', 'closed', 'cancelled', 'canceled', 'converted', 'rejected', 'dropped') AS open,
              CASE
                WHEN EXISTS (SELECT 1 FROM in_coverage c WHERE lower(c.tech) = lower(l.service) AND c.status = 'live'
                               AND c.ports IS NOT NULL AND c.ports - c.ports_used >= 1 AND ST_Covers(c.geom, l.geom)) THEN 'available'
                WHEN EXISTS (SELECT 1 FROM in_coverage c WHERE lower(c.tech) = lower(l.service) AND c.status = 'live'
                               AND ST_Covers(c.geom, l.geom)) THEN 'full'
                WHEN EXISTS (SELECT 1 FROM in_coverage c WHERE lower(c.tech) = lower(l.service) AND c.status = 'planned'
                               AND ST_Covers(c.geom, l.geom)) THEN 'planned'
                ELSE 'not_covered' END AS status,
              l.geom
         FROM in_leads l;" >/dev/null || fail "cannot create the expectation views"

check "subscribers per zone = ST_Covers count (outside row included)" \
  "SELECT coalesce(z.zone_id, e.zone_id) AS zone, z.subscribers AS coverplan, e.n AS postgis
     FROM zones z FULL JOIN (SELECT zone_id, count(*) AS n FROM expect_subscriber_zone GROUP BY zone_id) e
       ON e.zone_id = z.zone_id
    WHERE z.subscribers IS DISTINCT FROM coalesce(e.n, 0)"
expect_equal "subscribers total = subscribers with a valid geometry" \
  "SELECT sum(subscribers) || '/' || (SELECT count(*) FROM in_subscribers WHERE geom IS NOT NULL) FROM zones" "600/600"
check "open leads per zone and their split by serviceability = SQL" \
  "SELECT z.zone_id, z.leads_open, z.leads_available, z.leads_full, z.leads_planned, z.leads_not_covered, e.*
     FROM zones z LEFT JOIN (SELECT zone_id, count(*) AS n,
                                    count(*) FILTER (WHERE status = 'available') AS available,
                                    count(*) FILTER (WHERE status = 'full') AS full,
                                    count(*) FILTER (WHERE status = 'planned') AS planned,
                                    count(*) FILTER (WHERE status = 'not_covered') AS not_covered
                               FROM expect_lead WHERE open GROUP BY zone_id) e ON e.zone_id = z.zone_id
    WHERE (z.leads_open, z.leads_available, z.leads_full, z.leads_planned, z.leads_not_covered)
          IS DISTINCT FROM (coalesce(e.n, 0), coalesce(e.available, 0), coalesce(e.full, 0),
                            coalesce(e.planned, 0), coalesce(e.not_covered, 0))"
check "subscribers and open leads inside each node (same technology, ST_Covers) = SQL" \
  "SELECT n.node_id, n.subscribers_inside, n.leads_inside, s.n, l.n
     FROM nodes n JOIN in_coverage c ON c.node_id = n.node_id
     LEFT JOIN LATERAL (SELECT count(*) AS n FROM expect_subscriber_zone s
                         WHERE s.tech = lower(c.tech) AND ST_Covers(c.geom, s.geom)) s ON true
     LEFT JOIN LATERAL (SELECT count(*) AS n FROM expect_lead l
                         WHERE l.open AND l.tech = lower(c.tech) AND ST_Covers(c.geom, l.geom)) l ON true
    WHERE (n.subscribers_inside, n.leads_inside) IS DISTINCT FROM (s.n, l.n)"
check "nodes carry capacity, used, spare and status" \
  "SELECT n.node_id, n.capacity, n.used, n.spare, n.status, c.ports, c.ports_used, c.status
     FROM nodes n JOIN in_coverage c ON c.node_id = n.node_id
    WHERE n.capacity IS DISTINCT FROM c.ports::float8 OR n.used IS DISTINCT FROM c.ports_used::float8
       OR n.spare IS DISTINCT FROM (c.ports - c.ports_used)::float8 OR n.status <> c.status"
check "covered_share = area(zone ∩ union(live coverage)) / area(zone), within 1e-6" \
  "SELECT z.zone_id, z.covered_share, e.share
     FROM zones z JOIN (SELECT i.ma_xa,
                               coalesce(ST_Area(ST_Intersection(i.geom,
                                   (SELECT ST_Union(c.geom) FROM in_coverage c
                                     WHERE c.status = 'live' AND ST_Intersects(c.geom, i.geom)))), 0) / ST_Area(i.geom) AS share
                          FROM in_zones i) e ON e.ma_xa = z.zone_id
    WHERE abs(z.covered_share - e.share) > 1e-6"
check "covered_share_ftth and covered_share_4g = SQL per technology, within 1e-6" \
  "SELECT z.zone_id, t.tech, CASE t.tech WHEN 'ftth' THEN z.covered_share_ftth ELSE z.covered_share_4g END, t.share
     FROM zones z JOIN (SELECT i.ma_xa, k.tech,
                               coalesce(ST_Area(ST_Intersection(i.geom,
                                   (SELECT ST_Union(c.geom) FROM in_coverage c
                                     WHERE c.status = 'live' AND lower(c.tech) = k.tech AND ST_Intersects(c.geom, i.geom)))), 0)
                               / ST_Area(i.geom) AS share
                          FROM in_zones i CROSS JOIN (VALUES ('ftth'), ('4g')) k(tech)) t ON t.ma_xa = z.zone_id
    WHERE abs(CASE t.tech WHEN 'ftth' THEN z.covered_share_ftth ELSE z.covered_share_4g END - t.share) > 1e-6"
check "spare_capacity = spare of live nodes overlapping the zone (not only touching)" \
  "SELECT z.zone_id, z.spare_capacity, e.spare
     FROM zones z JOIN (SELECT i.ma_xa, coalesce(sum(greatest(c.ports - c.ports_used, 0)), 0) AS spare
                          FROM in_zones i LEFT JOIN in_coverage c ON c.status = 'live' AND c.ports IS NOT NULL
                           AND ST_Intersects(c.geom, i.geom) AND NOT ST_Touches(c.geom, i.geom)
                         GROUP BY i.ma_xa) e ON e.ma_xa = z.zone_id
    WHERE abs(z.spare_capacity - e.spare) > 1e-9"
check "points_status: each subscriber's zone = SQL" \
  "SELECT p.point_id, p.zone_id, e.zone_id FROM points_status p FULL JOIN expect_subscriber_zone e ON e.id = p.point_id
    WHERE (p.layer = 'subscribers' OR p.layer IS NULL) AND p.zone_id IS DISTINCT FROM e.zone_id"
check "points_status: each lead's zone and status = SQL" \
  "SELECT p.point_id, p.zone_id, p.status, e.zone_id, e.status
     FROM points_status p FULL JOIN expect_lead e ON e.id = p.point_id
    WHERE (p.layer = 'leads' OR p.layer IS NULL) AND (p.zone_id, p.status) IS DISTINCT FROM (e.zone_id, e.status)"
check "points_status geometry = the input point" \
  "SELECT p.point_id FROM points_status p JOIN in_subscribers s ON s.id = p.point_id AND p.layer = 'subscribers'
    WHERE NOT ST_Equals(p.wkb_geometry, s.geom)"
# The edge cases must really be in the data, or the checks above prove little.
expect_equal "the data has points on shared edges, on the outer edge and outside every zone" \
  "SELECT (SELECT count(*) FROM in_subscribers s WHERE (SELECT count(*) FROM in_zones z WHERE ST_Covers(z.geom, s.geom)) > 1) > 0
      AND (SELECT count(*) FROM in_subscribers s JOIN in_zones z ON ST_Touches(z.geom, s.geom)) > 0
      AND (SELECT subscribers FROM zones WHERE zone_id = '') > 0" "t"

# ---------------------------------------------- PostGIS output = GeoPackage output
load "$work/out.gpkg" gpkg_zones zones
load "$work/out.gpkg" gpkg_nodes nodes
load "$work/out.gpkg" gpkg_points points_status
check "zones: PostGIS output = GeoPackage output (every column)" \
  "SELECT coalesce(p.zone_id, g.zone_id), p.subscribers, g.subscribers
     FROM zones p FULL JOIN gpkg_zones g ON g.zone_id = p.zone_id
    WHERE (p.zone_name, p.team, p.households, p.subscribers, p.leads_open, p.leads_available, p.leads_full,
           p.leads_planned, p.leads_not_covered, p.complaints, p.orders, p.nodes)
          IS DISTINCT FROM (g.zone_name, g.team, g.households, g.subscribers, g.leads_open, g.leads_available,
           g.leads_full, g.leads_planned, g.leads_not_covered, g.complaints, g.orders, g.nodes)
       OR abs(coalesce(p.covered_share, -1) - coalesce(g.covered_share, -1)) > 1e-9
       OR abs(coalesce(p.covered_share_ftth, -1) - coalesce(g.covered_share_ftth, -1)) > 1e-9
       OR abs(coalesce(p.covered_share_4g, -1) - coalesce(g.covered_share_4g, -1)) > 1e-9
       OR abs(coalesce(p.spare_capacity, -1) - coalesce(g.spare_capacity, -1)) > 1e-9
       OR abs(coalesce(p.area_km2, -1) - coalesce(g.area_km2, -1)) > 1e-9
       OR NOT ST_Equals(coalesce(p.wkb_geometry, 'POINT EMPTY'), coalesce(g.geom, 'POINT EMPTY'))"
check "nodes: PostGIS output = GeoPackage output" \
  "SELECT coalesce(p.node_id, g.node_id) FROM nodes p FULL JOIN gpkg_nodes g ON g.node_id = p.node_id
    WHERE (p.technology, p.status, p.capacity, p.used, p.spare, p.utilization, p.subscribers_inside, p.leads_inside)
          IS DISTINCT FROM (g.technology, g.status, g.capacity, g.used, g.spare, g.utilization,
                            g.subscribers_inside, g.leads_inside)"
check "points_status: PostGIS output = GeoPackage output" \
  "(SELECT layer, point_id, zone_id, technology, status, node_id, open FROM points_status
    EXCEPT SELECT layer, point_id, zone_id, technology, status, node_id, open FROM gpkg_points)
   UNION ALL
   (SELECT layer, point_id, zone_id, technology, status, node_id, open FROM gpkg_points
    EXCEPT SELECT layer, point_id, zone_id, technology, status, node_id, open FROM points_status)"

# ----------------------------------------- failed runs leave the results intact
fingerprint() {
  sql "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM zones t" | tr -d '\n'
  sql "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM nodes t" | tr -d '\n'
  sql "SELECT count(*) || ':' || md5(string_agg(t.point_id || t.zone_id, '|' ORDER BY t.point_id)) FROM points_status t" | tr -d '\n'
  sql "SELECT count(*) FROM rejects" | tr -d '\n'
  sql "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"
}
before=$(fingerprint)

# refuse_table TABLE: make CREATE TABLE public.TABLE fail (an event trigger),
# so that a run fails while writing, inside its transaction.
refuse_table() {
  sql "CREATE OR REPLACE FUNCTION coverplan_test_refuse() RETURNS event_trigger LANGUAGE plpgsql AS \$\$
         BEGIN
           IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands()
                       WHERE object_type = 'table' AND object_identity = 'public.$1') THEN
             RAISE EXCEPTION 'coverplan test: refusing to create $1';
           END IF;
         END \$\$;
       DROP EVENT TRIGGER IF EXISTS coverplan_test_fail;
       CREATE EVENT TRIGGER coverplan_test_fail ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
         EXECUTE FUNCTION coverplan_test_refuse();" >/dev/null || fail "cannot create the event trigger"
}
allow_tables() {
  sql "DROP EVENT TRIGGER IF EXISTS coverplan_test_fail; DROP FUNCTION IF EXISTS coverplan_test_refuse();" >/dev/null
}

# A run whose write fails mid-way: zones and nodes are already rewritten in the
# transaction when creating points_status fails (an event trigger refuses it).
refuse_table points_status
run_overlay fail_mid pg_changed.toml "$PG"
if [ "$rc" -ge 2 ] && grep -q "points_status" "$work/fail_mid.out"; then
  ok "a write failing mid-way exits $rc and names the layer"
else
  fail "a write failing mid-way: expected exit >= 2 and a message naming points_status, got exit $rc" \
    "$(cat "$work/fail_mid.out")"
fi
after=$(fingerprint)
if [ "$before" = "$after" ]; then
  ok "after the failed write, zones/nodes/points_status/rejects are the previous results"
else
  fail "the failed write changed the previous results" "before: $before"$'\n'"after:  $after"
fi
allow_tables

# A run failing at commit: GDAL creates an empty table (here rejects, as the
# clean project has nothing to reject) only when the transaction is committed;
# when that fails, PostgreSQL rolls everything back, and Coverplan must say so
# instead of reporting success.
refuse_table rejects
run_overlay fail_commit pg_clean.toml "$PG"
if [ "$rc" -ge 2 ]; then
  ok "a write failing at commit (empty rejects layer refused) exits $rc"
else
  fail "a write failing at commit: expected exit >= 2, got $rc: the run claims success but nothing was written" \
    "$(cat "$work/fail_commit.out")"
fi
after=$(fingerprint)
if [ "$before" = "$after" ]; then
  ok "after the failed commit, the previous results are intact"
else
  fail "the failed commit changed the previous results" "before: $before"$'\n'"after:  $after"
fi
allow_tables

run_overlay fail_read pg_broken.toml "$PG"
if [ "$rc" -eq 2 ] && grep -q "no_such_table" "$work/fail_read.out"; then
  ok "a project whose PG: layer does not exist exits 2 and names it"
else
  fail "a project whose PG: layer does not exist: expected exit 2 naming no_such_table, got exit $rc" \
    "$(cat "$work/fail_read.out")"
fi
run_overlay fail_target pg.toml "PG:host=$host dbname=no_such_database user=postgres"
if [ "$rc" -eq 2 ]; then
  ok "an unreachable PG: target exits 2"
else
  fail "an unreachable PG: target: expected exit 2, got $rc" "$(cat "$work/fail_target.out")"
fi
after=$(fingerprint)
if [ "$before" = "$after" ]; then
  ok "after the failed reads, the previous results are intact"
else
  fail "a failed read changed the previous results" "before: $before"$'\n'"after:  $after"
fi

# The same changed project without the trigger succeeds and does change the
# results: the failed run above would have changed them.
run_overlay changed pg_changed.toml "$PG"
expect_equal "the changed project, run normally, replaces the results (550 subscribers)" \
  "SELECT sum(subscribers) FROM zones" "550"

finish
