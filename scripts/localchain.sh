#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A local EVM chain for tests and the --local demo (docs/localchain.md):
#   scripts/localchain.sh DIR [--payout-address 0x… | --payout-key FILE] [--keep-state]
#       starts anvil on a free loopback port, deploys the SpareCycles token (compiled from
#       tools/localchain/contracts by solc-js), funds the hub's payout key with tokens and gas,
#       writes DIR/chain.json, prints its path and exits 0 once the chain answers. The chain
#       keeps running in the background (log: DIR/anvil.log). --keep-state keeps the chain in
#       DIR/state.json (written every 5 s and on stop) and starts from it the next time, with
#       the token deployed then (the --local demo: payouts stay on the chain across restarts).
#   scripts/localchain.sh stop DIR
#       stops the chain that DIR/chain.json names and removes chain.json.
# Exits 2 on bad usage, 1 with a message on failure (a half-started chain is stopped again).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# Installed (lib/sparecycles/localchain) the tools sit beside this script; in the source tree
# in tools/localchain.
if [ -f "$HERE/deploy.mjs" ]; then
  TOOLS="$HERE"
else
  TOOLS="$(cd "$HERE/.." && pwd)/tools/localchain"
fi
ANVIL="$TOOLS/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
CHAIN_ID=31337

usage() {
  sed -n '3,13s/^# \{0,1\}//p' "$0"
}
bad_usage() { echo "localchain: $*" >&2; echo "usage: scripts/localchain.sh DIR [--payout-address 0x… | --payout-key FILE] [--keep-state] | stop DIR" >&2; exit 2; }
die() { echo "localchain: $*" >&2; exit 1; }

# The pid in DIR/chain.json, if that process is still an anvil.
running_pid() {
  local json="$1/chain.json" pid
  [ -f "$json" ] || return 1
  pid=$(sed -n 's/.*"pid"[[:space:]]*:[[:space:]]*\([0-9][0-9]*\).*/\1/p' "$json" | head -n1)
  [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q anvil || return 1
  echo "$pid"
}

# Sends SIGTERM, waits up to 10 s, then SIGKILL.
stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

[ $# -ge 1 ] || bad_usage "no folder given"
case "$1" in
  -h|--help) usage; exit 0 ;;
  stop)
    [ $# -eq 2 ] || bad_usage "stop takes one folder"
    dir="$2"
    [ -f "$dir/chain.json" ] || { echo "localchain: no $dir/chain.json: nothing to stop"; exit 0; }
    if pid=$(running_pid "$dir"); then
      stop_pid "$pid"
      echo "localchain: stopped anvil (pid $pid)"
    else
      echo "localchain: the chain in $dir/chain.json was not running"
    fi
    rm -f "$dir/chain.json"
    exit 0 ;;
  -*) bad_usage "unknown option $1" ;;
esac

dir="$1"; shift
payout_args=()
keep_state=0
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-state) keep_state=1; shift ;;
    --payout-address|--payout-key)
      [ $# -ge 2 ] || bad_usage "$1 needs a value"
      [ ${#payout_args[@]} -eq 0 ] || bad_usage "give --payout-address or --payout-key, not both"
      payout_args=("$1" "$2"); shift 2 ;;
    *) bad_usage "unknown argument $1" ;;
  esac
done

case "${payout_args[0]:-}" in
  --payout-address) [[ "${payout_args[1]}" =~ ^0x[0-9a-fA-F]{40}$ ]] || bad_usage "--payout-address wants 0x and 40 hex digits" ;;
  --payout-key) [ -r "${payout_args[1]}" ] || die "cannot read the payout key ${payout_args[1]}" ;;
esac
command -v node >/dev/null || die "node is not installed: run scripts/setup.sh (it installs nodejs and npm)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || die "node $(node --version) is too old: the deploy script needs node 18 or later"
[ -x "$ANVIL" ] || die "anvil is not installed at $ANVIL: run scripts/setup.sh (it runs npm ci in tools/localchain)"
[ -d "$TOOLS/node_modules/solc" ] || die "solc-js is not installed in $TOOLS/node_modules: run scripts/setup.sh"

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if pid=$(running_pid "$dir"); then
  die "a chain is already running for $dir (pid $pid): scripts/localchain.sh stop $dir"
fi
rm -f "$dir/chain.json"

log="$dir/anvil.log"
# Port 0: anvil binds a free port itself and prints it, so there is no race for the port.
# Automine (no --block-time): every transaction is mined at once, so payouts confirm at once.
# setsid: the chain outlives this script and a Ctrl+C in the terminal that started it.
: >"$log" # now: the background job below opens it only once it runs
state_args=()
deploy_args=()
if [ "$keep_state" = 1 ]; then
  state_args=(--state "$dir/state.json" --state-interval 5)
  deploy_args=(--reuse)
fi
setsid "$ANVIL" --host 127.0.0.1 --port 0 --chain-id "$CHAIN_ID" "${state_args[@]}" >"$log" 2>&1 </dev/null &
anvil_pid=$!
started=0
cleanup() { [ "$started" = 1 ] || stop_pid "$anvil_pid"; }
trap cleanup EXIT

port=""
for _ in $(seq 300); do
  port=$(sed -n 's/^Listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$log" | head -n1 || true)
  [ -n "$port" ] && break
  kill -0 "$anvil_pid" 2>/dev/null || { tail -n 20 "$log" >&2; die "anvil exited at start (log: $log)"; }
  sleep 0.1
done
[ -n "$port" ] || { tail -n 20 "$log" >&2; die "anvil did not start listening within 30 s (log: $log)"; }

# deploy.mjs waits for eth_chainId to answer, deploys, funds and writes chain.json.
node "$TOOLS/deploy.mjs" --rpc "http://127.0.0.1:$port" --dir "$dir" --pid "$anvil_pid" "${payout_args[@]}" "${deploy_args[@]}" \
  || die "deploying to the chain failed (anvil log: $log)"
started=1
echo "$dir/chain.json"
