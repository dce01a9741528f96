#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the engine against a demo hub on this computer
# (sparecycles-cli run --local). Stop it with Ctrl+C; run it again and it resumes.
# Extra arguments go to sparecycles-cli (e.g. --data-dir DIR, --cores N).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/bin/sparecycles-cli run --local --always-run "$@"
