#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SpareCycles and BOINC side by side in one run: reaction to the user's return and footprint
# at rest. Usage: bench/peers/run.sh [trials] [rest-seconds]   (bench/peers/README.md)
#   env: BUILD (default build, relative to the repo root), TRIALS (20), REST_SECONDS (60),
#        SETTLE_SECONDS (20), BOINC_PORT (31499), BOINC_IDLE_MIN (0.01), BOINC_JITTER_MS (1000;
#        0 puts every input just after BOINC's look), SC_SKIP_OURS=1 (BOINC only)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRIALS="${1:-${TRIALS:-20}}"
REST="${2:-${REST_SECONDS:-60}}"
SETTLE="${SETTLE_SECONDS:-20}"
BUILD="${BUILD:-build}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
PORT="${BOINC_PORT:-31499}"
IDLE_MIN="${BOINC_IDLE_MIN:-0.01}"
JITTER_MS="${BOINC_JITTER_MS:-1000}"
SKIP_OURS="${SC_SKIP_OURS:-0}"

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }

# --- packages: the project's setup script with the peers opt-in -----------------------------
if ! command -v boinc >/dev/null || ! command -v boinccmd >/dev/null \
    || ! command -v boincmgr >/dev/null || ! command -v xdotool >/dev/null \
    || ! command -v Xvfb >/dev/null || ! command -v trayer >/dev/null; then
  log "installing BOINC through scripts/setup.sh (SC_WITH_PEERS=1)"
  SC_WITH_PEERS=1 bash "$ROOT/scripts/setup.sh"
fi

T="$(mktemp -d /tmp/sc-peers.XXXXXX)"
PIDS=()
SERVICE_STOPPED=0
cleanup() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 0.5
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$T"
  if [ "$SERVICE_STOPPED" = 1 ]; then
    systemctl start boinc-client || true
    echo "started the boinc-client service again"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The package's own service (boinc-client, data in /var/lib/boinc-client, port 31416) would
# compute and poll too: stop it for the run (started again on exit). Our client has its own
# data folder and port, so the service can never see our files either way.
if command -v systemctl >/dev/null && systemctl is-active --quiet boinc-client 2>/dev/null; then
  log "stopping the boinc-client service for the run"
  systemctl stop boinc-client
  SERVICE_STOPPED=1
fi
others="$( (ps -C boinc -o pid=,stat= || true) | awk '$2 !~ /^Z/ {print $1}' | tr '\n' ' ')"
[ -z "$others" ] || log "warning: other boinc clients running (pids $others); they share the CPU"

# $EPOCHREALTIME (no fork) as ms; to_ms converts a saved one
to_ms() { awk -v t="${1/,/.}" 'BEGIN {printf "%.3f", t * 1000}'; }
now_ms() { to_ms "$EPOCHREALTIME"; }
# percentile as bench/common/benchutil.h computes it (linear between ranks)
pct() {
  sort -g | awk -v p="$1" '{v[NR-1]=$1} END {if (NR==0) {print "nan"; exit}
    i=p/100*(NR-1); lo=int(i); hi=(lo+1<NR)?lo+1:lo; printf "%.1f", v[lo]+(v[hi]-v[lo])*(i-lo)}'
}
# utime+stime (s) and VmRSS/Pss (kB) of a process and all its descendants
tree() {
  local p="$1" c kids; echo "$p"
  kids="$(cat "/proc/$p/task/"*/children 2>/dev/null || true)"
  for c in $kids; do tree "$c"; done
}
tree_cpu() {
  local p total=0 tck; tck="$(getconf CLK_TCK)"
  for p in $(for r in "$@"; do tree "$r"; done); do
    [ -r "/proc/$p/stat" ] || continue
    total=$((total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')))
  done
  awk -v t="$total" -v h="$tck" 'BEGIN {printf "%.3f", t / h}'
}
tree_kb() { # field: VmRSS (status) or Pss (smaps_rollup)
  local field="$1" p sum=0 v; shift
  for p in $(for r in "$@"; do tree "$r"; done); do
    if [ "$field" = Pss ]; then v="$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)"
    else v="$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)"; fi
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
kv() { sed -n "s/^$1=//p" "$2" | tail -1; }

# --- SpareCycles (its benchmarks start their own Xvfb; run while no BOINC client is up, since
# BOINC asks every X server under /tmp/.X11-unix) ---------------------------------------------
if [ "$SKIP_OURS" != 1 ]; then
  for b in sc-bench-reaction sc-bench-app; do
    [ -x "$BUILD/bin/$b" ] || { echo "$BUILD/bin/$b is missing: build the project (or SC_SKIP_OURS=1)" >&2; exit 1; }
  done
  log "SpareCycles: sc-bench-reaction $TRIALS"
  "$BUILD/bin/sc-bench-reaction" "$TRIALS" | tee "$T/ours-reaction.txt"
  log "SpareCycles: sc-bench-app $REST"
  "$BUILD/bin/sc-bench-app" "$REST" | tee "$T/ours-app.txt"
fi

# --- BOINC: one Xvfb, our own client ---------------------------------------------------------
# -noreset matters: without it Xvfb regenerates whenever its last client disconnects, and
# BOINC opens and closes every display once a second, so with no other client connected each
# poll resets the server and its idle time reads 0 s forever ("computer is in use" for good).
Xvfb -displayfd 3 -noreset -nolisten tcp -screen 0 1024x768x24 3>"$T/display" >"$T/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$T/display" ] && break; sleep 0.1; done
[ -s "$T/display" ] || { echo "Xvfb did not start" >&2; cat "$T/xvfb.log" >&2; exit 1; }
DISP=":$(tr -d '[:space:]' <"$T/display")"
export DISPLAY="$DISP"
log "BOINC: Xvfb on $DISP; X servers BOINC will see: $(cd /tmp/.X11-unix && printf '%s ' *)"

BD="$T/boinc"; mkdir -p "$BD" "$T/home"
PASS="sc-peers-$RANDOM$RANDOM"
printf '%s\n' "$PASS" >"$BD/gui_rpc_auth.cfg"
chmod 600 "$BD/gui_rpc_auth.cfg"
# "Do not compute while the computer is in use", shortest idle time: BOINC reads
# idle_time_to_run as fractional minutes and compares it with the X idle time in whole
# seconds, so anything up to 1/60 min acts as 1 s (0 would mean never in use).
cat >"$BD/global_prefs_override.xml" <<EOF
<global_preferences>
  <run_if_user_active>0</run_if_user_active>
  <run_gpu_if_user_active>0</run_gpu_if_user_active>
  <idle_time_to_run>$IDLE_MIN</idle_time_to_run>
  <suspend_if_no_recent_input>0</suspend_if_no_recent_input>
  <suspend_cpu_usage>0</suspend_cpu_usage>
</global_preferences>
EOF
cc_config() {
  cat >"$BD/cc_config.xml" <<EOF
<cc_config>
  <log_flags><idle_detection_debug>$1</idle_detection_debug></log_flags>
  <options><no_gpus>1</no_gpus></options>
</cc_config>
EOF
}
cc_config 1
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is in use: set BOINC_PORT" >&2; exit 1
fi
boinc --dir "$BD" --gui_rpc_port "$PORT" --allow_multiple_clients --skip_cpu_benchmarks \
  --no_info_fetch --no_gpus >"$T/boinc.log" 2>&1 &
BOINC_PID=$!
PIDS+=("$BOINC_PID")
bcmd() { boinccmd --host "localhost:$PORT" --passwd "$PASS" "$@"; }
cpu_state() { bcmd --get_cc_status 2>/dev/null | sed -n '/^CPU status/{n;p;q}' | sed 's/^ *//'; }
for _ in $(seq 300); do bcmd --get_cc_status >/dev/null 2>&1 && break; sleep 0.1; done
bcmd --client_version
grep -E 'XSS|display idle|Preferences|compute while|not attached' "$T/boinc.log" | head -8 || true

# probe the poll interval
t0="$(now_ms)"; for _ in 1 2 3 4 5 6 7 8 9 10; do cpu_state >/dev/null; done; t1="$(now_ms)"
POLL_MS="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 10}')"
log "BOINC: one boinccmd --get_cc_status takes $POLL_MS ms (the poll's resolution)"

log "BOINC: $TRIALS trials (each waits for 'not suspended', then xdotool mousemove)"
: >"$T/boinc-ms.txt"
timeouts=0; log_ok=0
for i in $(seq "$TRIALS"); do
  ok=0
  for _ in $(seq 1200); do [ "$(cpu_state)" = "not suspended" ] && { ok=1; break; }; sleep 0.05; done
  if [ "$ok" != 1 ]; then
    echo "trial $i: BOINC never resumed in 60 s (another X server with input? see the log)" >&2
    timeouts=$((timeouts + 1)); continue
  fi
  nlog="$(grep -c 'Suspending computation' "$T/boinc.log" || true)"
  # BOINC looks once a second and the trial starts just after the look that said "not
  # suspended": without a random pause every input would land at the same point of its cycle
  # (about 950 ms each); a user comes back at any point of it.
  sleep "$(awk -v r="$RANDOM" -v j="$JITTER_MS" 'BEGIN {printf "%.3f", r / 32768 * j / 1000}')"
  x=$((100 + (i % 2) * 300))
  t0r="$EPOCHREALTIME"
  xdotool mousemove "$x" "$x"
  st=""; polls=0
  while :; do
    st="$(cpu_state)"; polls=$((polls + 1))
    case "$st" in "suspended: computer is in use"|"suspended: user is active"|"suspended: user active") break ;; esac
    [ "$polls" -lt 1000 ] || break
  done
  t1r="$EPOCHREALTIME"
  t0="$(to_ms "$t0r")"; t1="$(to_ms "$t1r")"
  if [ "$polls" -ge 1000 ]; then echo "trial $i: no suspension (last: $st)" >&2; timeouts=$((timeouts + 1)); continue; fi
  ms="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')"
  echo "$ms" >>"$T/boinc-ms.txt"
  # the client's own line ("Suspending computation - computer is in use"): 1 s resolution
  line=""
  for _ in $(seq 40); do
    line="$(grep 'Suspending computation' "$T/boinc.log" | sed -n "$((nlog + 1))p")"
    [ -n "$line" ] && break; sleep 0.05
  done
  lsec="$(date -d "$(cut -c1-20 <<<"$line")" +%s 2>/dev/null || echo 0)"
  # consistent when the logged second lies between the input and the poll that saw it
  if awk -v s="$lsec" -v a="$t0" -v b="$t1" 'BEGIN {exit !(s * 1000 >= a - 1000 && s * 1000 <= b)}'; then
    log_ok=$((log_ok + 1)); agree=yes
  else agree=no; fi
  echo "trial $i: $ms ms ($polls polls: $st; log line at $(cut -c13-20 <<<"$line"), consistent: $agree)"
done
B_P50="$(pct 50 <"$T/boinc-ms.txt")"; B_P95="$(pct 95 <"$T/boinc-ms.txt")"
B_MAX="$(pct 100 <"$T/boinc-ms.txt")"; B_N="$(wc -l <"$T/boinc-ms.txt")"
displays="$(grep -o "XSS idle detection succeeded on display '[^']*'" "$T/boinc.log" \
  | sed "s/.*display //" | sort -u | tr '\n' ' ')"

# --- BOINC footprint: client + manager at rest --------------------------------------------
cc_config 0
bcmd --read_cc_config >/dev/null
trayer --edge bottom --SetDockType true >"$T/trayer.log" 2>&1 &
PIDS+=($!)
sleep 1
(cd "$BD" && HOME="$T/home" exec boincmgr -nd -m -n localhost -g "$PORT" -p "$PASS") >"$T/mgr.log" 2>&1 &
MGR_PID=$!
PIDS+=("$MGR_PID")
# With no project attached the manager opens its window and the attach wizard; cancel the
# wizard (Escape, then "Yes" in its question). Its main window stays: this build shows no
# icon in the tray, and File > Close window quits the manager.
mgr_state="window + attach wizard (not dismissed)"; seen=0; cancelled=""
for _ in $(seq 60); do
  if q="$(xdotool search --onlyvisible --name '^Question$' 2>/dev/null | head -1)" && [ -n "$q" ]; then
    xdotool mousemove --window "$q" 197 63 click 1; cancelled=", attach wizard cancelled"; sleep 1
  elif w="$(xdotool search --onlyvisible --name '^BOINC Manager$' 2>/dev/null | head -1)" && [ -n "$w" ]; then
    xdotool windowfocus --sync "$w" key Escape 2>/dev/null || true; sleep 1
  elif xdotool search --onlyvisible --name '^BOINC Manager \(' >/dev/null 2>&1; then
    seen=$((seen + 1)); sleep 1
    [ "$seen" -lt 3 ] || { mgr_state="main window open$cancelled"; break; }
  else sleep 0.5; fi
done
kill -0 "$MGR_PID" 2>/dev/null || { echo "boincmgr exited" >&2; cat "$T/mgr.log" >&2; exit 1; }
log "BOINC: manager $mgr_state; settling $SETTLE s, then measuring $REST s"
sleep "$SETTLE"
c0_client="$(tree_cpu "$BOINC_PID")"; c0_mgr="$(tree_cpu "$MGR_PID")"
w0="$(now_ms)"
rss_max=0
for _ in $(seq "$REST"); do
  sleep 1
  r="$(tree_kb VmRSS "$BOINC_PID" "$MGR_PID")"; [ "$r" -le "$rss_max" ] || rss_max="$r"
done
c1_client="$(tree_cpu "$BOINC_PID")"; c1_mgr="$(tree_cpu "$MGR_PID")"
w1="$(now_ms)"
rss_client="$(tree_kb VmRSS "$BOINC_PID")"; rss_mgr="$(tree_kb VmRSS "$MGR_PID")"
pss_all="$(tree_kb Pss "$BOINC_PID" "$MGR_PID")"
nproc_mgr="$(tree "$MGR_PID" | wc -l)"
read -r B_WIN B_CPU_CLIENT B_CPU_MGR B_CPU B_RSS_CLIENT B_RSS_MGR B_RSS B_RSS_MAX B_PSS < <(awk \
  -v w0="$w0" -v w1="$w1" -v a0="$c0_client" -v a1="$c1_client" -v m0="$c0_mgr" -v m1="$c1_mgr" \
  -v rc="$rss_client" -v rm="$rss_mgr" -v rx="$rss_max" -v ps="$pss_all" 'BEGIN {
  printf "%.1f %.3f %.3f %.3f %.1f %.1f %.1f %.1f %.1f\n", (w1-w0)/1000, a1-a0, m1-m0, a1-a0+m1-m0,
    rc/1024, rm/1024, (rc+rm)/1024, rx/1024, ps/1024 }')
B_CPU_PCT="$(awk -v c="$B_CPU" -v w="$B_WIN" 'BEGIN {printf "%.3f", c / w * 100}')"

# --- results -------------------------------------------------------------------------------
O_P50=nan; O_P95=nan; O_MAX=nan; O_CPU=nan; O_RSS=nan; O_WIN=nan; O_METHOD=skipped
if [ "$SKIP_OURS" != 1 ]; then
  O_P50="$(kv p50_ms "$T/ours-reaction.txt")"; O_P95="$(kv p95_ms "$T/ours-reaction.txt")"
  O_MAX="$(kv max_ms "$T/ours-reaction.txt")"; O_METHOD="$(kv method "$T/ours-reaction.txt")"
  O_CPU="$(kv app_cpu_s "$T/ours-app.txt")"; O_RSS="$(kv app_rss_mb "$T/ours-app.txt")"
  O_WIN="$(kv window_s "$T/ours-app.txt")"
fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b + 0 > 0 && a != "nan") printf "%.1f", a / b; else print "nan"}'; }
cat <<EOF

== BOINC $(boinc --version 2>/dev/null | head -1 | cut -d' ' -f1) vs SpareCycles ==
BOINC has no project attached (no internet): what is timed is its decision to suspend
computing ("CPU status: suspended: computer is in use" from boinccmd --get_cc_status, polled
back to back, ${POLL_MS} ms a poll); the client's own log line has 1 s resolution and agreed
with the poll in $log_ok of $B_N trials. X servers BOINC queried: ${displays:-none}.
Footprint: BOINC = client + manager ($mgr_state; $nproc_mgr manager process(es)), RSS = sum of
VmRSS (/proc/PID/status), CPU = utime+stime over the window; SpareCycles = sc-bench-app (tray
app, minimized to the tray). Ratios are BOINC / SpareCycles.

key=value
boinc_reaction_trials=$B_N
boinc_reaction_timeouts=$timeouts
boinc_reaction_p50_ms=$B_P50
boinc_reaction_p95_ms=$B_P95
boinc_reaction_max_ms=$B_MAX
boinc_reaction_source=boinccmd_get_cc_status
boinc_poll_ms=$POLL_MS
boinc_log_consistent=$log_ok
boinc_idle_time_to_run_min=$IDLE_MIN
boinc_jitter_ms=$JITTER_MS
boinc_window_s=$B_WIN
boinc_cpu_s=$B_CPU
boinc_cpu_percent=$B_CPU_PCT
boinc_client_cpu_s=$B_CPU_CLIENT
boinc_manager_cpu_s=$B_CPU_MGR
boinc_rss_mb=$B_RSS
boinc_client_rss_mb=$B_RSS_CLIENT
boinc_manager_rss_mb=$B_RSS_MGR
boinc_rss_max_mb=$B_RSS_MAX
boinc_pss_mb=$B_PSS
ours_reaction_method=$O_METHOD
ours_reaction_p50_ms=$O_P50
ours_reaction_p95_ms=$O_P95
ours_reaction_max_ms=$O_MAX
ours_window_s=$O_WIN
ours_cpu_s=$O_CPU
ours_rss_mb=$O_RSS
ratio_reaction_p50=$(ratio "$B_P50" "$O_P50")
ratio_reaction_p95=$(ratio "$B_P95" "$O_P95")
ratio_cpu=$(ratio "$B_CPU" "$O_CPU")
ratio_rss=$(ratio "$B_RSS" "$O_RSS")

| figure                          | BOINC            | SpareCycles       | BOINC/ours |
|---------------------------------|------------------|------------------|------------|
| reaction p50                    | $(printf '%-16s' "$B_P50 ms") | $(printf '%-16s' "$O_P50 ms") | $(ratio "$B_P50" "$O_P50") |
| reaction p95                    | $(printf '%-16s' "$B_P95 ms") | $(printf '%-16s' "$O_P95 ms") | $(ratio "$B_P95" "$O_P95") |
| reaction max                    | $(printf '%-16s' "$B_MAX ms") | $(printf '%-16s' "$O_MAX ms") | $(ratio "$B_MAX" "$O_MAX") |
| CPU at rest (${REST} s)              | $(printf '%-16s' "$B_CPU s") | $(printf '%-16s' "$O_CPU s") | $(ratio "$B_CPU" "$O_CPU") |
| RSS at rest                     | $(printf '%-16s' "$B_RSS MB") | $(printf '%-16s' "$O_RSS MB") | $(ratio "$B_RSS" "$O_RSS") |
EOF
