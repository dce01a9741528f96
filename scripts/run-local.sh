#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the local loop.
# Work in progress: the hub and engine (issue 2) are not built yet, so this runs one real
# sc-primes task in a temporary slot directory and prints its progress and result.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
slot=$(mktemp -d)
echo "0 200000000" > "$slot/input"
echo "Running sc-primes in $slot (the hub/engine loop is not implemented yet)"
build/workloads/sc-primes --input "$slot/input" --output "$slot/output" --checkpoint "$slot/checkpoint" --checkpoint-seconds 1
echo "result (count checksum): $(cat "$slot/output")"
