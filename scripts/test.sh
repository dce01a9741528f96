#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with -Werror, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
SC_WITH_TEST_TOOLS=1 SC_CMAKE_ARGS="-DSC_WERROR=ON" bash scripts/build.sh
ctest --test-dir build --output-on-failure --no-tests=error -j2
