#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, and open concord-desktop --demo
#   ./dev.sh test   install what is missing, build, and run the whole test suite headless
#   ./dev.sh build  install what is missing and build only
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}

# Debian 12 packages the build, the tests and the demo need. Kept in one list so that
# `run` and `test` install exactly the same things.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev libvulkan-dev
  xvfb xauth xdotool imagemagick dbus gnome-keyring libsecret-tools
  nginx-light openssl fonts-dejavu-core
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  # nginx is started by the tests on loopback ports of their own, never as a system service.
  if command -v systemctl >/dev/null 2>&1; then $sudo systemctl disable --now nginx >/dev/null 2>&1 || true; fi
}

build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCORD_WERROR=$werror >/dev/null
  cmake --build "$BUILD_DIR" -j "${JOBS:-2}"
}

run_tests() {
  # Xvfb for the one end-to-end screenshot test and a private D-Bus session for tests that
  # need one; most tests run offscreen and use neither.
  export QT_QPA_PLATFORM=offscreen
  xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- \
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-2}" --timeout 300
}

case "${1:-}" in
  run)   install_missing; build; exec "$BUILD_DIR/bin/concord-desktop" --demo ;;
  test)  install_missing; build; run_tests ;;
  build) install_missing; build ;;
  *) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac
