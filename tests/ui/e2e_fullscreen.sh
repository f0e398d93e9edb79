#!/bin/sh
# e2e_fullscreen.sh RAPPORT_BINARY: full screen in the real window (Xvfb,
# xdotool; issue 17 "first impressions"): `rapport --fullscreen` and
# `rapport present --fullscreen` open full screen, F11 leaves it and F11 again
# returns, and the window keeps answering keys throughout. The window reports
# its full-screen flag in the first line of RAPPORT_UI_BOXES ("full 1"); the
# test waits for that state, never for time. (Xvfb runs no window manager, so
# the size itself is the desktop's business; the flag is what SDL was asked.)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=xvfb.sh
. "$HERE/xvfb.sh"
e2e_begin "$1" full
fail() {
    echo "e2e_fullscreen: $*"
    head -2 "$RAPPORT_UI_BOXES" 2>/dev/null || true
    exit 1
}

e2e_display e2e_fullscreen
export RAPPORT_SCENARIOS="$HERE/scenarios"

# run LABEL ARGS...: starts the window, checks the flag through F11 twice.
run() {
    label=$1
    shift
    rm -f "$RAPPORT_UI_BOXES"
    "$BIN" "$@" --data-dir "$WORK/data-$label" --player Fay >"$WORK/$label.log" 2>&1 &
    APID=$!
    boxes_wait '^screen .* full 1$' || fail "$label: did not open full screen"
    win=$(xdotool search --sync --pid "$APID" | head -1)
    xdotool key --window "$win" F11
    boxes_wait '^screen .* full 0$' || fail "$label: F11 did not leave full screen"
    xdotool key --window "$win" F11
    boxes_wait '^screen .* full 1$' || fail "$label: F11 did not return to full screen"
    xdotool key --window "$win" ctrl+q
    wait "$APID" || fail "$label: exit code $? after Ctrl+Q"
    APID=
    echo "ok $label"
}
run window --fullscreen
run present present "$HERE/scenarios/tiny.lua" --fullscreen
echo "e2e_fullscreen: passed"
