#!/bin/bash
# e2e_review.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# Issue 16's drills and spaced review in the real window under Xvfb, driven
# by xdotool, with the calendar and the clock injected (RAPPORT_TODAY,
# RAPPORT_NOW, TZ=UTC):
#   0. a terminal session on 2026-12-03 misses two moments (a, b), so on
#      2026-12-04 both are due;
#   1. keys only: the library says "2 moments to review today"; V opens the
#      Review screen, Enter plays the first moment (answered well), Enter the
#      next (missed), Enter finishes: nothing is left to review today;
#      Settings: G hides streak and goal, + raises the daily goal;
#   2. mouse only: a whole conversation that loses points at a, then
#      "Practise this moment" in the debrief, the drill played by clicks
#      (answered well on the day a was reviewed: its schedule holds), its
#      result, and "Again" (missed: a back to tomorrow, a lapse);
#   3. keys only, on 2026-12-10, with a learnt for a while (6 days, two
#      successes): a conversation that loses a, D in the debrief, the drill
#      answered well: a comes back 16 days later (6 x ease 2.6);
#   4. mouse only, the same day: the library's "1 moment to review today",
#      the round played by clicks, and Settings' goal buttons clicked.
# Then the progress file: the schedule moved (a well: reps 1; b missed: a
# lapse; then by the drills), drills saved as kind "drill" apart from the
# sessions and never counted as reviews, the settings.
# Screenshots go to SCREENSHOT_DIR (default build/screenshots).
set -eu

BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHOTS=${2:-$ROOT/build/screenshots}
mkdir -p "$SHOTS"
SHOTS=$(cd "$SHOTS" && pwd)
WORK=$(mktemp -d /tmp/rapport-e2e-review-XXXXXX)
XPID=
APID=
cleanup() {
    [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
    [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

export TZ=UTC
mkdir -p "$WORK/lib" "$WORK/data"
cat >"$WORK/lib/review_test.lua" <<'LUA'
return { format = 1, id = "t.review", title = "Review test", family = "test",
  summary = "Three moments with Maya; one answer at each is the strongest.",
  cast = { maya = { name = "Maya", role = "Lead" } }, start = "a",
  nodes = {
    a = { speaker = "maya", text = "How did you find the talk?", order = "fixed", choices = {
      { text = "What part stayed with you?", to = "b", score = { listening = 1 },
        trust = { maya = 1 }, feedback = "An open question hands her the floor." },
      { text = "I have a talk too, you know.", to = "b", score = { listening = -1 },
        feedback = "It turns the moment to you." } } },
    b = { speaker = "maya", text = "The pricing part, honestly.", order = "fixed", choices = {
      { text = "Pricing is hard. What made it click for you?", to = "c", score = { empathy = 1 },
        trust = { maya = 1 }, feedback = "You stay with what she said." },
      { text = "Sure.", to = "c", feedback = "It closes the topic." } } },
    c = { speaker = "maya", text = "Anyway, I should find my team.", order = "fixed", choices = {
      { text = "Good to meet you. Enjoy the rest.", to = "done", score = { empathy = 1 },
        feedback = "A warm close." },
      { text = "Bye.", to = "done", feedback = "Abrupt." } } },
    done = { speaker = "maya", text = "You too!", ending = "connected", grade = "good" } } }
LUA
export RAPPORT_SCENARIOS="$WORK/lib"
export RAPPORT_UI_BOXES="$WORK/boxes.txt"

# ---- 0. a session that misses a and b, saved on 2026-12-03 ----
RAPPORT_TODAY=2026-12-03 RAPPORT_NOW=2026-12-03T10:00:00Z "$BIN" play --text --choices 2,2,1 --data-dir "$WORK/data" --player Ana \
    t.review >"$WORK/play.log" 2>&1 || { echo "e2e_review: play failed"; cat "$WORK/play.log"; exit 1; }
FILE=$(ls "$WORK"/data/*.json)
# Instant text, so keys never wait for a typewriter.
python3 - "$FILE" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["settings"]["text_speed"] = 0
assert sorted(x["node"] for x in d["review"]) == ["a", "b"], d.get("review")
json.dump(d, open(sys.argv[1], "w"), indent=1)
EOF

. "$HERE/xvfb.sh"
start_xvfb "$WORK/xvfb.log" || { echo "e2e_review: Xvfb did not start"; cat "$WORK/xvfb.log"; exit 1; }
export RAPPORT_TODAY=2026-12-04 RAPPORT_NOW=2026-12-04T10:00:00Z # the sessions' stamps too

wait_for() {
    boxes_wait "$1" 600 "${APID:-}" || {
        echo "e2e_review: see above; the window's output:"
        tail -5 "$WORK"/app-*.log 2>/dev/null
        exit 1
    }
}
# gone REGEX: until the last frame has no line matching REGEX, which the frame
# before the last action had (polls every 50 ms; 600 times, a hang guard), so
# what follows reads the frame drawn after the action, not the one before it.
gone() {
    local n=0
    while grep -Eq "$1" "$RAPPORT_UI_BOXES"; do
        n=$((n + 1))
        [ $n -gt 600 ] && { echo "e2e_review: '$1' stayed; last frame:"; cat "$RAPPORT_UI_BOXES"; exit 1; }
        sleep 0.05
    done
}
SHOT=0
shot() {
    SHOT=$((SHOT + 1))
    sleep 0.15 # let the frame reach the X server
    import -window root "$SHOTS/$(printf 'e2e-review-%s-%02d' "$PHASE" $SHOT)-$1.png"
}
start_app() {
    rm -f "$RAPPORT_UI_BOXES"
    "$BIN" --data-dir "$WORK/data" --player Ana >"$WORK/app-$1.log" 2>&1 &
    APID=$!
    WID=$(window_id "$APID") || true
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    wait_for "^screen library"
}
stop_app() {
    kill "$APID"
    wait "$APID" 2>/dev/null || true
    APID=
}
# click ACTION [ARG]: the centre of the first box with that action (and arg).
click() {
    xy=$(awk -v a="$1" -v g="${2:-}" '$1 == "hit" && $2 == a && (g == "" || $3 == g) {
            print int($4 + $6 / 2), int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
    [ -n "$xy" ] || { echo "e2e_review: nothing to click for $1 $2"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    # shellcheck disable=SC2086
    xdotool mousemove --window "$WID" $xy click 1
}
# answer KIND A1 A2 ...: plays the conversation screen until it is left,
# answering the Nth decision with AN (keys, or clicks on CHOOSE AN). A pick
# refused by the input guard (too soon after the choices appeared) is tried
# again; one taken shows the coach panel or leaves the screen.
# After each input it waits for the frame drawn after it (changed_from,
# xvfb.sh), never a fixed time: on a busy machine a pick shown late was once
# taken for a refused one and its answer given again to the next decision.
answer() {
    local kind=$1 n=0 tries=0 before steps
    shift
    while [ "$(screen)" = conversation ]; do
        tries=$((tries + 1))
        [ $tries -gt 100 ] && { echo "e2e_review: stuck in the conversation"; exit 1; }
        before=$(frame_head)
        if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
            if [ "$kind" = keys ]; then xdotool key Return; else click CONTINUE; fi
            changed_from "$before"
            continue
        fi
        if grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
            if [ "$kind" = keys ]; then xdotool key Return; else click DEBRIEF; fi
            changed_from "$before"
            continue
        fi
        grep -q "^hit CHOOSE" "$RAPPORT_UI_BOXES" || { sleep 0.05; continue; }
        n=$((n + 1))
        local a=${!n}
        sleep 0.3 # past the input guard (UI_PICK_GUARD_MS) for a person's pick
        before=$(frame_head)
        steps=$(frame_field steps)
        if [ "$kind" = keys ]; then xdotool key "$a"; else click CHOOSE "$a"; fi
        changed_from "$before" # taken (a step) or refused (counted in the line)
        if [ "$(frame_field steps)" = "$steps" ]; then
            n=$((n - 1)) # refused: the same answer again
        fi
    done
}

# ---- 1. keys only: the review round ----
PHASE=keys
start_app keys
wait_for "^hit REVIEW 2"
shot library
xdotool key r
wait_for "^screen review"
wait_for "^hit REVIEW 0"
shot review-today
xdotool key Return
wait_for "^screen conversation"
shot moment-1
answer keys 1 1 # a, then b: both the strongest
wait_for "^screen review"
shot moment-1-result
xdotool key Return # next moment
wait_for "^screen conversation"
answer keys 2 1 # b missed, then c
wait_for "^screen review"
wait_for "^hit REVIEW 1"
shot moment-2-result
xdotool key Return # finish
gone "^hit REVIEW 1" # the result's "Practise it again": the round's end is drawn
wait_for "^screen review"
grep -q "^hit REVIEW 0" "$RAPPORT_UI_BOXES" && { echo "e2e_review: still moments due after the round"; exit 1; }
shot review-done
xdotool key Escape
wait_for "^screen library"
boxes_wait "^hit REVIEW 2" 10 >/dev/null 2>&1 && { echo "e2e_review: the library still offers review"; exit 1; }
xdotool key s
wait_for "^screen settings"
xdotool key g plus plus
# The goal's buttons sit below the fold at this size: wheel down to see them.
n=0
until grep -q "^hit GOAL 0" "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 40 ] && { echo "e2e_review: no goal buttons in Settings"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    xdotool mousemove --window "$WID" 400 400 click 5
    boxes_wait "^hit GOAL 0" 4 >/dev/null 2>&1 || true
done
shot settings
xdotool key Escape
wait_for "^screen library"
stop_app

python3 - "$FILE" <<'EOF' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
r = {x["node"]: x for x in d["review"]}
drills = [s for s in d["sessions"] if s["kind"] == "drill"]
assert r["a"]["reps"] == 1 and r["a"]["due"] == "2026-12-05" and r["a"]["last"] == "2026-12-04", r["a"]
assert r["b"]["lapses"] == 1 and r["b"]["reps"] == 0 and r["b"]["due"] == "2026-12-05", r["b"]
assert len(drills) == 2 and [x["path"][0] for x in drills] == ["a", "b"], drills
assert d["settings"].get("goals") is False, d["settings"]
assert d["settings"].get("daily_goal") == 5, d["settings"]
print("e2e_review: keys: the round moved the schedule; settings saved")
EOF

# ---- 2. mouse only: a conversation, then practise the moment it lost ----
PHASE=mouse
start_app mouse
click OPEN
wait_for "^screen conversation"
answer mouse 2 1 1 # loses points at a
wait_for "^screen debrief"
# The steps are below the routes: wheel down until the first one's button shows.
n=0
until grep -q "^hit DRILL 0" "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 40 ] && { echo "e2e_review: no Practise this moment under step 1"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    xdotool mousemove --window "$WID" 400 400 click 5
    boxes_wait "^hit DRILL 0" 4 >/dev/null 2>&1 || true
done
boxes_wait "^hit DRILL 1" 5 >/dev/null 2>&1 && { echo "e2e_review: a step that lost nothing offers a drill"; exit 1; }
shot debrief
click DRILL 0
wait_for "^screen conversation"
shot drill
answer mouse 1 1
wait_for "^screen review"
wait_for "^hit REVIEW 1"
shot drill-result
click REVIEW 1 # again
wait_for "^screen conversation"
answer mouse 2 1
wait_for "^screen review"
shot drill-again
click GO
wait_for "^screen library"
stop_app

python3 - "$FILE" <<'EOF' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
sessions = [s for s in d["sessions"] if s["kind"] == "session"]
drills = [s for s in d["sessions"] if s["kind"] == "drill"]
assert len(sessions) == 2 and [s["attempt"] for s in sessions] == [1, 2], sessions
assert len(drills) == 4 and [x["attempt"] for x in drills] == [1, 2, 3, 4], drills
assert [x["path"][0] for x in drills[2:]] == ["a", "a"], drills
assert len(drills[2]["choices"]) == 2 and drills[2]["choices"][0]["node"] == "a"
r = {x["node"]: x for x in d["review"]}
# A drill outside review grades the moment too: well on the day a was
# reviewed holds it; the missed "again" sets it back, a lapse; only the
# review of phase 1 counts as a review.
assert r["a"]["reps"] == 0 and r["a"]["lapses"] == 1 and r["a"]["due"] == "2026-12-05", r["a"]
assert r["a"]["reviews"] == 1 and r["a"]["last"] == "2026-12-04", r["a"]
print("e2e_review: mouse: debrief drill and again saved as drills; the missed again sets a back")
EOF

# ---- 3. keys only: a drill from the debrief answered well moves a later ----
PHASE=debrief-keys
export RAPPORT_TODAY=2026-12-10 RAPPORT_NOW=2026-12-10T10:00:00Z
python3 - "$FILE" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for x in d["review"]:
    if x["node"] == "a":  # learnt for a while: 6 days, two successes in a row
        x.update(interval=6, reps=2, last="2026-12-04", due="2026-12-10")
json.dump(d, open(sys.argv[1], "w"), indent=1)
EOF
start_app debrief-keys
xdotool key Return # the only scenario
wait_for "^screen conversation"
answer keys 2 1 1 # loses points at a again
wait_for "^screen debrief"
wait_for "^hit RETRY"
xdotool key d # practise the first moment that lost points: a
wait_for "^screen conversation"
answer keys 1 1
wait_for "^screen review"
wait_for "^hit REVIEW 1"
shot debrief-drill-result
xdotool key Escape
wait_for "^screen library"
stop_app

python3 - "$FILE" <<'EOF' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
r = {x["node"]: x for x in d["review"]}
drills = [s for s in d["sessions"] if s["kind"] == "drill"]
assert len(drills) == 5 and drills[-1]["path"][0] == "a", drills
assert r["a"]["interval"] == 16 and r["a"]["due"] == "2026-12-26" and r["a"]["reps"] == 3, r["a"]
assert r["a"]["last"] == "2026-12-10" and r["a"]["reviews"] == 1, r["a"]
print("e2e_review: keys: a drill from the debrief answered well: a comes back on 2026-12-26")
EOF
# ---- 4. mouse only: the review round (b is due), and the goal shown again ----
PHASE=round-mouse
start_app round-mouse
wait_for "^hit REVIEW 2"
shot library-due
click REVIEW 2
wait_for "^screen review"
wait_for "^hit REVIEW 0"
click REVIEW 0 # start
wait_for "^screen conversation"
answer mouse 1 1 # b, then c: both the strongest
wait_for "^screen review"
wait_for "^hit REVIEW 1"
shot round-mouse-result
click REVIEW 0 # finish
gone "^hit REVIEW 1"
wait_for "^screen review"
grep -q "^hit REVIEW 0" "$RAPPORT_UI_BOXES" && { echo "e2e_review: still moments due after the mouse round"; exit 1; }
click GO # the library
wait_for "^screen library"
click GO 5 # Settings
wait_for "^screen settings"
n=0
until grep -q "^hit GOAL 0" "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 40 ] && { echo "e2e_review: no goal buttons in Settings"; exit 1; }
    xdotool mousemove --window "$WID" 400 400 click 5
    boxes_wait "^hit GOAL 0" 4 >/dev/null 2>&1 || true
done
click GOAL 0 # show them again
click GOAL -1 # one fewer a day
shot settings-mouse
stop_app

python3 - "$FILE" <<'EOF' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
r = {x["node"]: x for x in d["review"]}
assert r["b"]["last"] == "2026-12-10" and r["b"]["reviews"] == 2 and r["b"]["reps"] == 1, r["b"]
assert "goals" not in d["settings"] and d["settings"].get("daily_goal") == 4, d["settings"]
print("e2e_review: mouse: the round reviewed b; streak and goal shown again, goal 4")
EOF
echo "e2e_review: screenshots in $SHOTS"
