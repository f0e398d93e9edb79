#!/bin/sh
# e2e.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# The real window in a real X server (Xvfb), driven by xdotool:
#   1. keys only: create a player, set the text speed to instant in Settings,
#      open the recommended scenario and play it to the debrief;
#   2. mouse clicks only: pick that player, open a scenario, play to the debrief.
# Then reads the player's progress file (python3's json) and checks both
# sessions were recorded. Screenshots of every step go to SCREENSHOT_DIR
# (default: build/screenshots) as PNG, plus the window's own BMPs per screen.
#
# Where to click comes from RAPPORT_UI_BOXES: the window rewrites that file
# after every frame with its clickable boxes, so the test clicks what is
# really drawn. Scenario: scenarios/networking/coffee_line.lua when present
# (a starter), else tests/ui/scenarios/tiny.lua.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=xvfb.sh
. "$HERE/xvfb.sh"
e2e_begin "$1" e2e "${2:-$ROOT/build/screenshots}"

# A library of one starter scenario, so "recommended" is predictable.
mkdir -p "$WORK/lib" "$WORK/data" "$WORK/bmp-keys" "$WORK/bmp-mouse"
if [ -f "$ROOT/scenarios/networking/coffee_line.lua" ] &&
    "$BIN" check "$ROOT/scenarios/networking/coffee_line.lua" >/dev/null 2>&1; then
    cp "$ROOT/scenarios/networking/coffee_line.lua" "$WORK/lib/"
else
    cp "$HERE/scenarios/tiny.lua" "$WORK/lib/"
fi
echo "e2e: scenario $(ls "$WORK/lib")"

# Without a display: one line pointing to the terminal player, exit 1.
set +e
msg=$(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$BIN" --data-dir "$WORK/data" 2>&1)
rc=$?
set -e
[ $rc -eq 1 ] && [ "$msg" = "rapport: no display found; play in the terminal with: rapport play --text ID" ] ||
    { echo "e2e: no-display message wrong (rc $rc): $msg"; exit 1; }
# A display named but not there: the same, saying which did not answer.
set +e
msg=$(env -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER DISPLAY=:9876 "$BIN" --data-dir "$WORK/data" 2>&1 | tail -1)
set -e
case $msg in
    "rapport: no display found; play in the terminal with: rapport play --text ID (DISPLAY=:9876 did not answer)") ;;
    *) echo "e2e: a display that does not answer: message wrong: $msg"; exit 1 ;;
esac

e2e_display e2e
export RAPPORT_SCENARIOS="$WORK/lib"

# RAPPORT_BENCH lines for scripts/bench (their format, not their figures:
# timings belong to the bench). First frame, then quit with 0.
set +e
msg=$(RAPPORT_BENCH=1 RAPPORT_BENCH_EXIT_AFTER_FIRST_FRAME=1 "$BIN" --data-dir "$WORK/bench" \
    --player Ben 2>&1)
rc=$?
set -e
echo "$msg" | grep -Eqx 'bench first_frame_ms=[0-9]+\.[0-9]+' && [ $rc -eq 0 ] ||
    { echo "e2e: RAPPORT_BENCH first frame wrong (rc $rc): $msg"; exit 1; }
echo "e2e: $msg"

start_app() {
    rm -f "$RAPPORT_UI_BOXES"
    RAPPORT_BENCH=${BENCH:-0} RAPPORT_SHOTS_DIR="$WORK/bmp-$1" "$BIN" --data-dir "$WORK/data" \
        >"$WORK/app-$1.log" 2>&1 &
    APID=$!
    WID=$(window_id "$APID") || true
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    wait_for screen
}

# wait_for PATTERN: until the last frame mentions it (screen names, actions).
wait_for() {
    boxes_wait "$1" 600 "${APID:-}" || {
        echo "e2e: see above; the window's output:"
        tail -5 "$WORK"/app-*.log 2>/dev/null
        exit 1
    }
}

# The loops below decide their next input from the frame, so after each
# input they wait with changed_from (xvfb.sh) for the frame drawn after it
# (on a busy machine a fixed pause is not enough: a second Enter on the
# debrief opened the next scenario). Every input here changes the frame's
# first line: a step, the coach panel, the screen, or a refused pick.

SHOT=0
shot() {
    SHOT=$((SHOT + 1))
    sleep 0.15 # let the frame reach the X server
    import -window root "$SHOTS/$(printf 'e2e-%s-%02d' "$PHASE" $SHOT)-$1.png"
}


# ---- 1. keys only ----
PHASE=keys
BENCH=1 # and check its lines: one first frame, a redraw after each key that changed the screen
start_app keys
BENCH=0
shot player
xdotool type --delay 40 "Kay"
xdotool key Return
wait_for "screen library"
shot library
xdotool key s
wait_for "screen settings"
xdotool key Down Down Left Left Left # text speed row: down to Instant
sleep 0.2
shot settings
xdotool key Escape
wait_for "screen library"
xdotool key Return # the recommended scenario (focus starts on it)
wait_for "screen conversation"
shot conversation
# A pick within 250 ms of the choices appearing is refused by design (the
# input guard; "refused N early" in the frame's first line): a refused key
# does not count as a step, it is sent again. n counts the inputs taken,
# refusals have their own hang guard.
n=0 refusals=0
while [ "$(screen)" = conversation ]; do
    n=$((n + 1))
    [ $n -gt 80 ] && { echo "e2e: keys run did not reach the debrief"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    before=$(frame_head)
    r=$(frame_field refused)
    if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
        xdotool key Return # close the coach panel
    elif grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
        shot ending
        xdotool key Return
    else
        xdotool key 1
    fi
    changed_from "$before"
    if [ "$(frame_field refused)" != "$r" ]; then
        n=$((n - 1)) refusals=$((refusals + 1))
        [ $refusals -gt 2000 ] && { echo "e2e: every pick refused"; cat "$RAPPORT_UI_BOXES"; exit 1; }
        sleep 0.05 # not a wait for a state: only spares the window a flood of refused keys
        continue
    fi
    [ $n -le 3 ] && shot step
done
wait_for "screen debrief"
shot debrief
xdotool key Escape
wait_for "screen library"
kill "$APID"
wait "$APID" 2>/dev/null || true
APID=
[ "$(grep -c '^bench first_frame_ms=' "$WORK/app-keys.log")" -eq 1 ] &&
    [ "$(grep -Ec '^bench redraw_ms=[0-9]+\.[0-9]+$' "$WORK/app-keys.log")" -ge 5 ] ||
    { echo "e2e: RAPPORT_BENCH lines missing:"; cat "$WORK/app-keys.log"; exit 1; }

# ---- 2. mouse only ----
PHASE=mouse
# click ACTION [ARG]: the centre of the first box with that action (and arg).
click() {
    xy=$(awk -v a="$1" -v g="${2:-}" '$1 == "hit" && $2 == a && (g == "" || $3 == g) {
            print int($4 + $6 / 2), int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
    [ -n "$xy" ] || { echo "e2e: nothing to click for $1 $2"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    before=$(frame_head)
    # shellcheck disable=SC2086
    xdotool mousemove --window "$WID" $xy click 1
    changed_from "$before"
}
start_app mouse
wait_for "hit PLAYER 0"
shot player
click PLAYER 0
wait_for "screen library"
shot library
click OPEN
wait_for "screen conversation"
shot conversation
n=0 refusals=0
while [ "$(screen)" = conversation ]; do
    n=$((n + 1))
    [ $n -gt 80 ] && { echo "e2e: mouse run did not reach the debrief"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    r=$(frame_field refused)
    if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
        click CONTINUE
    elif grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
        shot ending
        click DEBRIEF
    else
        # The last choice this time, for a different path than the keys run.
        last=$(awk '$1 == "hit" && $2 == "CHOOSE" { a = $3 } END { print a }' "$RAPPORT_UI_BOXES")
        [ -n "$last" ] || { sleep 0.1; continue; }
        click CHOOSE "$last"
    fi
    if [ "$(frame_field refused)" != "$r" ]; then # refused as too early: click again
        n=$((n - 1)) refusals=$((refusals + 1))
        [ $refusals -gt 2000 ] && { echo "e2e: every click refused"; cat "$RAPPORT_UI_BOXES"; exit 1; }
        sleep 0.05
        continue
    fi
    [ $n -le 3 ] && shot step
done
wait_for "screen debrief"
shot debrief
click GO 4 # Progress
wait_for "screen progress"
shot progress
kill "$APID"
wait "$APID" 2>/dev/null || true
APID=

# ---- the progress file ----
for phase in keys mouse; do
    for f in "$WORK/bmp-$phase"/*.bmp; do
        [ -f "$f" ] && convert "$f" "$SHOTS/window-$phase-$(basename "${f%.bmp}").png"
    done
done
python3 - "$WORK/data" <<'EOF'
import glob, json, sys
files = [f for f in glob.glob(sys.argv[1] + "/*.json")]
assert len(files) == 1, "expected one progress file, found %r" % files
p = json.load(open(files[0]))
assert p["player"] == "Kay", p["player"]
recs = p["sessions"]
assert len(recs) == 2, "expected 2 sessions recorded, found %d" % len(recs)
for r in recs:
    assert r["outcome"], r
    assert r["mode"] == "practice", r["mode"]
    assert len(r["choices"]) >= 1 and len(r["path"]) >= 2, r
    for name, s in r["skills"].items():
        assert 0 <= s["percent"] <= 100, (name, s)
assert p["settings"]["text_speed"] == 0, p["settings"]
print("e2e: progress file has %d sessions: %s" % (len(recs), ", ".join(r["outcome"] for r in recs)))
EOF
echo "e2e: screenshots in $SHOTS"
