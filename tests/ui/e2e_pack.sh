#!/bin/sh
# e2e_pack.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# Workshops in the real window, in a real X server (Xvfb), driven by xdotool:
#   1. `rapport --pack tests/ui/scenarios/workshop.pack.lua`: the pack screen
#      offers only its three entries; entry 1 (practice) is played with keys
#      to its debrief, its discussion prompts, then entry 2 (assessed) with
#      mouse clicks, then entry 3 is left unfinished. The progress file must
#      hold the two finished sessions with each entry's mode.
#   1b. the window closed and opened again: the place in the pack (entries
#      done, each entry's clock) is as it was left, from its place file.
#   2. the shipped example pack against the shipped library: four entries,
#      all playable.
#   3. `rapport present` on the same test pack: the presenter view, the
#      discussion beat, the room's choice, the reveal, the ending.
# Screenshots of every step go to SCREENSHOT_DIR (default build/screenshots)
# as PNG (e2e-pack-*, e2e-present-*). Where to click comes from the boxes the
# window writes after each frame (RAPPORT_UI_BOXES), as in e2e.sh.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=xvfb.sh
. "$HERE/xvfb.sh"
e2e_begin "$1" e2e-pack "${2:-$ROOT/build/screenshots}"
fail() {
    echo "e2e_pack: $*"
    [ -f "$WORK/app.log" ] && sed 's/^/  app: /' "$WORK/app.log"
    exit 1
}

e2e_display e2e_pack
PACK="$HERE/scenarios/workshop.pack.lua"

# start ARGS...: the window with these arguments; waits for its first frame.
start() {
    rm -f "$RAPPORT_UI_BOXES"
    "$BIN" --data-dir "$WORK/data" "$@" >"$WORK/app.log" 2>&1 &
    APID=$!
    WID=$(window_id "$APID") || true
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    wait_for screen
}

# stop: quits with Ctrl+Q; the window must exit with 0 and, in sanitizer
# builds, without a report.
stop() {
    xdotool key ctrl+q
    n=0
    while kill -0 "$APID" 2>/dev/null; do
        n=$((n + 1))
        [ $n -gt 600 ] && fail "the window did not quit on Ctrl+Q within 30 s" # a hang guard
        sleep 0.05
    done
    set +e
    wait "$APID"
    rc=$?
    set -e
    APID=
    [ $rc -eq 0 ] || fail "the window exited with $rc"
    if grep -Eq "AddressSanitizer|LeakSanitizer|runtime error" "$WORK/app.log"; then
        fail "sanitizer report"
    fi
}

# wait_for REGEX: until the last frame has a line matching it.
wait_for() { boxes_wait "$1" || fail "see above"; }

SHOT=0
shot() {
    SHOT=$((SHOT + 1))
    sleep 0.15 # let the frame reach the X server
    import -window root "$SHOTS/$(printf 'e2e-%s-%02d' "$PHASE" $SHOT)-$1.png"
}

# field NAME: a number from the header line ("... item 1 ...").
field() { sed -n "s/^screen .* $1 \\(-*[0-9]*\\).*/\\1/p" "$RAPPORT_UI_BOXES"; }
hits() { grep -c "^hit $1 " "$RAPPORT_UI_BOXES" || true; }

# click ACTION [ARG]: the centre of the first box with that action (and arg).
click() {
    xy=$(awk -v a="$1" -v g="${2:-}" '$1 == "hit" && $2 == a && (g == "" || $3 == g) {
            print int($4 + $6 / 2), int($5 + $7 / 2); exit }' "$RAPPORT_UI_BOXES")
    [ -n "$xy" ] || { cat "$RAPPORT_UI_BOXES"; fail "nothing to click for $1 ${2:-}"; }
    # shellcheck disable=SC2086
    xdotool mousemove --window "$WID" $xy click 1
    sleep 0.15
}

# ---- 1. a learner on the test pack ----
PHASE=pack
export RAPPORT_SCENARIOS="$HERE/scenarios"
start --pack "$PACK" --player Kim
wait_for "^screen pack"
shot pack
[ "$(hits PACK_OPEN)" -eq 3 ] || fail "the pack screen should offer 3 entries: $(cat "$RAPPORT_UI_BOXES")"
[ "$(hits OPEN)" -eq 0 ] || fail "the pack screen offers library entries"
xdotool key Return # focus starts on entry 1
wait_for "^screen conversation .* item 0"
shot entry1
n=0
# Each input waits for the frame drawn after it (changed_from, xvfb.sh): read
# too soon, the frame before it sent a second Enter, and on the debrief that
# one opens the discussion.
while [ "$(screen)" = conversation ]; do # keys only
    n=$((n + 1))
    [ $n -gt 40 ] && fail "entry 1 did not reach its debrief"
    before=$(frame_head)
    if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
        xdotool key Return
    elif grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
        xdotool key Return
    else
        sleep 0.3 # past the input guard for a person's pick
        before=$(frame_head)
        xdotool key 1
    fi
    changed_from "$before"
done
wait_for "^screen debrief"
wait_for "^hit PROMPTS"
shot debrief1
xdotool key Return # Discuss
wait_for "^screen prompts"
shot prompts1
click NEXT
wait_for "^screen conversation .* item 1"
shot entry2
grep -q "^hit REWIND" "$RAPPORT_UI_BOXES" && fail "entry 2 is assessed: no rewind"
n=0
while [ "$(screen)" = conversation ]; do # mouse only
    n=$((n + 1))
    [ $n -gt 40 ] && fail "entry 2 did not reach its debrief"
    before=$(frame_head)
    if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
        fail "entry 2 is assessed, but the coach spoke"
    elif grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
        click DEBRIEF
    else
        sleep 0.3 # past the input guard for a person's pick
        before=$(frame_head)
        click CHOOSE 3
    fi
    changed_from "$before"
done
wait_for "^screen debrief"
[ "$(hits PROMPTS)" -eq 0 ] || fail "entry 2 has no prompts"
shot debrief2
click NEXT # no prompts: straight to entry 3
wait_for "^screen conversation .* item 2"
shot entry3
xdotool key Escape
wait_for "^screen pack"
shot pack-after
stop
python3 - "$WORK/data" <<'EOF'
import glob, json, sys
files = glob.glob(sys.argv[1] + "/*.json")
assert len(files) == 1, "expected one progress file, found %r" % files
p = json.load(open(files[0]))
assert p["player"] == "Kim", p["player"]
got = [(r["scenario"], r["mode"], bool(r["outcome"])) for r in p["sessions"]]
want = [("uitest.tiny", "practice", True), ("uitest.long", "assessed", True)]
assert got == want, "sessions %r, expected %r" % (got, want)
print("e2e_pack: progress has the pack's sessions:", got)
EOF

# ---- 1b. the pack's place survives closing the window ----
# Kim finished entries 1 and 2 and opened entry 3 (its clock started). The
# place file says so and follows docs/pack-place.schema.json. Entry 3's clock
# is then moved 65 s into the past (its limit is 60 s), and the window is
# opened again: the pack screen must offer entry 3 as the next to do (Enter
# opens it), and the place must come back unchanged, since a window that
# had lost a clock would start it anew on opening and save the new time.
PHASE=place
placef=$(ls "$WORK"/data/packs/*.uitest.workshop.place.json 2>/dev/null | head -1)
[ -n "$placef" ] || fail "no place file under $WORK/data/packs: $(ls -R "$WORK/data")"
python3 - "$placef" "$ROOT/docs/pack-place.schema.json" <<'EOF2' || fail "the place file is not what was played"
import json, sys, time
import jsonschema
place = json.load(open(sys.argv[1]))
jsonschema.validate(place, json.load(open(sys.argv[2])))
assert place["pack"] == "uitest.workshop" and place["player"] == "Kim", place
got = [(e["scenario"], e["done"], e["started"] is not None) for e in place["entries"]]
want = [("uitest.tiny", True, True), ("uitest.long", True, True), ("uitest.tiny", False, True)]
assert got == want, "entries %r, expected %r" % (got, want)
place["entries"][2]["started"] = int(time.time() * 1000) - 65000
json.dump(place, open(sys.argv[1], "w"))
print("e2e_pack: the place file holds what Kim did:", got)
EOF2
cp "$placef" "$WORK/place.before"
start --pack "$PACK" --player Kim
wait_for "^screen pack"
shot reopened # entries 1 and 2 marked done
xdotool key Return # the focus starts on the first entry not done
wait_for "^screen conversation .* item 2"
shot entry3-time-is-up
xdotool key Escape
wait_for "^screen pack"
stop
python3 - "$WORK/place.before" "$placef" <<'EOF2' || fail "the place changed on reopening"
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
assert a["entries"] == b["entries"], "%r became %r" % (a["entries"], b["entries"])
print("e2e_pack: the place came back as it was left")
EOF2

# ---- 2. the shipped example pack against the shipped library ----
PHASE=shipped
export RAPPORT_SCENARIOS="$ROOT/scenarios"
start --pack "$ROOT/scenarios/packs/first_workshop.pack.lua" --player Sam
wait_for "^screen pack"
shot pack
[ "$(hits PACK_OPEN)" -ge 3 ] || fail "the shipped pack should offer its entries: $(cat "$RAPPORT_UI_BOXES")"
grep -q "error" "$WORK/app.log" && fail "the shipped pack has problems"
stop

# ---- 3. the presenter view on the test pack ----
PHASE=present
export RAPPORT_SCENARIOS="$HERE/scenarios"
rm -rf "$WORK/data"
start present "$PACK"
wait_for "^screen pack .* present 1"
shot pack
xdotool key Return
wait_for "^screen conversation .* present 1 pick 0"
shot discuss # the first line has a discussion question
[ "$(hits PICK)" -eq 3 ] || fail "the presenter should show 3 choices"
grep -q "^hit REVEAL" "$RAPPORT_UI_BOXES" && fail "nothing to reveal before the room chose"
xdotool key 3
wait_for "pick 3"
xdotool key 1 # the room changes its mind
wait_for "pick 1"
shot picked
xdotool key Return
wait_for "^screen conversation .* coach 1"
shot reveal
click CONTINUE
wait_for "^screen conversation .*coach 0"
shot line2
# The choices come shuffled (one seed for the whole presenter window), so
# which line follows depends on the order: click the last choice shown, then
# keys until the ending.
last=$(hits PICK)
click PICK "$last"
wait_for "pick $last"
click REVEAL
wait_for "coach 1"
n=0
until grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; do
    n=$((n + 1))
    [ $n -gt 10 ] && fail "the presenter did not reach the ending"
    if grep -q "^screen conversation .* coach 1" "$RAPPORT_UI_BOXES"; then
        xdotool key Return
        wait_for "coach 0"
    else
        xdotool key 1 Return
        wait_for "coach 1"
    fi
done
shot ending
xdotool key Return
wait_for "^screen debrief"
shot debrief
stop
[ ! -d "$WORK/data" ] || [ -z "$(ls "$WORK/data")" ] || fail "the presenter without --player recorded something"
echo "e2e_pack: screenshots in $SHOTS"
