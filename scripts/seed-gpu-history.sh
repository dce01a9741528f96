#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes up graphics card work in a data folder's ledger, so screenshots taken on a machine
# without a graphics card show the GPU parts of Overview and History: 14 days of processor and
# graphics card time, and graphics card temperatures for the last 10 minutes and the next 10.
# Running it again sets the same figures (it does not add up). Only for a demo data folder: it
# writes made-up history. The app must not be running. Needs sqlite3.
# Usage: scripts/seed-gpu-history.sh DATA_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: $0 DATA_DIR}/ledger.sqlite
# A fresh folder has no ledger yet: opening the folder once makes it (and the device key the app
# would make on its first start anyway), with the schema the build has.
[ -f "$db" ] || build/bin/sparecycles-cli identity new --data-dir "$1" >/dev/null
[ -f "$db" ] || { echo "no ledger in $1" >&2; exit 2; }
now=$(date +%s)
sql=
for d in $(seq 0 13); do
  day=$(date -u -d "@$((now - d * 86400))" +%F)
  cpu=$(( (d * 37 % 11 + 2) * 600 ))
  gpu=$(( ((d * 53 + 3) % 7) * 900 ))
  sql+="INSERT INTO contribution (day, cpu_seconds, tasks_completed, gpu_seconds) VALUES ('$day', $cpu, $((d % 4 + 1)), $gpu)
        ON CONFLICT(day) DO UPDATE SET cpu_seconds=MAX(cpu_seconds, excluded.cpu_seconds), gpu_seconds=excluded.gpu_seconds;"
done
minute=$(( now - now % 60 ))
for m in $(seq -10 10); do
  t=$(( minute + m * 60 ))
  temp=$(( 64 + (m + 10) % 6 * 2 ))
  sql+="INSERT INTO samples_minute (t, cpu_seconds, gpu_seconds, max_temp, duty, max_gpu_temp) VALUES ($t, 30, 60, NULL, 1, $temp)
        ON CONFLICT(t) DO UPDATE SET gpu_seconds=60, max_gpu_temp=excluded.max_gpu_temp;"
done
sqlite3 "$db" "BEGIN; $sql COMMIT;"
