#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon (resources/icons/sparecycles.svg) into the PNG sizes the hicolor theme
# wants, kept in installer/linux/icons (librsvg2-bin's rsvg-convert). Run after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" resources/icons/sparecycles.svg -o "installer/linux/icons/$size.png"
done
