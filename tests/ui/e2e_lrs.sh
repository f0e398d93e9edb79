#!/bin/sh
# e2e_lrs.sh RAPPORT_BINARY [SCREENSHOT_DIR]
#
# The window with a Learning Record Store configured (docs/organisations.md),
# in a real X server (Xvfb) driven by xdotool, against a stand-in LRS on
# loopback that answers only when the test opens its gate (slow_lrs.py), so
# every "while a request is in flight" below holds by construction, however
# slow or busy the machine:
#   1. held: a session ends, its statements go out on the worker thread; while
#      a request is in flight the window still changes screens, and Ctrl+Q
#      quits (cancelling it); afterwards every statement of the session is
#      still in the queue file, pending (nothing lost, no backoff recorded);
#   2. held, then answering: the next session sends the earlier statements and
#      its own; a session finished while the first request is held (Retry) is
#      queued behind that sync; the gate opens; a second pass sends it; the
#      debrief says so; the LRS holds every statement of the three sessions and
#      the queue is empty;
#   3. the LRS gone: the note says the records are kept; they stay pending.
# Observables: RAPPORT_UI_BOXES (the window rewrites it after every frame: the
# screen, and a line "lrs busy B note TEXT") and the slow LRS's own log.
# Screenshots of the notes go to SCREENSHOT_DIR (default: build/screenshots).
# Exit 77 (skipped) only when python3 is missing.
set -eu

BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHOTS=${2:-$ROOT/build/screenshots}
command -v python3 >/dev/null || { echo "SKIP: python3 is needed for the slow LRS"; exit 77; }
mkdir -p "$SHOTS"
SHOTS=$(cd "$SHOTS" && pwd)
WORK=$(mktemp -d /tmp/rapport-e2e-lrs-XXXXXX)
export RAPPORT_UI_BOXES="$WORK/boxes.txt"
XPID=
APID=
SPID=
cleanup() {
    [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
    [ -n "$SPID" ] && kill "$SPID" 2>/dev/null || true
    [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
fail() {
    echo "e2e_lrs: FAIL: $*"
    echo "--- last frame:"
    head -3 "$RAPPORT_UI_BOXES" 2>/dev/null || true
    echo "--- slow LRS log:"
    cat "$WORK/srv/log" 2>/dev/null || true
    for f in "$WORK"/app-*.log; do
        [ -f "$f" ] && { echo "--- $f:"; cat "$f"; }
    done
    exit 1
}
now_ms() { python3 -c 'import time; print(int(time.monotonic() * 1000))'; }

# --- the slow LRS and the configuration -----------------------------------------
mkdir -p "$WORK/srv" "$WORK/data"
# gate hold|open: whether the stand-in LRS answers (written whole, by rename).
gate() { echo "$1" >"$WORK/srv/gate.tmp" && mv "$WORK/srv/gate.tmp" "$WORK/srv/gate"; }
gate hold # phase 1: nothing is answered
python3 "$HERE/slow_lrs.py" "$WORK/srv" >"$WORK/srv.out" 2>&1 &
SPID=$!
n=0
until [ -s "$WORK/srv/port" ]; do
    n=$((n + 1))
    [ $n -gt 100 ] && { cat "$WORK/srv.out"; fail "the slow LRS did not start"; }
    sleep 0.05
done
PORT=$(cat "$WORK/srv/port")
export XDG_CONFIG_HOME="$WORK/config"
PW='Pw-e2e-lrs-never-shown'
mkdir -p "$XDG_CONFIG_HOME/rapport"
chmod 700 "$XDG_CONFIG_HOME/rapport"
(
    umask 077
    cat >"$XDG_CONFIG_HOME/rapport/lrs.json" <<EOF
{ "endpoint": "http://127.0.0.1:$PORT/xAPI/", "username": "e2e-key", "password": "$PW",
  "auto_sync": true, "timeout_seconds": 600 }
EOF
)
unset RAPPORT_PLAYER RAPPORT_TEST_XAPI_BAD_VERB
SCEN="$HERE/scenarios/tiny.lua"
QUEUE="$WORK/data/lin.xapi-queue.json"

# --- a free display ---------------------------------------------------------------
. "$HERE/xvfb.sh"
start_xvfb "$WORK/xvfb.log" || { cat "$WORK/xvfb.log"; fail "Xvfb did not start"; }

lrs_line() { sed -n 's/^lrs //p' "$RAPPORT_UI_BOXES"; }
# wait_for PATTERN [TENTHS]: until the last frame matches (grep -E), else fail.
wait_for() { boxes_wait "$1" $((${2:-100} * 2)) || fail "timed out waiting for '$1'"; }
shot() {
    sleep 0.2 # let the frame reach the X server
    import -window root "$SHOTS/e2e-lrs-$1.png" 2>/dev/null || true
}

# play PHASE: opens the window on the tiny scenario for player lin and plays
# it to the debrief (play_on).
play() {
    rm -f "$RAPPORT_UI_BOXES"
    "$BIN" play --player lin --data-dir "$WORK/data" "$SCEN" >"$WORK/app-$1.log" 2>&1 &
    APID=$!
    WID=$(window_id "$APID") || true
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    play_on "$1"
}
# state: screen, steps and coach of the last frame, which every key play_on
# sends changes.
state() { sed -n '1s/^\(screen [a-z]* steps [0-9]* coach [0-9]*\).*/\1/p' "$RAPPORT_UI_BOXES" 2>/dev/null; }
# press PHASE KEY: sends KEY, then waits until the frame shows its effect, so
# on a slow machine a late frame is never read as a lost key and no key lands
# on the screen after the one it was meant for.
press() {
    s0=$(state)
    xdotool key "$2"
    n=0
    while [ "$(state)" = "$s0" ]; do
        n=$((n + 1))
        [ $n -gt 600 ] && fail "$1: key $2 changed nothing on '$s0' in a minute"
        sleep 0.1
    done
}
# play_on PHASE: from the start of a conversation, the first choice at every
# step up to the ending (the session is recorded there), then the debrief.
# Keys go only to a settled frame (the coach's panel, or the line typed out):
# a key while a line is being typed would only finish typing it.
play_on() {
    wait_for "^screen conversation"
    n=0
    while [ "$(screen)" = conversation ]; do
        n=$((n + 1))
        [ $n -gt 60 ] && fail "$1: did not reach the debrief"
        wait_for "^screen [a-z]+ steps [0-9]+ (coach 1|coach 0 revealed 1)|^screen (debrief|library)" 600
        [ "$(screen)" = conversation ] || break
        if grep -q "^hit CONTINUE" "$RAPPORT_UI_BOXES"; then
            press "$1" Return # close the coach panel
        elif grep -q "^hit DEBRIEF" "$RAPPORT_UI_BOXES"; then
            press "$1" Return
        else
            press "$1" 1
        fi
    done
    wait_for "^screen debrief"
}

# quit PHASE: Ctrl+Q; the process must end with 0. While a request is held
# (phase 1) that proves quitting cancels it: a quit that waited for the LRS
# would wait for ever (the configured timeout is 600 s; this gives up after a
# minute). The time taken is printed, not asserted: on a busy machine it says
# how busy the machine was, not how rapport behaves.
quit() {
    t0=$(now_ms)
    xdotool key ctrl+q
    n=0
    while kill -0 "$APID" 2>/dev/null; do
        n=$((n + 1))
        [ $n -gt 600 ] && fail "$1: the window did not quit within a minute"
        sleep 0.1
    done
    took=$(($(now_ms) - t0))
    set +e
    wait "$APID"
    rc=$?
    set -e
    APID=
    [ $rc -eq 0 ] || fail "$1: the window exited with $rc"
    echo "e2e_lrs: $1: quit in $took ms"
}

# queue_check EXPECT_IDS_FILE: every id expected is in the queue, pending, and
# nothing else is; prints "pending=N failures=N".
queue_check() {
    python3 - "$QUEUE" "$1" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1]))
want = set(l.strip() for l in open(sys.argv[2]) if l.strip())
got = {i["id"]: i["state"] for i in q["items"]}
assert set(got) == want, "queue ids %r, expected %r" % (sorted(got), sorted(want))
assert all(s == "pending" for s in got.values()), got
print("pending=%d failures=%d" % (len(got), q.get("failures") or 0))
EOF
}
# export_ids OUT: the statement ids of every session in Lin's progress file,
# made independently by `rapport xapi-export` (the queue's ids are the same).
export_ids() {
    "$BIN" xapi-export "$WORK/data/lin.json" --out "$WORK/export.json" >/dev/null
    python3 -c 'import json, sys; [print(s["id"]) for s in json.load(open(sys.argv[1]))]' \
        "$WORK/export.json" >"$1"
}

# ---- 1. a request held: the window stays responsive and quits promptly ----
play slow
shot 1-debrief-sending
wait_for "^lrs busy 1 note Sending learning records" 20
n=0
until grep -q "^start PUT" "$WORK/srv/log" 2>/dev/null; do
    n=$((n + 1))
    [ $n -gt 100 ] && fail "slow: no request reached the LRS"
    sleep 0.1
done
inflight=$(sed -n 's/^start PUT //p' "$WORK/srv/log" | head -1)
# A request is in flight, held at the gate until the test opens it: a window
# that changes screens now does not wait on the network. (The time each key
# took is printed for information; the gate, not a clock, makes the proof.)
for step in "p progress" "Escape library" "s settings" "Escape library"; do
    k=${step% *} want=${step#* }
    t0=$(now_ms)
    xdotool key "$k"
    wait_for "^screen $want" 600
    took=$(($(now_ms) - t0))
    echo "e2e_lrs: slow: '$k' -> $want in $took ms while the sync waits on the LRS"
done
lrs_line | grep -q "^busy 1 " || fail "slow: the sync should still be running"
grep -q "^done PUT $inflight" "$WORK/srv/log" && fail "slow: the request was answered too early to tell"
shot 2-library-sending
quit slow
grep -q "^done" "$WORK/srv/log" && fail "slow: a request was answered before the quit"
export_ids "$WORK/ids1"
[ "$(wc -l <"$WORK/ids1")" -ge 3 ] || fail "slow: expected at least 3 statements, got $(cat "$WORK/ids1")"
state=$(queue_check "$WORK/ids1") || fail "slow: the queue lost statements"
[ "$state" = "pending=$(wc -l <"$WORK/ids1") failures=0" ] || fail "slow: queue is $state"
echo "e2e_lrs: slow: after the quit the queue still holds the session's statements ($state)"

# ---- 2. held, then answering: everything queued arrives ----
# The session's sync sends the 3 statements kept from phase 1 and its own 3;
# while its first request is held, the learner retries and finishes again:
# those 3 wait for a second pass, which starts when the first is done.
before=$(grep -c "^start PUT" "$WORK/srv/log")
play answering
wait_for "^lrs busy 1 note Sending learning records" 50
n=0
until [ "$(grep -c "^start PUT" "$WORK/srv/log")" -gt "$before" ]; do
    n=$((n + 1))
    [ $n -gt 300 ] && fail "answering: no request reached the LRS"
    sleep 0.1
done
xdotool key r # Retry, while the sync waits on the LRS
play_on answering-retry
wait_for "^lrs busy 1 note Queued 3 learning records; they follow the records being sent\.$" 50
shot 3-debrief-queued-behind
gate open
wait_for "^lrs busy 0 note Sent 3 learning records to your LRS\.$" 400
shot 4-debrief-sent
# (distinct ids: phase 1's abandoned request may still be answered meanwhile)
[ "$(sed -n 's/^done PUT \([^ ]*\) .*/\1/p' "$WORK/srv/log" | sort -u | wc -l)" = 9 ] ||
    fail "answering: expected 9 statements sent"
export_ids "$WORK/ids2"
[ "$(wc -l <"$WORK/ids2")" = 9 ] || fail "answering: expected 9 statements for 3 sessions"
xdotool key Escape
wait_for "^screen library"
shot 5-library-sent
quit answering
python3 - "$QUEUE" "$WORK/ids2" "$WORK/srv/stored" "$WORK/export.json" <<'EOF' || fail "answering: the LRS does not hold what was queued"
import json, os, sys
q = json.load(open(sys.argv[1]))
assert q["items"] == [], "queue not empty: %r" % [i["id"] for i in q["items"]]
want = set(l.strip() for l in open(sys.argv[2]) if l.strip())
stored = {f[:-5] for f in os.listdir(sys.argv[3])}
assert stored == want, "LRS holds %r, expected %r" % (sorted(stored), sorted(want))
export = {s["id"]: s for s in json.load(open(sys.argv[4]))}
for i in want:  # the body sent is the statement rapport's export makes
    assert json.load(open(os.path.join(sys.argv[3], i + ".json"))) == export[i], i
print("e2e_lrs: answering: the LRS holds all %d statements of the three sessions" % len(want))
EOF

# ---- 3. the LRS gone: kept for later, said calmly ----
kill "$SPID"
wait "$SPID" 2>/dev/null || true
SPID=
play gone
wait_for "^lrs busy 0 note LRS unreachable; [0-9]+ learning records kept and will be sent later\.$" 300
shot 6-debrief-unreachable
quit gone
export_ids "$WORK/ids3"
sort "$WORK/ids3" >"$WORK/a"
sort "$WORK/ids2" >"$WORK/b"
comm -23 "$WORK/a" "$WORK/b" >"$WORK/ids3-new" # this session's statements
state=$(queue_check "$WORK/ids3-new") || fail "gone: the queue lost statements"
case $state in *" failures=1") ;; *) fail "gone: queue is $state (one failure expected)" ;; esac
echo "e2e_lrs: gone: the new statements wait in the queue ($state)"

# ---- nothing showed the password; no sanitizer report ----
if grep -l -- "$PW" "$WORK"/app-*.log "$RAPPORT_UI_BOXES" 2>/dev/null; then fail "the password was shown"; fi
if grep -l "Sanitizer" "$WORK"/app-*.log; then fail "sanitizer report"; fi
echo "e2e_lrs: screenshots in $SHOTS"
