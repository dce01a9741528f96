#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The hub at network scale, side by side in one run (docs/benchmarks.md): sc-bench-hubload
# against one hub on SQLite, one hub on PostgreSQL and two hub replicas on PostgreSQL behind
# nginx, each with 1,000 and with 20,000 registered devices, then `sparecycles-hub check` on
# the books. PostgreSQL runs durable (fsync and synchronous_commit on), as docs/deploy.md
# recommends; one more run shows it with synchronous_commit off. Needs a built tree (build/),
# PostgreSQL's server and nginx (the test tools of scripts/setup.sh).
#   scripts/bench-hubload.sh [SECONDS]   (default 20 s of load per run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$root/build/bin
seconds=${1:-20}
concurrency=${SC_HUBLOAD_CONCURRENCY:-16}
work=$(mktemp -d /tmp/sc-hubload.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash tests/postgres/pgcluster.sh stop "$work/pg.url" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# serve NAME DB_ARGS…: starts a hub replica, prints its port
serve() {
  local name=$1; shift
  local port; port=$(free_port)
  "$bin/sparecycles-hub" serve --listen "127.0.0.1:$port" --data-dir "$work/$name" \
    --signing-key "$work/code-signing.pem" --demo-work --demo-span 2000 --trust-first 1000000 \
    --max-connections-per-address 0 "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do grep -q '^listening on' "$work/$name.log" 2>/dev/null && break; sleep 0.1; done
  grep -q '^listening on' "$work/$name.log" || { cat "$work/$name.log" >&2; exit 1; }
  echo "$port"
}

nginx_front() { # PORT UPSTREAM_PORT…
  local port=$1; shift
  mkdir -p "$work/nginx/tmp"
  local servers=""
  for p in "$@"; do servers+="server 127.0.0.1:$p max_fails=1 fail_timeout=10s; "; done
  local user=""; [ "$(id -u)" -eq 0 ] && user="user root;"
  cat >"$work/nginx/nginx.conf" <<CONF
$user
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp/body; proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/f; uwsgi_temp_path $work/nginx/tmp/u; scgi_temp_path $work/nginx/tmp/s;
  upstream hubs { $servers keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 2m;
    location / {
      proxy_pass http://hubs; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
CONF
  /usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  pids+=($!)
  sleep 0.5
}

stop_all() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}

summary=()
# run LABEL DEVICES DB_ARGS_FOR_CHECK -- HUB_URLS
run() {
  local label=$1 devices=$2 urls=$3; shift 3
  echo "== $label, $devices devices"
  "$bin/sc-bench-hubload" --hub "$urls" --devices "$devices" --seconds "$seconds" \
    --concurrency "$concurrency" | tee "$work/out.txt"
  local json; json=$(tail -1 "$work/out.txt")
  local hubcpu=""
  echo "-- check"
  "$bin/sparecycles-hub" check "$@" | tail -1
  summary+=("$(printf '%-34s %6s %s' "$label" "$devices" "$json")")
}

for devices in 1000 20000; do
  # One hub on SQLite.
  port=$(serve "sqlite-$devices")
  run "SQLite, one hub" "$devices" "http://127.0.0.1:$port" --data-dir "$work/sqlite-$devices"
  stop_all

  SC_PG_DURABLE=1 bash tests/postgres/pgcluster.sh start "$work/pg.url" >/dev/null
  admin=$(cat "$work/pg.url")
  db="${admin%/postgres*}/hub$devices?${admin#*\?}"
  psql "$admin" -qc "CREATE DATABASE hub$devices" >/dev/null
  port=$(serve "pg-$devices" --db "$db")
  run "PostgreSQL, one hub" "$devices" "http://127.0.0.1:$port" --db "$db"
  stop_all

  psql "$admin" -qc "CREATE DATABASE hubr$devices" >/dev/null
  db="${admin%/postgres*}/hubr$devices?${admin#*\?}"
  p1=$(serve "pg-r1-$devices" --db "$db")
  p2=$(serve "pg-r2-$devices" --db "$db")
  front=$(free_port)
  nginx_front "$front" "$p1" "$p2"
  run "PostgreSQL, two hubs behind nginx" "$devices" "http://127.0.0.1:$front" --db "$db"
  stop_all
  if [ "$devices" = 1000 ]; then
    # How it grows with replicas on the same two cores.
    psql "$admin" -qc "CREATE DATABASE hubq$devices" >/dev/null
    db="${admin%/postgres*}/hubq$devices?${admin#*\?}"
    ports=()
    for r in 1 2 3 4; do ports+=("$(serve "pg-q$r-$devices" --db "$db")"); done
    front=$(free_port)
    nginx_front "$front" "${ports[@]}"
    run "PostgreSQL, four hubs behind nginx" "$devices" "http://127.0.0.1:$front" --db "$db"
    stop_all
  fi
  bash tests/postgres/pgcluster.sh stop "$work/pg.url" >/dev/null
done

# What durability costs: PostgreSQL without waiting for the WAL flush at each commit.
SC_PG_DURABLE=1 SC_PG_OPTIONS="-c synchronous_commit=off" bash tests/postgres/pgcluster.sh start "$work/pg.url" >/dev/null
admin=$(cat "$work/pg.url")
psql "$admin" -qc "CREATE DATABASE hubnosync" >/dev/null
db="${admin%/postgres*}/hubnosync?${admin#*\?}"
port=$(serve "pg-nosync" --db "$db")
run "PostgreSQL, one hub, async commit" 1000 "http://127.0.0.1:$port" --db "$db"
stop_all

echo
echo "== summary (one JSON object per run: credited and requests a second, worst p99 of any endpoint)"
printf '%s\n' "${summary[@]}"
