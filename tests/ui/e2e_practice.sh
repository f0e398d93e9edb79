#!/bin/sh
# e2e_practice.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# Deliberate practice in the real window (Xvfb, xdotool; docs/practice.md):
#   1. the homework follow-up: a player whose last session's homework is due
#      is asked how it went when the window opens (keys: 2 = partly, a typed
#      note, Enter);
#   2. confidence before (a key: 3), say it first (words typed with the
#      keyboard, then Enter; the second moment skipped with a click), the
#      choices picked by key and by click, confidence after (a click: 5);
#   3. the debrief shows the words beside the feedback; "Replay from Lee
#      Park's side" (T) walks the route and comes back (Right, a click);
#   4. a second player answers the homework question with the mouse (I did
#      it, Keep it).
# Then reads the progress file (python3's json): the answer and its note,
# the confidence before and after, the words at step 1 and none at step 2,
# the homework text. Waits for the window's states (RAPPORT_UI_BOXES), never
# for time. Screenshots go to SCREENSHOT_DIR as practice-*.png.
set -eu

BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHOTS=${2:-$ROOT/build/screenshots}
mkdir -p "$SHOTS"
SHOTS=$(cd "$SHOTS" && pwd)
WORK=$(mktemp -d /tmp/rapport-practice-XXXXXX)
XPID=
APID=
cleanup() {
    [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
    [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
fail() {
    echo "e2e_practice: $*"
    grep -v '^hit TEXT' "$RAPPORT_UI_BOXES" 2>/dev/null || true
    exit 1
}

. "$HERE/xvfb.sh"
start_xvfb "$WORK/xvfb.log" || { echo "e2e_practice: Xvfb did not start"; cat "$WORK/xvfb.log"; exit 1; }
export RAPPORT_UI_BOXES="$WORK/boxes.txt"
mkdir -p "$WORK/lib" "$WORK/data"
cp "$ROOT/tests/cli/practice.lua" "$WORK/lib/"
export RAPPORT_SCENARIOS="$WORK/lib"

# A player who asked for both questions and say it first, with one session
# two days old whose homework was never asked about: made by the terminal
# player, then aged.
printf '1\n1\n' | "$BIN" play --text --seed 5 --data-dir "$WORK/data" --player Pia \
    "$WORK/lib/practice.lua" >/dev/null 2>&1 || fail "could not make the first session"
printf '1\n1\n' | "$BIN" play --text --seed 5 --data-dir "$WORK/data" --player Mo \
    "$WORK/lib/practice.lua" >/dev/null 2>&1 || fail "could not make Mo's session"
PROG=$(grep -l '"player":[[:space:]]*"Pia"' "$WORK/data"/*.json)
PROG_MO=$(grep -l '"player":[[:space:]]*"Mo"' "$WORK/data"/*.json)
for f in "$PROG" "$PROG_MO"; do
python3 - "$f" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["settings"].update(say_first=True, ask_confidence=True, text_speed=0)
s = d["sessions"][0]
s["started"], s["ended"] = "2026-01-05T10:00:00Z", "2026-01-05T10:04:00Z"
assert s["homework"]["text"].startswith("Tomorrow"), s
json.dump(d, open(sys.argv[1], "w"), indent=1)
EOF
done

wait_for() { boxes_wait "$1" || fail "waited for '$1'"; }
# field NAME: the number after NAME in the frame's first line.
field() { sed -n "1s/.* $1 \\(-*[0-9][0-9]*\\).*/\\1/p" "$RAPPORT_UI_BOXES"; }
click() { # ACTION [ARG]: the centre of the first box with that action (and arg)
    xy=$(awk -v a="$1" -v g="${2:-}" '$1 == "hit" && $2 == a && (g == "" || $3 == g) {
            print int($4 + $6 / 2), int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
    [ -n "$xy" ] || fail "nothing to click for $1 $*"
    # shellcheck disable=SC2086
    xdotool mousemove --window "$WID" $xy click 1
}
SHOT=0
shot() {
    SHOT=$((SHOT + 1))
    sleep 0.15 # let the frame reach the X server before the screenshot
    import -window root "$SHOTS/$(printf 'practice-%02d' $SHOT)-$1.png"
}
# until_steps N CMD...: repeats CMD until the session has N steps (a pick
# within 250 ms of the choices appearing is refused by design: try again).
until_steps() {
    want=$1
    shift
    t=0
    while [ "$(field steps)" -lt "$want" ]; do
        t=$((t + 1))
        [ $t -gt 30 ] && fail "no pick after '$*'"
        "$@"
        sleep 0.3
    done
}

"$BIN" --data-dir "$WORK/data" --player Pia >"$WORK/app.log" 2>&1 &
APID=$!
WID=$(xdotool search --sync --onlyvisible --name '^rapport$' | head -1)
xdotool windowfocus --sync "$WID" 2>/dev/null || true

# ---- 1. the homework follow-up, with keys ----
wait_for "^screen ask"
wait_for "^hit HOMEWORK 1 "
shot homework
xdotool key 2
wait_for "^hit HW_SAVE"
xdotool type --delay 40 "tried it once"
shot homework-note
xdotool key Return
wait_for "^screen library"

# ---- 2. confidence before (key), say it first, confidence after (mouse) ----
xdotool key Return # the only scenario, recommended
wait_for "^screen ask"
wait_for "^hit CONFIDENCE 5 "
shot confidence-before
xdotool key 3
wait_for "^screen conversation"
wait_for "^hit SAY 0 "
xdotool type --delay 30 "That sounds hard. What did they say?"
shot say-first
xdotool key Return
wait_for "^hit CHOOSE 2 "
shot closest
until_steps 1 xdotool key 1
wait_for "^hit CONTINUE"
xdotool key Return # close the coach panel
wait_for "^hit SAY 1 "
click SAY 1 # skip the words this time
wait_for "^hit CHOOSE 2 "
until_steps 2 click CHOOSE 1
wait_for "^hit CONTINUE"
click CONTINUE
wait_for "^hit DEBRIEF"
click DEBRIEF
wait_for "^screen ask"
wait_for "^hit CONFIDENCE 5 "
shot confidence-after
click CONFIDENCE 5

# ---- 3. the debrief, and their side ----
wait_for "^screen debrief"
wait_for "^hit SIDE 0 "
xdotool key Page_Down Page_Down Page_Down
shot debrief-words
xdotool key t
wait_for "^screen their_side"
shot their-side-1
xdotool key Right
wait_for "^hit SIDE_STEP -1 "
shot their-side-2
click SIDE_STEP 1 # past the last step: back to the debrief
wait_for "^screen debrief"
xdotool key p
wait_for "^screen progress"
shot progress
kill "$APID"
wait "$APID" 2>/dev/null || true
APID=

# ---- 4. the homework question with the mouse ----
"$BIN" --data-dir "$WORK/data" --player Mo >"$WORK/app2.log" 2>&1 &
APID=$!
wait_for "^screen ask"
wait_for "^hit HOMEWORK 0 "
WID=$(xdotool search --sync --onlyvisible --name '^rapport$' | head -1)
click HOMEWORK 0
wait_for "^hit HW_SAVE"
click HW_SAVE
wait_for "^screen library"
kill "$APID"
wait "$APID" 2>/dev/null || true
APID=
python3 - "$PROG_MO" <<'EOF' || fail "Mo's homework answer is not in the file"
import json, sys
hw = json.load(open(sys.argv[1]))["sessions"][0]["homework"]
assert hw["answer"] == "did" and "note" not in hw, hw
EOF

python3 - "$PROG" <<'EOF' || fail "the progress file is not as expected"
import json, sys
d = json.load(open(sys.argv[1]))
old, new = d["sessions"]
assert old["homework"]["answer"] == "partly" and old["homework"]["note"] == "tried it once", old["homework"]
assert new["confidence_before"] == 3 and new["confidence_after"] == 5, new
said = [c.get("said") for c in new["choices"]]
assert said == ["That sounds hard. What did they say?", None], said
assert new["homework"]["text"].startswith("Tomorrow") and "answer" not in new["homework"], new
print("e2e_practice: homework partly with its note; confidence 3 -> 5; words kept at step 1 only")
EOF
echo "e2e_practice: screenshots in $SHOTS"
