#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on loopback only.
#   bash eng/postgres.sh start    install postgresql if missing, create a fresh cluster, start it, wait until ready
#   bash eng/postgres.sh stop     stop it and delete the cluster
#   bash eng/postgres.sh status   exit 0 when it is running
# The connection string is written to $GOVWF_PG_DIR/connection (default /tmp/govwf-pg/connection) and printed;
# tests read it from GOVWF_TEST_POSTGRES. Port: GOVWF_PG_PORT (default 55432). As root the server runs as the
# postgres user (initdb refuses root); otherwise as the current user. Trust authentication: loopback only.
set -euo pipefail

state="${GOVWF_PG_DIR:-/tmp/govwf-pg}"
port="${GOVWF_PG_PORT:-55432}"
data="$state/data"

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$initdb" ]] && dirname "$initdb"
}

# Runs a command as the cluster's owner.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
  local bin
  bin=$(bin_dir) || return 1
  [[ -f "$data/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
  local bin
  if ! bin=$(bin_dir); then
    echo "eng/postgres.sh: installing postgresql with apt" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
      || { as_root apt-get update -q >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; }
    bin=$(bin_dir) || { echo "eng/postgres.sh: initdb not found after installing postgresql" >&2; exit 1; }
  fi

  if running; then
    echo "eng/postgres.sh: already running on 127.0.0.1:$port" >&2
  else
    stop_quietly
    mkdir -p "$state"
    chmod 755 "$state"
    mkdir -m 700 "$data"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$data"; fi
    as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$state/initdb.log" 2>&1 \
      || { cat "$state/initdb.log" >&2; exit 1; }
    # Throwaway data: no fsync. Sockets in the data folder, TCP on loopback only.
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$data/server.log" >&2; exit 1; }
    as_owner "$bin/pg_isready" -h 127.0.0.1 -p "$port" -t 30 >/dev/null
  fi

  local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "$connection" >"$state/connection"
  echo "$connection"
}

stop_quietly() {
  local bin
  if bin=$(bin_dir) && [[ -f "$data/PG_VERSION" ]]; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$state/connection" "$state/initdb.log"
}

case "${1:-}" in
  start) start ;;
  stop) stop_quietly ;;
  status) running ;;
  *) echo "usage: bash eng/postgres.sh start|stop|status" >&2; exit 2 ;;
esac
