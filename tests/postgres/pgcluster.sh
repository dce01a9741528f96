#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests (docs/deploy.md "Tests"):
#   pgcluster.sh start STATE_FILE   initdb + pg_ctl in a new folder under /tmp, listening only on
#                                   a Unix socket there; writes the --db address of its
#                                   "postgres" database to STATE_FILE
#   pgcluster.sh stop STATE_FILE    stops it and removes the folder
# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user (or
# nobody). Durability is off (fsync, synchronous_commit): the data lives as long as the tests;
# SC_PG_DURABLE=1 keeps PostgreSQL's defaults (fsync and synchronous_commit on), as the
# benchmarks measure it (scripts/bench-hubload.sh). SC_PG_OPTIONS adds server options.
set -euo pipefail
command=${1:?start or stop}
state=${2:?state file}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pgcluster: PostgreSQL's server is not installed (Debian package postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=nobody
  id postgres >/dev/null 2>&1 && owner=postgres
fi

case "$command" in
start)
  if [ -f "$state" ]; then
    "$0" stop "$state" || true
  fi
  dir=$(mktemp -d /tmp/sc-pg.XXXXXX)
  chmod 755 "$dir"
  mkdir "$dir/data"
  [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir" "$dir/data"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${SC_PG_DURABLE:-0}" = 1 ] && durability=""
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' $durability -c max_connections=200 ${SC_PG_OPTIONS:-}" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@/postgres?host=$dir" >"$state"
  echo "$dir" >"$state.dir"
  echo "pgcluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') running in $dir"
  ;;
stop)
  [ -f "$state.dir" ] || exit 0
  dir=$(cat "$state.dir")
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  rm -f "$state" "$state.dir"
  ;;
*)
  echo "pgcluster: start or stop" >&2
  exit 2
  ;;
esac
