#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DEB and RPM packages into dist/ (docs/packaging.md):
#   dist/sparecycles_VERSION_amd64.deb       dist/sparecycles-VERSION-1.x86_64.rpm
#   dist/sparecycles-hub_VERSION_amd64.deb   dist/sparecycles-hub-VERSION-1.x86_64.rpm
# Installs what is missing (scripts/setup.sh, with dpkg-dev, rpm and file for the packagers),
# builds in build/ and packs from it; the programs are stripped in the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
SC_WITH_PACKAGING_TOOLS=1 bash scripts/build.sh
rm -rf dist
cpack --config build/CPackConfig.cmake -B build/_packages
ls -l dist/*.deb dist/*.rpm
