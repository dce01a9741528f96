#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every dashboard page of the real app, as a user sees it: an Xvfb server with
# the trayer tray host, `sparecycles --local` in a fresh data folder (tasks flow, credit lands),
# then each page at the default and the minimum window size, light and dark, English and German.
# Usage: scripts/screenshots.sh [OUT_DIR (docs/screenshots)] [SECONDS_TO_EARN (90)]
#   SC_SCREENSHOT_LANGS="fr es pt_BR ru ja zh_CN" and SC_SCREENSHOT_LOOKS="light" choose others
#   (Chinese and Japanese need fonts-noto-cjk, which scripts/setup.sh installs with the test tools).
#   SC_SCREENSHOT_SEED=CMD runs `CMD DATA_DIR` before each look, while the app is not running:
#   scripts/seed-gpu-history.sh makes up graphics card work for a machine without a graphics card.
# Needs a build in build/ (scripts/build.sh). Takes about 2 minutes per look.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
earn=${2:-90}
bin=build/bin
mkdir -p "$out"
display=:${SC_SCREENSHOT_DISPLAY:-97}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
DISPLAY=$display trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
pids+=($!)
data=$work/data
"$bin/sparecycles-cli" config set setup_done true --data-dir "$data" >/dev/null
# Xvfb has no keyboard or mouse: after a minute the demo counts as "away" and tasks run.
"$bin/sparecycles-cli" config set idle_minutes 1 --data-dir "$data" >/dev/null
pages=(overview earnings history thispc settings activity)
first=1
for look in ${SC_SCREENSHOT_LOOKS:-light dark}; do
  for lang in ${SC_SCREENSHOT_LANGS:-en de}; do
    dark=0; [ "$look" = dark ] && dark=1
    case "$lang" in
      en) locale=en_GB ;; de) locale=de_DE ;; fr) locale=fr_FR ;; es) locale=es_ES ;; pt_BR) locale=pt_BR ;;
      ru) locale=ru_RU ;; ja) locale=ja_JP ;; zh_CN) locale=zh_CN ;; *) echo "unknown language $lang" >&2; exit 2 ;;
    esac
    envs=(LANGUAGE="$lang" LANG="$locale.UTF-8" LC_ALL="$locale.UTF-8")
    [ -z "${SC_SCREENSHOT_SEED:-}" ] || $SC_SCREENSHOT_SEED "$data"
    env DISPLAY=$display SC_UI_DARK=$dark "${envs[@]}" "$bin/sparecycles" --data-dir "$data" --local \
      >"$work/app-$look-$lang.log" 2>&1 &
    app=$!
    pids+=($app)
    # The first look waits for the demo to earn; later ones only for the window.
    wait_s=8; [ $first = 1 ] && wait_s=$earn
    first=0
    win=
    for _ in $(seq 1 60); do
      win=$(DISPLAY=$display xdotool search --onlyvisible --name '^SpareCycles$' 2>/dev/null | head -1) && [ -n "$win" ] && break
      sleep 0.5
    done
    [ -n "$win" ] || { echo "no window for $look $lang" >&2; cat "$work/app-$look-$lang.log" >&2; exit 1; }
    sleep "$wait_s"
    for size in default minimum; do
      if [ $size = minimum ]; then DISPLAY=$display xdotool windowsize "$win" 760 540; else DISPLAY=$display xdotool windowsize "$win" 960 680; fi
      DISPLAY=$display xdotool windowmove "$win" 0 30
      sleep 1
      for i in "${!pages[@]}"; do
        DISPLAY=$display xdotool windowfocus --sync "$win" key "ctrl+$((i + 1))"
        sleep 1.5
        DISPLAY=$display import -window "$win" "$out/${pages[$i]}-$look-$lang-$size.png"
      done
    done
    kill "$app"; wait "$app" 2>/dev/null || true
  done
done
echo "screenshots in $out"
