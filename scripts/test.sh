#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with -Werror, runs every test; then builds without the UI;
# then builds and briefly runs the fuzz targets.
set -euo pipefail
cd "$(dirname "$0")/.."
SC_WITH_TEST_TOOLS=1 SC_CMAKE_ARGS="-DSC_WERROR=ON" bash scripts/build.sh
ctest --test-dir build --output-on-failure --no-tests=error -j2
# The same sources with SC_BUILD_UI=OFF, where Qt Widgets, Charts and Svg are not even looked
# for: proof that core, the hub, the CLI and the benches never need them. Only the fast unit
# tests run there (labels core, hub, app, about 30 s): the e2e, UI, network and platform tests
# exercise the same code that just passed above, and running the slow ones twice would add
# minutes on 2 cores and prove nothing new.
cmake -S . -B build-noui -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSC_BUILD_UI=OFF -DSC_WERROR=ON
cmake --build build-noui
ctest --test-dir build-noui --output-on-failure --no-tests=error -j2 -L '^(core|hub|app)$'
# The fuzz targets (fuzz/, docs/fuzzing.md): built with clang, ASan and UBSan in build-fuzz, each
# run for 10 s from its seeds in tests/data/fuzz, which hold every input that once crashed. A
# crash, a leak, undefined behaviour or a failed check fails the test command. Long runs:
# scripts/fuzz.sh.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSC_FUZZ=ON \
  -DSC_BUILD_UI=OFF -DSC_WERROR=ON
fuzz_corpus=$(mktemp -d)
trap 'rm -rf "$fuzz_corpus"' EXIT
SC_FUZZ_CORPUS=$fuzz_corpus bash scripts/fuzz.sh all 10
