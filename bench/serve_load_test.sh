#!/usr/bin/env bash
# The field service held under load: `coverplan serve PROJECT` answering
# GET /api/check from wrk (bench/wrk_check.lua, random locations in a box)
# on CONNECTIONS connections for DURATION, while the service's resident
# memory is sampled from /proc every SAMPLE seconds. Passes (exit 0) when
# wrk saw no error (no socket error, no answer other than 2xx/3xx) and the
# memory of the last quarter of the run is no higher than that of the
# second quarter by more than GROWTH_MB (the first quarter warms up caches).
#
#   bench/serve_load_test.sh [PROJECT] [DURATION] [CONNECTIONS]
#       defaults: datasets/sample/project.toml 10m 50
#
# wrk runs with `nice -n 10` so that other work on the machine keeps going.
# Environment: COVERPLAN (build/bin/coverplan), PORT (18090), SAMPLE (5),
# GROWTH_MB (8), BOX ("21.15 106.05 21.45 106.45": south west north east),
# OUT (a folder for the raw outputs; default a temporary one, printed).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=${1:-$ROOT/datasets/sample/project.toml}
DURATION=${2:-10m}
CONNECTIONS=${3:-50}
COVERPLAN=${COVERPLAN:-$ROOT/build/bin/coverplan}
PORT=${PORT:-18090}
SAMPLE=${SAMPLE:-5}
GROWTH_MB=${GROWTH_MB:-8}
BOX=${BOX:-"21.15 106.05 21.45 106.45"}
OUT=${OUT:-$(mktemp -d /tmp/serve-load-XXXXXX)}
mkdir -p "$OUT"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
[ -x "$COVERPLAN" ] || { log "$COVERPLAN not found: build first"; exit 2; }
command -v wrk >/dev/null || { log "wrk not found: scripts/install-deps.sh installs it"; exit 2; }

"$COVERPLAN" serve "$PROJECT" --port "$PORT" >"$OUT/serve.out" 2>"$OUT/serve.err" &
SERVICE=$!
trap 'kill -INT $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null' EXIT
for _ in $(seq 600); do
  grep -q "Listening on" "$OUT/serve.out" && break
  kill -0 $SERVICE 2>/dev/null || { log "the service did not start:"; cat "$OUT/serve.err" >&2; exit 2; }
  sleep 0.2
done
log "service $SERVICE on port $PORT; wrk -c$CONNECTIONS for $DURATION; raw outputs in $OUT"

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE/status"; }
echo "seconds rss_kib" >"$OUT/rss.txt"
started=$(date +%s)
( while kill -0 $SERVICE 2>/dev/null; do
    echo "$(( $(date +%s) - started )) $(rss_kib)" >>"$OUT/rss.txt"
    sleep "$SAMPLE"
  done ) &
SAMPLER=$!

# shellcheck disable=SC2086
nice -n 10 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$ROOT/bench/wrk_check.lua" \
  "http://127.0.0.1:$PORT" -- box $BOX >"$OUT/wrk.txt" 2>&1
kill $SAMPLER 2>/dev/null
wait $SAMPLER 2>/dev/null
alive=yes
kill -0 $SERVICE 2>/dev/null || alive=no

cat "$OUT/wrk.txt"
# Memory by quarter of the run: the median sample of each.
samples=$(($(wc -l <"$OUT/rss.txt") - 1))
quarter_median() {  # quarter 0..3
  tail -n +2 "$OUT/rss.txt" | awk -v q="$1" -v n="$samples" 'NR > int(q * n / 4) && NR <= int((q + 1) * n / 4) { print $2 }' |
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] + 0 }'
}
q1=$(quarter_median 0); q2=$(quarter_median 1); q3=$(quarter_median 2); q4=$(quarter_median 3)
max=$(awk 'NR > 1 && $2 > m { m = $2 } END { print m }' "$OUT/rss.txt")
requests=$(awk '/requests in/ { print $1 }' "$OUT/wrk.txt")
rate=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk.txt")
socket_errors=$(awk '/Socket errors/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$OUT/wrk.txt")
non_2xx=$(awk '/Non-2xx/ { print $NF }' "$OUT/wrk.txt")
socket_errors=${socket_errors:-0}
non_2xx=${non_2xx:-0}
growth=$(( (q4 - q2) / 1024 ))

echo
echo "requests: $requests ($rate/s); socket errors: $socket_errors; non-2xx answers: $non_2xx; service alive: $alive"
echo "RSS median by quarter (MiB): $((q1 / 1024)) $((q2 / 1024)) $((q3 / 1024)) $((q4 / 1024)); max $((max / 1024)) MiB;" \
     "last quarter - second quarter: $growth MiB (allowed $GROWTH_MB)"
if [ "$socket_errors" -eq 0 ] && [ "$non_2xx" -eq 0 ] && [ "$alive" = yes ] && [ "$growth" -le "$GROWTH_MB" ]; then
  echo "PASS"
else
  echo "FAIL"
  exit 1
fi
