#!/usr/bin/env bash
# End to end on a real X server: start `concord-desktop --demo`, wait for its window and data,
# take a screenshot of the screen, check that it shows something, and stop the program.
#   e2e_demo_screenshot.sh PATH/TO/concord-desktop OUTPUT_DIR
set -u
app=${1:?usage: $0 PATH/TO/concord-desktop OUTPUT_DIR}
outdir=${2:?usage: $0 PATH/TO/concord-desktop OUTPUT_DIR}
shot="$outdir/demo.png"
log="$outdir/demo.log"

pid=""
fail() {
  echo "e2e_demo_screenshot: FAIL: $*" >&2
  if [ -n "$pid" ]; then sed 's/^/  app: /' "$log" >&2; fi
  exit 1
}

[ -n "${DISPLAY:-}" ] || fail "DISPLAY is not set; run under an X server (./dev.sh test uses xvfb-run)"
for tool in xdotool import identify; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install xdotool imagemagick)"
done
[ -x "$app" ] || fail "$app is not an executable"
mkdir -p "$outdir"
rm -f "$shot" "$log"

"$app" --demo >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' EXIT

# The title is set before the window is shown, so the first mapped match is ours.
timeout 60 xdotool search --sync --onlyvisible --name "Concord Desktop" >/dev/null \
  || fail "no visible window titled 'Concord Desktop' within 60 s"
kill -0 "$pid" 2>/dev/null || fail "the program exited early"
sleep 3 # the first page of contacts
kill -0 "$pid" 2>/dev/null || fail "the program exited while loading"

import -window root "$shot" || fail "import could not take the screenshot"
[ -s "$shot" ] || fail "$shot is empty"
colours=$(identify -format '%k' "$shot") || fail "identify cannot read $shot"
bytes=$(stat -c %s "$shot")
echo "e2e_demo_screenshot: $shot: $bytes bytes, $colours colours"
[ "$colours" -ge 2 ] || fail "the screenshot has a single colour"
[ "$bytes" -gt 20000 ] || fail "the screenshot is suspiciously small ($bytes bytes)"
echo "e2e_demo_screenshot: PASS"
