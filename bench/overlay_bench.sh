#!/usr/bin/env bash
# The overlay benchmark: `coverplan overlay` against PostGIS (load + index +
# count queries) and GeoPandas sjoin, on the same generated files in one run.
#
#   bench/overlay_bench.sh [--shape standard|voronoi|both] [SCALE...]   default: S M L
#
# For each scale it reads bench/data/SCALE/project.toml (made by
# `build/bin/coverplan-generate --scale SCALE --out bench/data/SCALE`) or,
# for the second shape (--shape voronoi: Voronoi zones, 64-vertex circles,
# lon/lat in one GeoPackage, other field names), bench/data/voronoi-SCALE
# (`coverplan-generate --shape voronoi --scale SCALE --out bench/data/voronoi-SCALE`),
# and:
#  1. coverplan overlay PROJECT -o OUT.gpkg --json, with and without
#     --no-points, under /usr/bin/time -v: phases read/index/join/areas/write
#     (from --json), wall time, peak RSS;
#  2. PostGIS 3.3 on a fresh PostgreSQL 15 cluster (scripts/pg-cluster.sh):
#     load (ogr2ogr, COPY, reprojected to the project's working CRS, invalid
#     polygons made valid), index (GiST + ANALYZE), three count queries
#     (subscribers per zone, open leads per zone, subscribers per coverage
#     node of the same technology), each timed; peak memory of the server
#     processes (sum of PSS, sampled every 0.5 s);
#  3. GeoPandas read_file + sjoin, for the scales in GEOPANDAS_SCALES, with a
#     time limit (GEOPANDAS_TIMEOUT s); running out of memory or time is recorded;
#  4. checks that the per-zone and per-node counts of all tools agree.
# Results: bench/results/overlay-DATE.md (printed at the end); raw files in
# bench/data/run/SCALE/.
#
# Environment: COVERPLAN (default build/bin/coverplan), BENCH_DATA (bench/data),
# BENCH_RESULTS (bench/results), BENCH_TOOLS ("coverplan postgis geopandas"),
# GEOPANDAS_SCALES ("S M"), GEOPANDAS_TIMEOUT (1200), THREADS (every core),
# PG_SETTINGS (server settings, see below), BENCH_QUIET_WAIT (s to wait for a
# 1-minute load average below BENCH_QUIET_LOAD=1.0 before each tool; 0).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
COVERPLAN=${COVERPLAN:-$ROOT/build/bin/coverplan}
DATA=${BENCH_DATA:-$BENCH/data}
RESULTS=${BENCH_RESULTS:-$BENCH/results}
TOOLS=${BENCH_TOOLS:-"coverplan postgis geopandas"}
GEOPANDAS_SCALES=${GEOPANDAS_SCALES:-"S M"}
GEOPANDAS_TIMEOUT=${GEOPANDAS_TIMEOUT:-1200}
THREADS=${THREADS:-}
PYTHON=/usr/bin/python3   # Debian's, where python3-gdal and python3-geopandas live
# A PostgreSQL tuned as one would for a one-off analysis on this machine
# (24 GiB, 2 cores); fsync is off (pg-cluster.sh), which only helps PostGIS.
PG_SETTINGS=${PG_SETTINGS:-"shared_buffers=4GB work_mem=256MB maintenance_work_mem=2GB effective_cache_size=16GB max_parallel_workers_per_gather=2 max_parallel_maintenance_workers=2 max_worker_processes=8 max_parallel_workers=4"}
CLOSED_LEADS="'won','lost','closed','cancelled','canceled','converted','rejected','dropped'"

shapes=(standard)
shape_option=standard
scales=()
while [ $# -gt 0 ]; do
  case $1 in
    --shape)
      case ${2:-} in
        standard | voronoi) shapes=("$2"); shape_option=$2 ;;
        both) shapes=(standard voronoi); shape_option=both ;;
        *) echo "overlay_bench.sh: --shape is standard, voronoi or both, got '${2:-}'" >&2; exit 2 ;;
      esac
      shift 2 ;;
    -*) echo "overlay_bench.sh: unknown option '$1'" >&2; exit 2 ;;
    *) scales+=("$1"); shift ;;
  esac
done
[ ${#scales[@]} -gt 0 ] || scales=(S M L)
# One run per shape and scale: NAME is the data folder under $DATA (and the
# run folder under $DATA/run), LABEL what the report calls it.
runs=()
for shape in "${shapes[@]}"; do
  for s in "${scales[@]}"; do
    if [ "$shape" = voronoi ]; then runs+=("voronoi-$s"); else runs+=("$s"); fi
  done
done
run_label() { case $1 in voronoi-*) echo "${1#voronoi-} (voronoi)" ;; *) echo "$1" ;; esac; }
generate_hint() {
  case $1 in
    voronoi-*) echo "build/bin/coverplan-generate --shape voronoi --scale ${1#voronoi-} --out $DATA/$1" ;;
    *) echo "build/bin/coverplan-generate --scale $1 --out $DATA/$1" ;;
  esac
}

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { log "error: $*"; exit 1; }
has_tool() { case " $TOOLS " in *" $1 "*) return 0 ;; esac; return 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

[ -x "$COVERPLAN" ] || die "$COVERPLAN not found: build first (cmake --preset release -G Ninja && cmake --build build -j2)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing: scripts/install-deps.sh installs it"
for s in "${runs[@]}"; do
  [ -f "$DATA/$s/project.toml" ] || die "$DATA/$s/project.toml not found: $(generate_hint "$s")"
done

WORK=$DATA/run
mkdir -p "$WORK" "$RESULTS"
# What was measured: the source tree's commit now (build right before running),
# local changes in the engine's folders, and when the binary was built.
SOURCE_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
SOURCE_DIRTY=$(git -C "$ROOT" status --porcelain -- gis planner ui datasets 2>/dev/null | wc -l)
BINARY_BUILT=$(date -r "$COVERPLAN" '+%Y-%m-%d %H:%M')

# wait_quiet: with BENCH_QUIET_WAIT=N, wait up to N s for the 1-minute load
# average to fall below BENCH_QUIET_LOAD (1.0) before a tool starts, so that
# other work on the machine does not skew the figures.
wait_quiet() {
  local waited=0 limit=${BENCH_QUIET_WAIT:-0} quiet=${BENCH_QUIET_LOAD:-1.0}
  while [ "$waited" -lt "$limit" ] &&
        awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v q="$quiet" 'BEGIN { exit !(l >= q) }'; do
    [ "$waited" -eq 0 ] && log "  waiting for a quiet machine (load $(cut -d' ' -f1 /proc/loadavg))"
    sleep 10
    waited=$((waited + 10))
  done
}

# metric FILE KEY VALUE: one line in the scale's metrics file
metric() { echo "$2=$3" >>"$1"; }

# time_v FILE KEY_PREFIX METRICS: read wall time and peak RSS from /usr/bin/time -v output
time_v() {
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f", s }' "$1")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$1")
  metric "$3" "$2.wall" "${wall:-nan}"
  metric "$3" "$2.rss_kb" "${rss:-0}"
}

# --------------------------------------------------------------------- PostGIS
PG="" PGHOST_DIR=""
SAMPLER_PID=""
stop_all() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
  if [ -n "$PGHOST_DIR" ]; then "$ROOT/scripts/pg-cluster.sh" stop "$DATA/pgcluster" >/dev/null 2>&1; fi
}
trap stop_all EXIT

start_postgis() {
  log "starting PostgreSQL 15 + PostGIS in $DATA/pgcluster"
  "$ROOT/scripts/pg-cluster.sh" stop "$DATA/pgcluster" >/dev/null 2>&1
  PG=$(PGCLUSTER_SETTINGS="$PG_SETTINGS" "$ROOT/scripts/pg-cluster.sh" start "$DATA/pgcluster") ||
    die "could not start PostgreSQL"
  PGHOST_DIR=${PG#PG:host=}
  PGHOST_DIR=${PGHOST_DIR%% *}
}
sql() { psql -X -q -tA -v ON_ERROR_STOP=1 -h "$PGHOST_DIR" -U postgres -d coverplan "$@"; }

# Peak memory of the server: sum of PSS over the postgres user's processes.
start_sampler() {
  local file=$1
  (
    while :; do
      total=0
      for p in $(pgrep -u postgres); do
        kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null)
        total=$((total + ${kb:-0}))
      done
      echo "$total"
      sleep 0.5
    done
  ) >"$file" &
  SAMPLER_PID=$!
}
stop_sampler() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null && wait "$SAMPLER_PID" 2>/dev/null
  SAMPLER_PID=""
  sort -n "$1" | tail -n 1
}

# pg_load ROLE TABLE METRICS OUT: ogr2ogr one layer into PostGIS; prints seconds
pg_load() {
  local role=$1 table=$2 metrics=$3 out=$4
  local source layer oo srs
  eval "source=\$${role}_SOURCE layer=\$${role}_LAYER oo=\$${role}_OO srs=\$${role}_SRS"
  local args=(-f PostgreSQL "$PG" "$source")
  [ -n "$layer" ] && args+=("$layer")
  args+=(-nln "$table" -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE -lco OVERWRITE=YES
         --config PG_USE_COPY YES -gt 100000)
  [ -n "$srs" ] && args+=(-s_srs "$srs")
  [ -n "$WORKING_CRS" ] && args+=(-t_srs "$WORKING_CRS")
  local t0 t1
  t0=$(now)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$out/ogr2ogr_$table.time" ogr2ogr "${args[@]}" $oo >"$out/ogr2ogr_$table.log" 2>&1 ||
    { cat "$out/ogr2ogr_$table.log" >&2; die "ogr2ogr $source $layer failed"; }
  t1=$(now)
  time_v "$out/ogr2ogr_$table.time" "postgis.ogr2ogr_$table" "$metrics"
  elapsed "$t0" "$t1"
}

# timed_sql METRICS KEY SQL: run SQL, record its wall time
timed_sql() {
  local t0 t1
  t0=$(now)
  sql -c "$3" >/dev/null || die "PostGIS: $2 failed"
  t1=$(now)
  metric "$1" "$2" "$(elapsed "$t0" "$t1")"
  log "  postgis $2: $(elapsed "$t0" "$t1") s"
}

run_postgis() {
  local s=$1 out=$2 metrics=$3
  wait_quiet
  metric "$metrics" load.postgis "$(cut -d' ' -f1 /proc/loadavg)"
  sql -c "SET client_min_messages = warning; DROP TABLE IF EXISTS b_zones, b_coverage, b_subscribers, b_leads,
            r_sub_zone, r_lead_zone, r_sub_node CASCADE; CHECKPOINT;" >/dev/null
  start_sampler "$out/postgis_pss.samples"
  local t_start t_load load_s=0 s_zones s_cov s_sub s_leads
  t_start=$(now)
  log "  postgis load (ogr2ogr, COPY)"
  s_zones=$(pg_load ZONES b_zones "$metrics" "$out") || exit 1
  s_cov=$(pg_load COVERAGE b_coverage "$metrics" "$out") || exit 1
  s_sub=$(pg_load SUBSCRIBERS b_subscribers "$metrics" "$out") || exit 1
  s_leads=$(pg_load LEADS b_leads "$metrics" "$out") || exit 1
  metric "$metrics" postgis.load_zones "$s_zones"
  metric "$metrics" postgis.load_coverage "$s_cov"
  metric "$metrics" postgis.load_subscribers "$s_sub"
  metric "$metrics" postgis.load_leads "$s_leads"
  # Coverplan repairs invalid polygons (GEOS make-valid); so does PostGIS here.
  timed_sql "$metrics" postgis.make_valid \
    "UPDATE b_zones SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) WHERE NOT ST_IsValid(geom);
     UPDATE b_coverage SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) WHERE NOT ST_IsValid(geom);"
  t_load=$(now)
  metric "$metrics" postgis.load "$(elapsed "$t_start" "$t_load")"
  log "  postgis load total: $(elapsed "$t_start" "$t_load") s"

  local t_index
  timed_sql "$metrics" postgis.index_zones "CREATE INDEX ON b_zones USING gist (geom)"
  timed_sql "$metrics" postgis.index_coverage "CREATE INDEX ON b_coverage USING gist (geom)"
  timed_sql "$metrics" postgis.index_subscribers "CREATE INDEX ON b_subscribers USING gist (geom)"
  timed_sql "$metrics" postgis.index_leads "CREATE INDEX ON b_leads USING gist (geom)"
  timed_sql "$metrics" postgis.analyze "ANALYZE b_zones; ANALYZE b_coverage; ANALYZE b_subscribers; ANALYZE b_leads"
  t_index=$(now)
  metric "$metrics" postgis.index "$(elapsed "$t_load" "$t_index")"

  local zid=\"$ZONES_ID\" nid=\"$COVERAGE_ID\" ntech sub_tech lead_open="true"
  ntech=${COVERAGE_TECH:+"lower(c.\"$COVERAGE_TECH\"::text)"}
  [ -n "$ntech" ] || ntech="'$(echo "$COVERAGE_TECH_VALUE" | tr '[:upper:]' '[:lower:]')'"
  sub_tech=${SUBSCRIBERS_TECH:+"lower(s.\"$SUBSCRIBERS_TECH\"::text)"}
  [ -n "$LEADS_STATUS" ] && lead_open="lower(trim(coalesce(l.\"$LEADS_STATUS\"::text, ''))) NOT IN ($CLOSED_LEADS)"
  timed_sql "$metrics" postgis.q_subscribers_per_zone \
    "CREATE TABLE r_sub_zone AS SELECT z.$zid::text AS zone_id, count(*) AS subscribers
       FROM b_zones z JOIN b_subscribers s ON ST_Covers(z.geom, s.geom) GROUP BY z.$zid"
  timed_sql "$metrics" postgis.q_open_leads_per_zone \
    "CREATE TABLE r_lead_zone AS SELECT z.$zid::text AS zone_id, count(*) AS leads_open
       FROM b_zones z JOIN b_leads l ON ST_Covers(z.geom, l.geom) WHERE $lead_open GROUP BY z.$zid"
  timed_sql "$metrics" postgis.q_subscribers_per_node \
    "CREATE TABLE r_sub_node AS SELECT c.$nid::text AS node_id, count(*) AS subscribers_inside
       FROM b_coverage c JOIN b_subscribers s ON ST_Covers(c.geom, s.geom)
      ${sub_tech:+WHERE $sub_tech = $ntech} GROUP BY c.$nid"
  local t_end
  t_end=$(now)
  metric "$metrics" postgis.query "$(elapsed "$t_index" "$t_end")"
  metric "$metrics" postgis.total "$(elapsed "$t_start" "$t_end")"
  metric "$metrics" postgis.pss_kb "$(stop_sampler "$out/postgis_pss.samples")"
  log "  postgis total: $(elapsed "$t_start" "$t_end") s"

  sql -c "\copy (SELECT coalesce(a.zone_id, b.zone_id) AS zone_id, coalesce(a.subscribers, 0) AS subscribers,
                        coalesce(b.leads_open, 0) AS leads_open
                   FROM r_sub_zone a FULL JOIN r_lead_zone b ON b.zone_id = a.zone_id ORDER BY 1) TO '$out/postgis_zones.csv' CSV HEADER"
  sql -c "\copy (SELECT node_id, subscribers_inside FROM r_sub_node ORDER BY 1) TO '$out/postgis_nodes.csv' CSV HEADER"
  metric "$metrics" data.zones "$(sql -c 'SELECT count(*) FROM b_zones')"
  metric "$metrics" data.coverage "$(sql -c 'SELECT count(*) FROM b_coverage')"
  metric "$metrics" data.subscribers "$(sql -c 'SELECT count(*) FROM b_subscribers')"
  metric "$metrics" data.leads "$(sql -c 'SELECT count(*) FROM b_leads')"
  metric "$metrics" postgis.boundary_subscribers \
    "$(sql -c 'SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM b_zones z JOIN b_subscribers s ON ST_Covers(z.geom, s.geom) GROUP BY s.fid HAVING count(*) > 1) t')"
  # Free the disk before the next scale.
  sql -c "DROP TABLE IF EXISTS b_zones, b_coverage, b_subscribers, b_leads CASCADE" >/dev/null
}

# ------------------------------------------------------------------- Coverplan
run_coverplan() {  # run_coverplan NAME OUT METRICS [args]
  local name=$1 out=$2 metrics=$3
  shift 3
  wait_quiet
  metric "$metrics" "load.coverplan_$name" "$(cut -d' ' -f1 /proc/loadavg)"
  local args=(overlay "$project" -o "$out/coverplan_$name.gpkg" --json "$@")
  [ -n "$THREADS" ] && args+=(--threads "$THREADS")
  rm -f "$out/coverplan_$name.gpkg"
  /usr/bin/time -v -o "$out/coverplan_$name.time" "$COVERPLAN" "${args[@]}" >"$out/coverplan_$name.json" \
    2>"$out/coverplan_$name.err"
  local rc=$?
  metric "$metrics" "coverplan.$name.rc" "$rc"
  [ "$rc" -le 1 ] || { cat "$out/coverplan_$name.err" >&2; die "coverplan overlay failed (exit $rc)"; }
  time_v "$out/coverplan_$name.time" "coverplan.$name" "$metrics"
  "$PYTHON" - "$out/coverplan_$name.json" "$name" >>"$metrics" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for k, v in d["timings_s"].items():
    print("coverplan.%s.%s=%.3f" % (sys.argv[2], k, v))
print("coverplan.%s.threads=%s" % (sys.argv[2], d.get("threads", "")))
for layer in d.get("layers", []):
    print("coverplan.layer.%s=%s/%s/%s/%s" % (layer["role"], layer["read"], layer["used"], layer["repaired"], layer["rejected"]))
EOF
  log "  coverplan $name: $(grep "^coverplan.$name.wall=" "$metrics" | cut -d= -f2) s wall"
}

# ------------------------------------------------------------------- GeoPandas
run_geopandas() {
  local out=$1 metrics=$2
  wait_quiet
  metric "$metrics" load.geopandas "$(cut -d' ' -f1 /proc/loadavg)"
  timeout --signal=KILL "$GEOPANDAS_TIMEOUT" /usr/bin/time -v -o "$out/geopandas.time" \
    "$PYTHON" "$BENCH/geopandas_sjoin.py" "$project" "$out" >"$out/geopandas.json" 2>"$out/geopandas.err"
  local rc=$?
  metric "$metrics" geopandas.rc "$rc"
  time_v "$out/geopandas.time" geopandas "$metrics"
  if [ "$rc" -eq 0 ]; then
    metric "$metrics" geopandas.status ok
    "$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); print("geopandas.read=%.3f\ngeopandas.join=%.3f" % (d["read_s"], d["join_s"]))' \
      "$out/geopandas.json" >>"$metrics"
  elif [ "$rc" -eq 137 ] || [ "$rc" -eq 124 ]; then
    if grep -q "Killed\|MemoryError" "$out/geopandas.err" 2>/dev/null && [ "$(awk -F= '/geopandas.wall/ { print int($2) }' "$metrics")" -lt "$GEOPANDAS_TIMEOUT" ]; then
      metric "$metrics" geopandas.status "out of memory"
    else
      metric "$metrics" geopandas.status "stopped after ${GEOPANDAS_TIMEOUT} s"
    fi
  elif grep -q "MemoryError" "$out/geopandas.err"; then
    metric "$metrics" geopandas.status "out of memory"
  else
    metric "$metrics" geopandas.status "failed (exit $rc)"
    tail -n 5 "$out/geopandas.err" >&2
  fi
  log "  geopandas: $(grep '^geopandas.status=' "$metrics" | cut -d= -f2), $(grep '^geopandas.wall=' "$metrics" | cut -d= -f2) s"
}

# ------------------------------------------------------------------------ run
if has_tool postgis; then start_postgis; fi

for s in "${runs[@]}"; do
  project=$DATA/$s/project.toml
  out=$WORK/$s
  rm -rf "$out"
  mkdir -p "$out"
  metrics=$out/metrics
  : >"$metrics"
  eval "$("$PYTHON" "$BENCH/project_info.py" "$project")"
  metric "$metrics" scale "$(run_label "$s")"
  metric "$metrics" data.bytes "$(du -cb "$DATA/$s"/*.gpkg "$DATA/$s"/*.csv "$DATA/$s"/*.shp 2>/dev/null | tail -n 1 | cut -f1)"
  log "scale $s: $project"
  # Same starting point for every tool: the input files in the page cache.
  cat "$DATA/$s"/* >/dev/null 2>&1

  if has_tool coverplan; then
    run_coverplan points "$out" "$metrics"
    run_coverplan nopoints "$out" "$metrics" --no-points
    ogr2ogr -f CSV "$out/coverplan_zones.csv" "$out/coverplan_points.gpkg" zones -select zone_id,subscribers,leads_open
    ogr2ogr -f CSV "$out/coverplan_nodes.csv" "$out/coverplan_points.gpkg" nodes -select node_id,subscribers_inside
    metric "$metrics" coverplan.output_bytes "$(stat -c %s "$out/coverplan_points.gpkg")"
    metric "$metrics" coverplan.output_nopoints_bytes "$(stat -c %s "$out/coverplan_nopoints.gpkg")"
    # The per-point layer is large; keep the disk for the next scale.
    rm -f "$out/coverplan_points.gpkg"
  fi
  if has_tool postgis; then run_postgis "$s" "$out" "$metrics"; fi
  if has_tool geopandas && [[ " $GEOPANDAS_SCALES " == *" ${s#voronoi-} "* ]]; then
    log "  geopandas (limit ${GEOPANDAS_TIMEOUT} s)"
    run_geopandas "$out" "$metrics"
  fi

  # Honest comparison: the tools must count the same.
  if [ -f "$out/coverplan_zones.csv" ]; then
    others_z=() others_n=()
    [ -f "$out/postgis_zones.csv" ] && others_z+=("postgis=$out/postgis_zones.csv") && others_n+=("postgis=$out/postgis_nodes.csv")
    [ -f "$out/geopandas_zones.csv" ] && others_z+=("geopandas=$out/geopandas_zones.csv") && others_n+=("geopandas=$out/geopandas_nodes.csv")
    if [ ${#others_z[@]} -gt 0 ]; then
      {
        "$PYTHON" "$BENCH/compare_counts.py" subscribers "coverplan=$out/coverplan_zones.csv" "${others_z[@]}"
        "$PYTHON" "$BENCH/compare_counts.py" leads_open "coverplan=$out/coverplan_zones.csv" "${others_z[@]}"
        "$PYTHON" "$BENCH/compare_counts.py" subscribers_inside "coverplan=$out/coverplan_nodes.csv" "${others_n[@]}"
      } >"$out/compare.txt"
      sed 's/^/  check: /' "$out/compare.txt" >&2
    fi
  fi
done

stamp=$(date +%Y-%m-%d)
report=$RESULTS/overlay-$stamp.md
metric_files=()
for s in "${runs[@]}"; do metric_files+=("$WORK/$s/metrics"); done
"$PYTHON" "$BENCH/report.py" --coverplan "$COVERPLAN" --pg-settings "$PG_SETTINGS" \
  --source "$SOURCE_COMMIT" --dirty "$SOURCE_DIRTY" --built "$BINARY_BUILT" \
  --command "bench/overlay_bench.sh --shape $shape_option ${scales[*]}" "${metric_files[@]}" >"$report" || die "report.py failed"
cat "$report"
log "results written to $report"
