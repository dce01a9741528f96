#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the build needs, only those missing. Idempotent.
set -euo pipefail
PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  libxkbcommon-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libcurl4-openssl-dev libssl-dev libsqlite3-dev libx11-dev libxss-dev libcrypto++-dev libsecp256k1-dev
  libwayland-dev libwayland-bin
  openssl bubblewrap xvfb xauth x11-utils xdotool trayer dbus dbus-x11 imagemagick)
# Only the test command needs these (the Windows layer's compile check; clock jumps under libfaketime).
if [ "${SC_WITH_TEST_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(g++-mingw-w64-x86-64-posix libfaketime)
fi
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
