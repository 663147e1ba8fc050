#!/bin/sh
# Runs "$@" in a private D-Bus session with a freshly created, unlocked gnome-keyring (a real
# Secret Service). The keyring lives in its own temporary XDG_DATA_HOME, so its password always
# matches and no unlock prompt can appear; the user's own session bus and keyring are never used.
set -eu
for tool in gnome-keyring-daemon dbus-run-session dbus-send secret-tool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with_keyring.sh: $tool is missing: run ./dev.sh to install the test tools" >&2
    exit 1
  fi
done
kdir=$(mktemp -d)
trap 'rm -rf "$kdir"' EXIT
unset DBUS_SESSION_BUS_ADDRESS
# For the whole session: should the bus ever activate a second daemon, it too stays in here.
export XDG_DATA_HOME="$kdir"
# Not exec: the trap removes the keyring folder afterwards. dbus-run-session ends the daemon
# together with the bus.
dbus-run-session -- sh -c '
  printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  # The daemon forks before it owns its name; a call made earlier would make the bus start
  # another, locked, daemon. Wait (at most 10 s) until ours answers.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ]; then
      echo "with_keyring.sh: gnome-keyring-daemon did not come up on the session bus" >&2
      exit 1
    fi
    sleep 0.1
  done
  exec "$@"' sh "$@"
