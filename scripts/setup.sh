#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the build needs, only those missing, and the local chain's
# npm packages (tools/localchain). Idempotent. python3-mnemonic is there for its BIP-39 English
# word list, which the build embeds (core/wallet/CMakeLists.txt); no Python runs.
set -euo pipefail
PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  libxkbcommon-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libcurl4-openssl-dev libssl-dev libsqlite3-dev libx11-dev libxext-dev libxss-dev libcrypto++-dev libsecp256k1-dev
  libseccomp-dev libwayland-dev libwayland-bin python3-mnemonic ocl-icd-opencl-dev opencl-headers
  openssl bubblewrap xvfb xauth x11-utils xdotool trayer dbus dbus-x11 imagemagick)
# Only the test command needs these (the Windows layer's compile check; clock jumps under
# libfaketime; clang and libFuzzer for the fuzz targets: libclang_rt.fuzzer is in
# libclang-rt-14-dev, which clang only recommends; PostgreSQL's server and nginx for the hub's
# replica tests, each run as a throwaway instance in /tmp, never the system's own).
if [ "${SC_WITH_TEST_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(g++-mingw-w64-x86-64-posix libfaketime clang libclang-rt-14-dev postgresql nginx)
  # PoCL: an OpenCL driver for the CPU, so the GPU task program's tests run its real kernel.
  PACKAGES+=(pocl-opencl-icd clinfo)
fi
# scripts/package.sh's packagers (dpkg-shlibdeps, rpmbuild, file); the test command also checks
# the packages (lintian), the desktop entry and the metainfo (desktop-file-validate,
# appstreamcli), and needs the CJK fonts for screenshots in Chinese and Japanese.
if [ "${SC_WITH_PACKAGING_TOOLS:-0}" = 1 ] || [ "${SC_WITH_TEST_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(dpkg-dev rpm file fakeroot)
fi
if [ "${SC_WITH_TEST_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(lintian desktop-file-utils appstream fonts-noto-cjk)
fi
# bench/peers/run.sh measures BOINC side by side with SpareCycles: Debian's client and manager.
# The package starts its boinc-client service where systemd runs; run.sh stops it for its run.
if [ "${SC_WITH_PEERS:-0}" = 1 ]; then
  PACKAGES+=(boinc-client boinc-manager)
fi
# The local EVM chain (tools/localchain, docs/localchain.md) runs on node. Debian's nodejs and
# npm only where there is no node or npm yet: NodeSource's nodejs ships its own npm and
# conflicts with Debian's npm package.
command -v node >/dev/null || PACKAGES+=(nodejs)
command -v npm >/dev/null || PACKAGES+=(npm)
if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "This setup script supports Debian 12. Install these packages (or your system's equivalents) and re-run:"
  printf '  %s\n' "${PACKAGES[@]}"
  exit 1
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# anvil and solc-js from the npm registry, exactly as tools/localchain/package-lock.json pins
# them, when they are missing or the lock file changed since. On Debian's node 18 npm warns
# that anvil's package wants node 20 (EBADENGINE): harmless, the anvil binary does not use node.
chain_tools="$(dirname "$0")/../tools/localchain"
if [ ! -f "$chain_tools/node_modules/.package-lock.json" ] \
    || [ "$chain_tools/package-lock.json" -nt "$chain_tools/node_modules/.package-lock.json" ]; then
  echo "Installing the local chain's tools (npm ci in tools/localchain)"
  (cd "$chain_tools" && npm ci --no-audit --no-fund)
fi
