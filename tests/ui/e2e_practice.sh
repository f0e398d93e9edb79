#!/bin/sh
# e2e_practice.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# Deliberate practice in the real window (Xvfb, xdotool; docs/practice.md):
#   1. the homework follow-up: a player whose last session's homework is due
#      is asked how it went when the window opens (keys: 2 = partly, a typed
#      note with a word pasted by the middle button, Enter);
#   2. the conversation opens at once with the confidence strip over it,
#      answered with a click (3: say it first is typing, so Shift+digit types
#      there); say it first (words typed, edited with Shift+Left, a click,
#      Ctrl+A, Ctrl+C, Delete and Ctrl+V, then Enter; the second moment
#      skipped with a click), the choices picked by key and by click; the
#      debrief's strip answered with a key (Shift+5);
#   3. the debrief shows the words beside the feedback; "Replay from Lee
#      Park's side" (T) walks the route and comes back (Right, a click);
#   4. a second player answers the homework question with the mouse (I did
#      it, Keep it);
#   5. a new player (asked by default): the key 1 takes choice 1 of the first
#      decision with the strip showing, and the strip goes; the debrief's
#      strip ignores the digits, "Not now" is clicked; their side by clicks
#      (its button, then each step); on a retry Shift+4
#      answers before the first choice and picks nothing, the debrief's 2 is
#      clicked;
#   6. Settings: the confidence row turned off with a click; the next
#      conversation and its debrief show no strip.
# Then reads the progress files (python3's json): the answer and its note,
# the confidence before and after, the words at step 1 and none at step 2,
# the homework text, the new player's setting and answers. Waits for the
# window's states (RAPPORT_UI_BOXES), never for time. Screenshots go to
# SCREENSHOT_DIR as practice-*.png.
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
# Each try waits for the frame drawn after it (changed_from, xvfb.sh: a step
# or a refusal counted), so a pick the window shows late is never sent again.
until_steps() {
    want=$1
    shift
    t=0
    while [ "$(field steps)" -lt "$want" ]; do
        t=$((t + 1))
        [ $t -gt 30 ] && fail "no pick after '$*'"
        sleep 0.3 # past the input guard for a person's pick
        before=$(frame_head)
        "$@"
        changed_from "$before"
    done
}

# advance REGEX CMD...: repeats CMD until the last frame matches REGEX (an
# Enter may first close the coach panel or show the whole line). Each time it
# waits for the frame drawn after CMD (changed_from, xvfb.sh), not a fixed
# time: sent again after 2 s as it once was, an Enter the window had not yet
# drawn the answer to could act twice on a busy machine.
advance() {
    want=$1
    shift
    t=0
    until grep -Eq "$want" "$RAPPORT_UI_BOXES"; do
        t=$((t + 1))
        [ $t -gt 30 ] && fail "'$*' never led to '$want'"
        sleep 0.3 # past the input guard of a new view
        before=$(frame_head)
        "$@"
        changed_from "$before"
    done
}
# gone ACTION: until the last frame has no box for ACTION (a bounded wait).
gone() {
    t=0
    while grep -q "^hit $1 " "$RAPPORT_UI_BOXES"; do
        t=$((t + 1))
        [ $t -gt 600 ] && fail "'$1' is still on screen"
        sleep 0.05
    done
}

"$BIN" --data-dir "$WORK/data" --player Pia >"$WORK/app.log" 2>&1 &
APID=$!
WID=$(window_id "$APID") || true
xdotool windowfocus --sync "$WID" 2>/dev/null || true

# ---- 1. the homework follow-up, with keys ----
wait_for "^screen ask"
wait_for "^hit HOMEWORK 1 "
shot homework
xdotool key 2
wait_for "^hit HW_SAVE"
xdotool type --delay 40 "tried it once"
# The primary selection (X11): Ctrl+Shift+Left selects "once", and a middle
# click at the field's right end pastes it there after more typing.
xdotool key ctrl+shift+Left End
xdotool type --delay 40 " and then "
xy=$(awk '$1 == "hit" && $2 == "FIELD" { print $4 + $6 - 4, int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
[ -n "$xy" ] || fail "no text field for the note"
# shellcheck disable=SC2086
xdotool mousemove --window "$WID" $xy click 2
shot homework-note
xdotool key Return
wait_for "^screen library"

# ---- 2. confidence before (mouse), say it first, confidence after (keys) ----
xdotool key Return # the only scenario, recommended
wait_for "^screen conversation"
wait_for "^hit CONFIDENCE 5 "
wait_for "^hit SAY 0 "
shot confidence-before
click CONFIDENCE 3
gone CONFIDENCE
xdotool type --delay 30 "That sounds hard. What did they say?"
# Editing the words as at any desktop (ui_field.c): Shift+Left selects
# "say?" and typing replaces it; a click at the field's left edge puts the
# caret at the start; Ctrl+A, Ctrl+C, Delete and Ctrl+V go through the X
# clipboard and give the same words back. The progress file has the result.
xdotool key shift+Left shift+Left shift+Left shift+Left
shot say-first-selection
xdotool type --delay 30 "mean?"
xy=$(awk '$1 == "hit" && $2 == "FIELD" { print $4 + 2, int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
[ -n "$xy" ] || fail "no text field for the words"
# shellcheck disable=SC2086
xdotool mousemove --window "$WID" $xy click 1
xdotool type --delay 30 "Oh. "
xdotool key ctrl+a ctrl+c Delete ctrl+v
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
wait_for "^screen debrief"
wait_for "^hit CONFIDENCE 5 "
shot confidence-after
xdotool key 5 # a digit alone is no answer here
xdotool key shift+5
gone CONFIDENCE
shot confidence-answered

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
# Each window starts on a fresh frame file: a wait must never match the last
# frame of the window before (part 5 once sent its Enter to a window that had
# not drawn yet, reading Mo's last "screen library" as the new one's).
rm -f "$RAPPORT_UI_BOXES"
"$BIN" --data-dir "$WORK/data" --player Mo >"$WORK/app2.log" 2>&1 &
APID=$!
wait_for "^screen ask"
wait_for "^hit HOMEWORK 0 "
WID=$(window_id "$APID") || true
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

# ---- 5. a new player: asked by default, never in the way of a key ----
rm -f "$RAPPORT_UI_BOXES"
"$BIN" --data-dir "$WORK/data" --player Kit >"$WORK/app3.log" 2>&1 &
APID=$!
wait_for "^screen library"
WID=$(window_id "$APID") || true
xdotool windowfocus --sync "$WID" 2>/dev/null || true
advance "^screen conversation" xdotool key Return
wait_for "^hit CONFIDENCE 1 "
wait_for "^hit CHOOSE 1 "
shot new-player-opening
until_steps 1 xdotool key 1 # choice 1 of the first decision, as ever
grep -q "^hit CONFIDENCE" "$RAPPORT_UI_BOXES" && fail "the strip stays after the first choice"
wait_for "^hit CONTINUE"
advance "^hit CHOOSE 2 " xdotool key Return
until_steps 2 xdotool key 2
wait_for "^hit CONTINUE"
advance "^hit DEBRIEF" xdotool key Return
advance "^screen debrief" xdotool key Return
wait_for "^hit CONFIDENCE 0 "
xdotool key 3 # a digit: no answer
shot new-player-debrief
click CONFIDENCE 0 # not now
gone CONFIDENCE
# Their side with the mouse: wheel down to its button, then click through.
n=0
until grep -q "^hit SIDE 0 " "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 40 ] && fail "no 'Replay from ...'s side' in the debrief"
    xdotool mousemove --window "$WID" 400 400 click 5
    boxes_wait "^hit SIDE 0 " 4 >/dev/null 2>&1 || true
done
click SIDE 0
wait_for "^screen their_side"
wait_for "^hit SIDE_STEP 1 "
click SIDE_STEP 1
wait_for "^hit SIDE_STEP -1 "
click SIDE_STEP 1 # past the last step: back to the debrief
wait_for "^screen debrief"
advance "^screen conversation" xdotool key r # retry: asked again
wait_for "^hit CONFIDENCE 4 "
xdotool key shift+4
gone CONFIDENCE
[ "$(field steps)" = 0 ] || fail "Shift+4 picked a choice"
wait_for "^hit CHOOSE 1 "
until_steps 1 click CHOOSE 1
wait_for "^hit CONTINUE"
advance "^hit CHOOSE 1 " click CONTINUE
until_steps 2 click CHOOSE 1
wait_for "^hit CONTINUE"
advance "^hit DEBRIEF" click CONTINUE
advance "^screen debrief" click DEBRIEF
wait_for "^hit CONFIDENCE 2 "
click CONFIDENCE 2
gone CONFIDENCE

# ---- 6. Settings: turned off with a click, then nothing is asked ----
advance "^screen library" xdotool key Escape
advance "^screen settings" xdotool key s
n=0
until grep -q "^hit ASK_CONF 0 " "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 40 ] && fail "no confidence row in Settings"
    xdotool mousemove --window "$WID" 400 400 click 5 # the row may sit below the fold
    boxes_wait "^hit ASK_CONF 0 " 4 >/dev/null 2>&1 || true
done
click ASK_CONF 0
shot settings-confidence-off
advance "^screen library" xdotool key Escape
advance "^screen conversation" xdotool key Return
wait_for "^hit CHOOSE 1 "
grep -q "^hit CONFIDENCE" "$RAPPORT_UI_BOXES" && fail "asked although turned off"
until_steps 1 xdotool key 1
wait_for "^hit CONTINUE"
advance "^hit CHOOSE 1 " xdotool key Return
until_steps 2 xdotool key 1
wait_for "^hit CONTINUE"
advance "^hit DEBRIEF" xdotool key Return
advance "^screen debrief" xdotool key Return
wait_for "^hit RETRY"
grep -q "^hit CONFIDENCE" "$RAPPORT_UI_BOXES" && fail "asked in the debrief although turned off"
kill "$APID"
wait "$APID" 2>/dev/null || true
APID=
PROG_KIT=$(grep -l '"player":[[:space:]]*"Kit"' "$WORK/data"/*.json)
python3 - "$PROG_KIT" <<'EOF' || fail "Kit's file is not as expected"
import json, sys
d = json.load(open(sys.argv[1]))
assert "ask_confidence" not in d["settings"], d["settings"]  # turned off, kept off
s = d["sessions"]
assert len(s) == 3, len(s)
assert "confidence_before" not in s[0] and "confidence_after" not in s[0], s[0]
assert s[1]["confidence_before"] == 4 and s[1]["confidence_after"] == 2, s[1]
assert "confidence_before" not in s[2] and "confidence_after" not in s[2], s[2]
print("e2e_practice: new player asked by default; key 1 played; 4 -> 2 on the retry; off in settings")
EOF

python3 - "$PROG" <<'EOF' || fail "the progress file is not as expected"
import json, sys
d = json.load(open(sys.argv[1]))
old, new = d["sessions"]
assert old["homework"]["answer"] == "partly" and old["homework"]["note"] == "tried it once and then once", old["homework"]
assert new["confidence_before"] == 3 and new["confidence_after"] == 5, new
said = [c.get("said") for c in new["choices"]]
assert said == ["Oh. That sounds hard. What did they mean?", None], said
assert new["homework"]["text"].startswith("Tomorrow") and "answer" not in new["homework"], new
print("e2e_practice: homework partly with its note; confidence 3 -> 5; words kept at step 1 only")
EOF
echo "e2e_practice: screenshots in $SHOTS"
