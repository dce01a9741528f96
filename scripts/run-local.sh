#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts SpareCycles on a demo network on this computer:
# the tray app (`sparecycles --local`) when there is a desktop session, otherwise the headless
# engine (`sparecycles-cli run --local --always-run`, printing progress; Ctrl+C stops it).
# Extra arguments go to the program (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting the SpareCycles tray app on a local demo network (look for its icon in the tray)."
  exec build/bin/sparecycles --local "$@"
fi
echo "No desktop session: starting the headless engine on a local demo network (Ctrl+C stops it)."
exec build/bin/sparecycles-cli run --local --always-run "$@"
