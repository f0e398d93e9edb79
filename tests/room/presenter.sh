#!/usr/bin/env bash
# tests/room/presenter.sh RAPPORT SHOTS: `rapport present --room` in a real X
# server (Xvfb) with phones (curl) and a hostile client that starts a request
# and never finishes it. The window writes its room's state after every frame
# (RAPPORT_ROOM_STATUS: address, code, counts, pick, a frame counter), so the
# test proves the frame loop keeps drawing while that client hangs: votes
# arriving and keys pressed meanwhile each show up in a later frame.
# Then the reveal uses the room's counts, R closes the room, and after the
# window quits nothing listens. A second window with --player records the
# room's session: the step the phones voted at keeps their counts, the others
# nothing, and no nickname reaches the file. A third window reloads the
# scenario (F5) mid-session after its line was edited: the counts already
# cast survive and the phones show the edited line. Screenshots:
# SHOTS/room-presenter-*.png.
# Exit 77 (skipped) without Xvfb, xdotool, curl, python3 or ImageMagick.
set -u
BIN=$1
SHOTS=${2:-screenshots}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
for tool in Xvfb xdotool curl python3 import; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is not installed (scripts/deps installs it)"
        exit 77
    }
done
mkdir -p "$SHOTS"
WORK=$(mktemp -d)
XPID= APID= SLOWPID=
cleanup() {
    [ -n "$SLOWPID" ] && kill "$SLOWPID" 2>/dev/null
    [ -n "$APID" ] && kill "$APID" 2>/dev/null
    [ -n "$XPID" ] && kill "$XPID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
pass=0 fail=0
check() {
    local what=$1
    shift
    if "$@"; then pass=$((pass + 1)); else
        echo "FAIL: $what"
        fail=$((fail + 1))
    fi
}
. "$ROOT/tests/ui/xvfb.sh"
start_xvfb "$WORK/xvfb.log" || { echo "FAIL: Xvfb did not start"; cat "$WORK/xvfb.log"; exit 1; }

export RAPPORT_SCENARIOS=$ROOT/scenarios
export RAPPORT_ROOM_STATUS=$WORK/room.txt RAPPORT_UI_BOXES=$WORK/boxes.txt
STATUS=$RAPPORT_ROOM_STATUS
# room_wait REGEX: until the last frame's room line matches (polls the file
# the window rewrites; 1200 tries of 50 ms, 60 s, as a guard, not a measure).
room_wait() {
    local n=0
    until [ -f "$STATUS" ] && grep -Eq "$1" "$STATUS"; do
        n=$((n + 1))
        if [ $n -gt 1200 ]; then # a hang guard (60 s), not a measure
            echo "  timed out waiting for '$1'; last: $(cat "$STATUS" 2>/dev/null)"
            return 1
        fi
        sleep 0.05
    done
}
field() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) {print $(i + 1); exit}}' "$STATUS"; }
votes() { sed -n 's/.* votes //p' "$STATUS"; }
shot() { import -window "$WID" "$SHOTS/room-presenter-$1.png"; }

"$BIN" present --room-bind nowhere "$ROOT/scenarios/networking/coffee_line.lua" >"$WORK/bad.log" 2>&1
check "--room-bind takes only an IP address (exit 2)" [ $? -eq 2 ]
check "and says so" grep -q "^rapport: --room-bind wants an IP address" "$WORK/bad.log"
"$BIN" present "$ROOT/scenarios/networking/coffee_line.lua" --room --seed 1 \
    --data-dir "$WORK/data" >"$WORK/app.log" 2>&1 &
APID=$!
WID=$(window_id "$APID") || true
xdotool windowfocus --sync "$WID" 2>/dev/null || true
check "the room opens with the presenter view" room_wait '^room 1 .* open 1'
url=$(field url)
code=$(field code)
port=${url##*:}
port=${port%%/*}
check "the join address is on loopback by default" bash -c "[[ '$url' == http://127.0.0.1:*/$code ]]"
check "the terminal shows the address and code" grep -q "the room is open at $url (code $code)" "$WORK/app.log"
check "four choices, no votes yet" [ "$(votes)" = "0 0 0 0" ]

phone() { curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar$1" -c "$WORK/jar$1" "${@:2}"; }
for p in a b c; do phone $p "$url" >/dev/null; done
check "three phones joined" room_wait ' joined 3 '
check "a phone gives a nickname" [ "$(phone b -d 'n=Sam' "$url/n")" = 303 ]
# Each phone reads the page in the language its browser asks for, among the
# catalogs (assets/locale), else in the window's own (English here).
in_lang() { curl -s -b "$WORK/jara" ${1:+-H "Accept-Language: $1"} "${2:-$url}" >"$WORK/lang.html"; }
in_lang 'fr-FR,fr;q=0.9,en;q=0.5'
check "Accept-Language fr: the phone page in French" \
    grep -q '<html lang="fr">.*Étape 1.*Touchez ce que la salle devrait répondre' "$WORK/lang.html"
check "its nickname form too" grep -q 'Pseudo, si vous en voulez un' "$WORK/lang.html"
in_lang 'de-DE,de;q=0.9'
check "Accept-Language de (no catalog): the window's language" \
    grep -q '<html lang="en">.*Step 1.*Tap what the room should answer' "$WORK/lang.html"
in_lang ''
check "no Accept-Language: the window's language" grep -q '<html lang="en">.*Step 1' "$WORK/lang.html"
in_lang 'en-GB, fr;q=0.5'
check "en preferred to fr: English" grep -q 'Step 1' "$WORK/lang.html"
in_lang fr "${url%/*}/"
check "the join page in French" grep -q 'Le code affiché à l&#39;écran.*Rejoindre' "$WORK/lang.html"
in_lang fr "$url/nowhere"
check "a refusal in French" grep -q '<h1>Introuvable</h1>' "$WORK/lang.html"
round=$(curl -s "$url/s" | cut -d' ' -f1)

# A client that starts a request and never finishes it, held for the rest.
coproc SLOW { python3 "$HERE/hostile.py" 127.0.0.1 "$port" "$code" slow; }
SLOWPID=$SLOW_PID
read -r -u "${SLOW[0]}" held
check "the slow client holds a connection" [ "$held" = holding ]
frames=$(field frames)
check "a phone votes while it hangs" [ "$(phone a -d "r=$round&v=2" "$url/v")" = 303 ]
check "b votes" [ "$(phone b -d "r=$round&v=2" "$url/v")" = 303 ]
check "c votes" [ "$(phone c -d "r=$round&v=1" "$url/v")" = 303 ]
check "the window draws the votes (live bars)" room_wait ' voted 3 .* votes 1 2 0 0$'
check "the frame loop went on meanwhile" [ "$(field frames)" -gt "$frames" ]
check "the leader is the pick" [ "$(field pick)" = 2 ]
shot voting
# The QR code on screen is the join address (zbar-tools reads it, when installed).
if command -v zbarimg >/dev/null; then
    check "the QR code on screen opens the room" \
        [ "$(zbarimg --quiet --raw "$SHOTS/room-presenter-voting.png" 2>/dev/null)" = "$url" ]
else
    echo "note: zbarimg (zbar-tools) is not installed: the QR code was not read back"
fi
frames=$(field frames)
xdotool key 1
check "the facilitator can override the pick" room_wait ' pick 1 '
check "a key makes a frame while the client hangs" [ "$(field frames)" -gt "$frames" ]
xdotool key 2
room_wait ' pick 2 ' || true
check "c changes its vote" [ "$(phone c -d "r=$round&v=2" "$url/v")" = 303 ]
check "the change shows" room_wait ' voted 3 .* votes 0 3 0 0$'
xdotool key Return
check "Enter reveals the room's choice" room_wait ' open 0 revealed 2 '
check "the reveal keeps the counts" [ "$(votes)" = "0 3 0 0" ]
check "a vote after the reveal is refused" [ "$(phone a -d "r=$round&v=1" "$url/v")" = 409 ]
check "the window shows the reveal" boxes_wait '^screen conversation .* coach 1'
shot reveal
check "the phone's page says what the room chose" bash -c \
    "curl -s -b '$WORK/jara' '$url' | grep -q 'The room chose 2'"
echo go >&"${SLOW[1]}"
read -r -u "${SLOW[0]}" slow_end
check "the server closed the slow client itself" [ "$slow_end" = closed ]
wait "$SLOWPID" 2>/dev/null
SLOWPID=
xdotool key Return # the next line
check "the next line opens a new round" room_wait "^room 1 .* round $((round + 1)) .* open 1 "
check "with no votes" bash -c "[ \"\$(sed -n 's/.* votes //p' '$STATUS' | tr -d ' 0')\" = '' ]"

# R closes the room: nothing listens; R again opens one with a new code.
xdotool key r
check "R closes the room" room_wait '^room 0'
check "nothing listens after R" bash -c "! curl -s -o /dev/null --max-time 5 '$url/s'"
xdotool key r
check "R opens it again" room_wait '^room 1 '
check "with a fresh code" [ "$(field code)" != "$code" ]
url2=$(field url)
check "the new room answers" [ "$(curl -s -o /dev/null -w '%{http_code}' "$url2")" = 200 ]
xdotool key ctrl+q
wait "$APID"
rc=$?
APID=
check "the window quits cleanly" [ "$rc" -eq 0 ]
check "nothing listens after the window closed" bash -c "! curl -s -o /dev/null --max-time 5 '$url2/s'"
check "nothing recorded without --player" bash -c "[ -z \"\$(ls '$WORK/data' 2>/dev/null)\" ]"

# The recorded windows below (--player) share their steps.
# open_window DATA PLAYER SCENARIO: the presenter with the room open, on step 1.
open_window() {
    rm -f "$STATUS" "$RAPPORT_UI_BOXES" "$WORK"/jar?
    "$BIN" present "$3" --room --seed 1 --player "$2" --data-dir "$1" >"$1.log" 2>&1 &
    APID=$!
    WID=$(window_id "$APID") || true
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    room_wait '^room 1 .* step 1 open 1' || return 1
    url=$(field url)
    code=$(field code)
}
# first_step WHAT [NICKNAME]: three phones join (b with the nickname) and
# vote 2, 2, 1 at step 1; Enter reveals the phones' choice, Enter opens step 2.
first_step() {
    round=$(curl -s "$url/s" | cut -d' ' -f1)
    for p in a b c; do phone $p "$url" >/dev/null; done
    [ -n "${2:-}" ] && phone b -d "n=$2" "$url/n" >/dev/null
    phone a -d "r=$round&v=2" "$url/v" >/dev/null
    phone b -d "r=$round&v=2" "$url/v" >/dev/null
    phone c -d "r=$round&v=1" "$url/v" >/dev/null
    check "$1step 1: the votes arrive" room_wait ' voted 3 .* votes 1 2 0 0$'
    xdotool key Return
    check "$1step 1 revealed with the phones' choice" room_wait ' step 1 open 0 revealed 2 '
    xdotool key Return
    check "$1step 2 opens" room_wait ' step 2 open 1 '
}
# to_the_end DATA: the facilitator types 1 at step 2 (whatever the phones
# did); from step 3 one phone votes 1 and Enter reveals it, until the ending
# records the session in DATA (at the reveal of the last step, before another
# frame: its counts must be there). False when it never does.
to_the_end() {
    local s
    for s in $(seq 2 30); do
        boxes_wait "^screen conversation steps $((s - 1)) coach 0 " || return 1
        if [ "$s" -eq 2 ]; then
            xdotool key 1 Return
        else
            room_wait " step $s open 1 " || return 1
            round=$(curl -s "$url/s" | cut -d' ' -f1)
            phone a -d "r=$round&v=1" "$url/v" >/dev/null
            room_wait " step $s open 1 .* voted 1 .* pick 1 " || return 1
            xdotool key Return
        fi
        boxes_wait "^screen conversation steps $s coach 1 " || return 1
        grep -qs '"scenario"' "$1/"*.json && return 0
        xdotool key Return
    done
    return 1
}
# close_window DATA: Ctrl+Q; the progress file it saved in $saved.
close_window() {
    xdotool key ctrl+q
    wait "$APID"
    APID=
    saved=$(ls "$1/"*.json 2>/dev/null | head -1)
}

# With --player the room's session is recorded, and each step keeps the
# room's counts (in the order shown) and nothing else from the phones:
# step 1 gets three votes and a nickname, step 2 none, the rest one each.
check "the recorded room opens" open_window "$WORK/data2" "Room 1" "$ROOT/scenarios/networking/coffee_line.lua"
first_step "" Nickname7
check "the room's session was played to its end and recorded" to_the_end "$WORK/data2"
close_window "$WORK/data2"
check "the saved session carries the counts the phones cast, where they cast them" \
    python3 - "${saved:-/nonexistent}" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["sessions"][0]
ch = s["choices"]
ok = ch[0].get("room") == {"votes": [1, 2, 0, 0], "phones": 3}
ok = ok and len(ch[0]["shown"]) == 4 and ch[0]["pressed"] == 2
ok = ok and len(ch) >= 3 and "room" not in ch[1]
for c in ch[2:]:  # one phone voted 1 at each later step, the last one too
    ok = ok and c.get("room") == {"votes": [1] + [0] * (len(c["shown"]) - 1), "phones": 3}
if not ok:
    print("  choices:", json.dumps(ch)[:600])
sys.exit(0 if ok else 1)
PY
# The phones' cookies (curl's jars: name rv, the value last), the nickname,
# the join code and the address: none of them reaches the file.
secrets=(-e Nickname7 -e "$code" -e 127.0.0.1)
for t in $(awk '$6 == "rv" {print $7}' "$WORK"/jar?); do secrets+=(-e "$t"); done
check "the phones' cookies were seen" [ "${#secrets[@]}" -eq 12 ]
check "no nickname, cookie, code or address in the progress file" \
    bash -c '! grep -q -F "${@:2}" "$1"' _ "${saved:-/nonexistent}" "${secrets[@]}"
if python3 -c 'import jsonschema' 2>/dev/null; then
    check "the file with the room's counts matches docs/progress.schema.json" python3 -c '
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' \
        "${saved:-/nonexistent}" "$ROOT/docs/progress.schema.json"
fi
# F5 mid-session (the scenario reloaded, say after fixing a typo) keeps the
# room's counts: those of the steps already taken, kept for the record, and
# the votes of the round still open, which stays open (no phone votes again).
# A copy of the scenario, so the reload reads a file that was changed.
cp "$ROOT/scenarios/networking/coffee_line.lua" "$WORK/coffee_line.lua"
check "F5: the room opens" open_window "$WORK/data3" "Room 2" "$WORK/coffee_line.lua"
first_step "F5: "
round=$(curl -s "$url/s" | cut -d' ' -f1)
phone a -d "r=$round&v=1" "$url/v" >/dev/null
phone b -d "r=$round&v=1" "$url/v" >/dev/null
check "F5: two votes at step 2" room_wait " round $round step 2 open 1 .* voted 2 .* pick 1 "
view=$(field view)
# The fix: step 2's line, as the phones show it, gains a word in the file
# (its choices stay as they were, so the round goes on).
line_page() { curl -s -b "$WORK/jara" "$url" | sed -n 's:.*<blockquote>\(.*\)</blockquote>.*:\1:p'; }
before=$(line_page)
check "F5: the line is edited in the file" python3 - "$WORK/coffee_line.lua" "$before" <<'PY'
import html, sys
path, line = sys.argv[1], html.unescape(sys.argv[2])
src = open(path, encoding="utf-8").read()
if not line or src.count(f'"{line}"') != 1:
    print(f"  step 2's line {line!r} is not once in the file as a plain string")
    sys.exit(1)
open(path, "w", encoding="utf-8").write(src.replace(f'"{line}"', f'"{line} (fixed)"'))
PY
xdotool key F5
check "F5: the scenario was set up anew" room_wait " view $((view + 1)) "
check "F5: the same round goes on, with its two votes" \
    room_wait " view $((view + 1)) round $round step 2 open 1 .* voted 2 "
check "F5: the phones show the new line at once" [ "$(line_page)" = "$before (fixed)" ]
check "F5: and the page they poll has changed, so they reload" \
    bash -c "[ \"\$(curl -s '$url/s' | cut -d' ' -f4)\" = 1 ]"
check "F5: a phone still votes in that round" [ "$(phone c -d "r=$round&v=2" "$url/v")" = 303 ]
check "F5: and it counts" room_wait " round $round step 2 open 1 .* voted 3 "
shot reloaded
# Then the same as above: one phone votes 1 at each later step, to the end.
check "F5: the session was played to its end and recorded" to_the_end "$WORK/data3"
close_window "$WORK/data3"
check "F5: the record keeps step 1's counts and step 2's, cast before and after the reload" \
    python3 - "${saved:-/nonexistent}" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
ch = doc["sessions"][0]["choices"]
first = ch[0].get("room") == {"votes": [1, 2, 0, 0], "phones": 3}
second = ch[1].get("room", {}).get("phones") == 3 and sum(ch[1]["room"]["votes"]) == 3
if not (first and second):
    print("  choices:", json.dumps(ch)[:600])
sys.exit(0 if first and second else 1)
PY
echo "screenshots: $SHOTS/room-presenter-*.png"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
