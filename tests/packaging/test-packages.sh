#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packages, made, checked, installed, used and removed (docs/packaging.md):
#   tests/packaging/test-packages.sh BUILD_DIR
# 1. cpack makes both DEBs and both RPMs from BUILD_DIR; lintian finds no error in the DEBs;
#    rpm -qpl lists what each RPM must hold; the .desktop file and the metainfo validate.
# 2. apt-get installs the two DEBs; then, from the installed paths only (in an empty HOME, with
#    the build and source trees out of PATH): sparecycles-cli --version; a headless
#    `sparecycles-cli run --local --always-run` that earns credit from the installed hub, task
#    program and demo chain; the tray app started by the installed .desktop file's Exec line
#    under Xvfb, in German, showing its window.
# 3. apt-get purges both; nothing they installed is left.
# Needs root (or sudo without a password) for apt-get, and no SpareCycles package installed.
set -euo pipefail
build=$(cd "${1:?usage: test-packages.sh BUILD_DIR}" && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2>/dev/null || { echo "test-packages: needs root or passwordless sudo (apt-get install)"; exit 1; }
  SUDO="sudo -n"
fi
if dpkg-query -W -f='${Status}' sparecycles sparecycles-hub 2>/dev/null | grep -q "ok installed"; then
  echo "test-packages: a SpareCycles package is installed on this machine already; remove it first"
  exit 1
fi
work=$(mktemp -d /tmp/sc-packages.XXXXXX)
installed=0
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/data/local-hub/chain/chain.json" ] \
    && bash /usr/lib/sparecycles/localchain/localchain.sh stop "$work/data/local-hub/chain" >/dev/null 2>&1 || true
  if [ "$installed" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -q sparecycles sparecycles-hub >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $*"; }

# ---- 1. make and check -------------------------------------------------------------------
step "cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/cpack" -D CPACK_OUTPUT_FILE_PREFIX="$work/dist" >"$work/cpack.log" 2>&1 \
  || { tail -30 "$work/cpack.log"; fail "cpack"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' "$build/CPackConfig.cmake")
app_deb="$work/dist/sparecycles_${version}_amd64.deb"
hub_deb="$work/dist/sparecycles-hub_${version}_amd64.deb"
app_rpm="$work/dist/sparecycles-${version}-1.x86_64.rpm"
hub_rpm="$work/dist/sparecycles-hub-${version}-1.x86_64.rpm"
for f in "$app_deb" "$hub_deb" "$app_rpm" "$hub_rpm"; do
  [ -s "$f" ] || fail "cpack made no $f"
  echo "   $(basename "$f"): $(stat -c %s "$f") bytes"
done

step "lintian"
lintian --tag-display-limit 0 "$app_deb" "$hub_deb" >"$work/lintian.log" 2>&1 || true
sed 's/^/   /' "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reported errors"; fi

step "rpm -qpl"
rpm -qpl "$app_rpm" >"$work/app.rpm.list"
rpm -qpl "$hub_rpm" >"$work/hub.rpm.list"
for p in /usr/bin/sparecycles /usr/bin/sparecycles-cli /usr/share/applications/org.sparecycles.SpareCycles.desktop \
    /usr/share/metainfo/org.sparecycles.SpareCycles.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.sparecycles.SpareCycles.svg \
    /usr/share/icons/hicolor/256x256/apps/org.sparecycles.SpareCycles.png \
    /usr/share/sparecycles/translations/sparecycles_de.qm /usr/share/sparecycles/translations/sparecycles_ja.qm \
    /usr/lib/systemd/user/sparecycles-engine.service /usr/lib/sparecycles/localchain/localchain.sh \
    /usr/lib/sparecycles/sc-gpu-probe \
    /usr/lib/sparecycles/localchain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil \
    /usr/share/doc/sparecycles/copyright /usr/share/doc/sparecycles/changelog.gz; do
  grep -qxF "$p" "$work/app.rpm.list" || fail "the sparecycles RPM lacks $p"
done
for p in /usr/bin/sparecycles-hub /usr/lib/sparecycles/sc-primes /usr/lib/sparecycles/sc-matmul \
    /usr/share/doc/sparecycles-hub/copyright; do
  grep -qxF "$p" "$work/hub.rpm.list" || fail "the sparecycles-hub RPM lacks $p"
done
# Each file in exactly one package, and no file of the system's own folders claimed.
sort "$work/app.rpm.list" "$work/hub.rpm.list" | uniq -d | grep -vx '/usr/lib/sparecycles' && fail "a path in both RPMs" || true
grep -xE '/usr|/usr/bin|/usr/lib|/usr/share|/usr/share/applications|/usr/share/icons(/hicolor)?|/usr/lib/systemd(/user)?|/usr/share/doc' \
  "$work/app.rpm.list" "$work/hub.rpm.list" && fail "an RPM claims a system folder" || true
echo "   sparecycles: $(wc -l <"$work/app.rpm.list") paths, sparecycles-hub: $(wc -l <"$work/hub.rpm.list") paths"

step "desktop-file-validate, appstreamcli validate"
dpkg-deb -x "$app_deb" "$work/unpacked"
desktop-file-validate "$work/unpacked/usr/share/applications/org.sparecycles.SpareCycles.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/unpacked/usr/share/metainfo/org.sparecycles.SpareCycles.metainfo.xml" \
  || fail "appstreamcli validate"

# ---- 2. install and use -----------------------------------------------------------------
step "apt-get install"
installed=1
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$app_deb" "$hub_deb" \
  >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt-get install"; }
dpkg-query -L sparecycles sparecycles-hub | sort -u >"$work/installed.list"
echo "   $(wc -l <"$work/installed.list") paths installed"

# From here on only the installed programs: an empty home, the system's PATH.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
unset SPARECYCLES_LOCALCHAIN
mkdir -p "$HOME"
cd "$work"

step "sparecycles-cli --version"
out=$(/usr/bin/sparecycles-cli --version)
echo "   $out"
[[ "$out" == *"$version"* ]] || fail "--version says '$out', not $version"

step "sparecycles-cli run --local --always-run (earns credit)"
/usr/bin/sparecycles-cli run --local --always-run --cores 1 --data-dir "$work/data" >"$work/run.log" 2>&1 &
pids+=($!)
earned=0
for _ in $(seq 240); do
  sleep 1
  kill -0 "${pids[0]}" 2>/dev/null || { tail -20 "$work/run.log"; fail "the engine exited"; }
  earned=$(/usr/bin/sparecycles-cli status --data-dir "$work/data" --json 2>/dev/null \
    | sed -n 's/.*"earned_total": *\([0-9][0-9]*\).*/\1/p' | head -n1)
  [ "${earned:-0}" -gt 0 ] && break
done
[ "${earned:-0}" -gt 0 ] || { tail -30 "$work/run.log"; fail "no credit within 240 s"; }
echo "   earned $earned base units"
# What ran came from the installed tree: the hub from /usr/bin, the chain's anvil from
# /usr/lib/sparecycles (the task program is the hub's, served from /usr/lib/sparecycles).
hub_pid=$(pgrep -f -n '^/usr/bin/sparecycles-hub serve') || fail "no installed hub runs"
chain_pid=$(sed -n 's/.*"pid"[[:space:]]*:[[:space:]]*\([0-9][0-9]*\).*/\1/p' "$work/data/local-hub/chain/chain.json" | head -n1)
anvil=$(readlink "/proc/$chain_pid/exe" || true)
echo "   hub pid $hub_pid; chain: $anvil"
[[ "$anvil" == /usr/lib/sparecycles/localchain/* ]] || fail "the demo chain did not run from /usr/lib/sparecycles ($anvil)"
kill "${pids[0]}"
wait "${pids[0]}" || true
pids=()
pgrep -f '^/usr/bin/sparecycles-hub serve' >/dev/null && fail "the demo hub outlived the engine"

step "the tray app from the .desktop file's Exec line, under Xvfb, in German"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/org.sparecycles.SpareCycles.desktop)
# -displayfd: the server takes a free display and writes its number.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
display=:$(head -n1 "$work/display")
export DISPLAY=$display LANG=de_DE.UTF-8 LANGUAGE=de
dbus-run-session -- sh -c "exec $exec_line" >"$work/app.log" 2>&1 &
pids+=($!)
app_window=""
for _ in $(seq 60); do
  sleep 0.5
  app_window=$(xdotool search --onlyvisible --name 'SpareCycles' 2>/dev/null | head -n1 || true)
  [ -n "$app_window" ] && break
done
[ -n "$app_window" ] || { tail -20 "$work/app.log"; fail "the app showed no window within 30 s"; }
echo "   window: $(xdotool getwindowname "$app_window")"
app_pid=$(pgrep -n -x sparecycles) || fail "no sparecycles process"
[ "$(readlink "/proc/$app_pid/exe")" = /usr/bin/sparecycles ] || fail "the app that runs is not /usr/bin/sparecycles"
# Its German came from the installed translations (QTranslator maps the .qm file).
grep -q /usr/share/sparecycles/translations/sparecycles_de.qm "/proc/$app_pid/maps" \
  || fail "the app did not load /usr/share/sparecycles/translations/sparecycles_de.qm"
echo "   translations: /usr/share/sparecycles/translations/sparecycles_de.qm"
kill "$app_pid" 2>/dev/null || true
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
pids=()

# ---- 3. remove --------------------------------------------------------------------------
step "apt-get purge"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -q sparecycles sparecycles-hub >"$work/purge.log" 2>&1 \
  || { tail -20 "$work/purge.log"; fail "apt-get purge"; }
installed=0
left=0
while read -r path; do
  case "$path" in
    /.|/usr|/usr/bin|/usr/lib|/usr/share|/usr/share/applications|/usr/share/metainfo|/usr/share/doc|/usr/share/icons|\
    /usr/share/icons/hicolor|/usr/share/icons/hicolor/*x*|/usr/share/icons/hicolor/*x*/apps|/usr/share/icons/hicolor/scalable|\
    /usr/share/icons/hicolor/scalable/apps|/usr/lib/systemd|/usr/lib/systemd/user) continue ;;
  esac
  if [ -e "$path" ] || [ -L "$path" ]; then echo "   left: $path"; left=$((left + 1)); fi
done <"$work/installed.list"
[ "$left" = 0 ] || fail "$left installed paths are left after purge"
for d in /usr/lib/sparecycles /usr/share/sparecycles /usr/share/doc/sparecycles /usr/share/doc/sparecycles-hub; do
  [ ! -e "$d" ] || fail "$d is left after purge"
done
echo "   nothing left"
echo "PASS"
