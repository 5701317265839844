#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS cluster for tests and benchmarks.
#
#   scripts/pg-cluster.sh start DIR    create (or reuse) a cluster in DIR, print its GDAL
#                                      connection string "PG:host=... dbname=coverplan user=postgres"
#   scripts/pg-cluster.sh stop DIR     stop it and remove DIR
#   scripts/pg-cluster.sh status DIR   exit 0 when the cluster in DIR accepts connections
#   scripts/pg-cluster.sh url DIR      print the connection string of a running cluster
#
# The server listens only on a unix socket (no TCP), is tuned for speed, not
# durability (fsync=off), and trusts local connections. PostgreSQL refuses to run
# as root: when called as root, the server runs as the `postgres` system user
# (override with PGCLUSTER_USER) and DIR is handed to that user.
#
# Environment:
#   PGCLUSTER_USER      system user that runs the server when called as root (default postgres)
#   PGCLUSTER_SETTINGS  extra postgresql.conf lines, e.g. "shared_buffers=2GB work_mem=256MB"
#   PGCLUSTER_BIN       PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
#   PGCLUSTER_DB        database name (default coverplan)
#
# Only "PG:..." goes to stdout; progress and errors go to stderr.
set -euo pipefail

PGBIN=${PGCLUSTER_BIN:-/usr/lib/postgresql/15/bin}
DB=${PGCLUSTER_DB:-coverplan}
MARKER=coverplan-pg-cluster   # file in DIR that says "this script made DIR"
SOCKET_NAME=.s.PGSQL.5432

die() { echo "pg-cluster: error: $*" >&2; exit 1; }
note() { echo "pg-cluster: $*" >&2; }

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 2 ] || usage
action=$1
dir_arg=$2

for tool in initdb pg_ctl pg_isready psql; do
  [ -x "$PGBIN/$tool" ] || die "$PGBIN/$tool not found: install postgresql-15 (scripts/install-deps.sh)"
done

# Absolute path without requiring DIR to exist.
case "$dir_arg" in
  /*) DIR=$dir_arg ;;
  *) DIR=$PWD/$dir_arg ;;
esac
DIR=${DIR%/}
[ -n "$DIR" ] && [ "$DIR" != "/" ] || die "refusing to use / as the cluster directory"

DATA=$DIR/data
LOG=$DIR/server.log

# Who runs the server, and how commands are run as that user.
if [ "$(id -u)" -eq 0 ]; then
  RUN_USER=${PGCLUSTER_USER:-postgres}
  id "$RUN_USER" >/dev/null 2>&1 || die "system user '$RUN_USER' does not exist (PostgreSQL cannot run as root; set PGCLUSTER_USER)"
  as_user() { runuser -u "$RUN_USER" -- "$@"; }
else
  RUN_USER=$(id -un)
  as_user() { "$@"; }
fi

# A unix socket path is limited to 107 bytes; for a deep DIR use a short
# directory under /tmp and remember it in DIR/socket_dir.
socket_dir() {
  if [ -f "$DIR/socket_dir" ]; then
    cat "$DIR/socket_dir"
  else
    echo "$DIR"
  fi
}

conn_string() {
  echo "PG:host=$(socket_dir) dbname=$DB user=postgres"
}

is_ready() {
  [ -d "$DATA" ] || return 1
  "$PGBIN/pg_isready" -q -h "$(socket_dir)" -d postgres -U postgres >/dev/null 2>&1
}

server_running() {
  [ -f "$DATA/postmaster.pid" ] && as_user "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

show_log() {
  if [ -f "$LOG" ]; then
    echo "---- last lines of $LOG ----" >&2
    tail -n 20 "$LOG" >&2 || true
  fi
}

wait_ready() {
  local i
  for i in $(seq 1 300); do   # 30 s
    if is_ready; then return 0; fi
    if ! server_running && [ "$i" -gt 20 ]; then break; fi
    sleep 0.1
  done
  show_log
  die "server in $DATA did not become ready (pg_isready -h $(socket_dir))"
}

psql_admin() {
  "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(socket_dir)" -U postgres "$@"
}

ensure_database() {
  local exists
  exists=$(psql_admin -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB'") ||
    die "cannot query the server in $DIR"
  if [ "$exists" != "1" ]; then
    psql_admin -d postgres -c "CREATE DATABASE \"$DB\"" >&2 || die "CREATE DATABASE $DB failed"
  fi
  psql_admin -d "$DB" -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis" >&2 ||
    die "CREATE EXTENSION postgis failed: install postgresql-15-postgis-3 (scripts/install-deps.sh)"
}

remove_dir() {
  local sd
  sd=$(socket_dir)
  if [ "$sd" != "$DIR" ] && [ -d "$sd" ]; then rm -rf -- "$sd"; fi
  rm -rf -- "$DIR"
}

# The postmaster's pid when it is a zombie (killed, never reaped): nothing to stop.
postmaster_is_zombie() {
  local pid
  pid=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = "Z" ]
}

stop_server() {
  if server_running; then
    if postmaster_is_zombie; then
      note "the server in $DATA was killed (zombie postmaster): removing its files"
      return 0
    fi
    as_user "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      as_user "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
      postmaster_is_zombie ||
      die "could not stop the server in $DATA (see $LOG)"
  fi
}

start() {
  if [ -e "$DIR" ] && [ ! -f "$DIR/$MARKER" ]; then
    if [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
      die "$DIR exists, is not empty and was not made by pg-cluster.sh: refusing to touch it"
    fi
  fi

  # Reuse a healthy cluster that this script made in DIR.
  if [ -f "$DIR/$MARKER" ] && server_running && is_ready; then
    note "reusing the running cluster in $DIR"
    ensure_database
    conn_string
    return 0
  fi

  # Anything else of ours in DIR is stale (a crashed run): start afresh.
  if [ -f "$DIR/$MARKER" ]; then
    note "removing the stale cluster in $DIR"
    stop_server
    remove_dir
  fi

  mkdir -p "$DIR"
  touch "$DIR/$MARKER"
  if [ $(( ${#DIR} + ${#SOCKET_NAME} + 1 )) -gt 100 ]; then
    mktemp -d /tmp/pgsock.XXXXXX >"$DIR/socket_dir"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    chown "$RUN_USER": "$DIR"
    [ "$(socket_dir)" = "$DIR" ] || chown "$RUN_USER": "$(socket_dir)"
  fi
  as_user test -w "$DIR" ||
    die "user '$RUN_USER' cannot write $DIR (every parent directory must be searchable by it)"

  note "initdb in $DATA (server runs as $RUN_USER)"
  as_user "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$DIR/initdb.log" 2>&1 || { tail -n 20 "$DIR/initdb.log" >&2; die "initdb failed (log: $DIR/initdb.log)"; }

  {
    echo "# written by scripts/pg-cluster.sh: a disposable cluster, fast and not durable"
    echo "listen_addresses = ''"
    echo "unix_socket_directories = '$(socket_dir)'"
    echo "fsync = off"
    echo "synchronous_commit = off"
    echo "full_page_writes = off"
    echo "wal_level = minimal"
    echo "max_wal_senders = 0"
    echo "max_wal_size = 4GB"
    echo "checkpoint_timeout = 30min"
    echo "autovacuum = off"
    echo "logging_collector = off"
    echo "log_min_messages = warning"
    local s
    for s in ${PGCLUSTER_SETTINGS:-}; do
      echo "${s%%=*} = '${s#*=}'"
    done
  } | as_user tee -a "$DATA/postgresql.conf" >/dev/null

  # pg_ctl's own log and the server log go into DIR/server.log.
  as_user touch "$LOG"
  if ! as_user "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null 2>&1; then
    show_log
    die "pg_ctl start failed (log: $LOG)"
  fi
  wait_ready
  ensure_database
  note "ready: $(conn_string)"
  conn_string
}

stop() {
  if [ ! -e "$DIR" ]; then
    note "$DIR does not exist: nothing to stop"
    return 0
  fi
  [ -f "$DIR/$MARKER" ] || die "$DIR was not made by pg-cluster.sh: refusing to remove it"
  stop_server
  remove_dir
  note "stopped and removed $DIR"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  status)
    if [ -f "$DIR/$MARKER" ] && is_ready; then note "running: $(conn_string)"; exit 0; fi
    note "not running in $DIR"; exit 1 ;;
  url)
    [ -f "$DIR/$MARKER" ] && is_ready || die "no running cluster in $DIR"
    conn_string ;;
  *) usage ;;
esac
