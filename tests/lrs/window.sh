#!/usr/bin/env bash
# tests/lrs/window.sh RAPPORT SOURCE_DIR [SCREENSHOT_DIR]: the window (not the terminal player)
# against a real Learning Record Store: Learning Locker's statements service,
# in memory, with credentials checked, on a free loopback port. The window runs
# in Xvfb and is driven by xdotool (as tests/ui/e2e_lrs.sh, which covers a
# slow and an unreachable LRS).
#   1. a session in the window: its statements arrive while the debrief shows,
#      which says how many were sent; the queue is left empty;
#   2. a session whose completed statement the LRS rejects (the test-only
#      RAPPORT_TEST_XAPI_BAD_VERB): the note gives the LRS's reason, the rest
#      is stored, the rejected one stays in the queue;
#   3. the LRS holds every statement of both sessions exactly once, field by
#      field as `rapport xapi-export` makes them from the progress file, and a
#      later `rapport sync` changes nothing;
#   and the password is in no output. Screenshots of the two notes go to
#   SCREENSHOT_DIR when given.
# Exit 77 (skipped, saying why) when Xvfb, xdotool, python3, node or the LRS's
# npm packages are missing (scripts/deps installs them; see npm.sh).
set -u
bin=$1 src=$2 shots=${3:-}
here=$src/tests/lrs
for tool in Xvfb xdotool python3; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is needed for the window's LRS test"; exit 77; }
done
. "$here/npm.sh"
lrs_npm_need || exit $?

work=$(mktemp -d)
lrs_pid='' auth_pid='' xpid='' apid=''
cleanup() {
  [ -n "$apid" ] && kill "$apid" 2>/dev/null && wait "$apid" 2>/dev/null
  [ -n "$lrs_pid" ] && kill "$lrs_pid" 2>/dev/null && wait "$lrs_pid" 2>/dev/null
  [ -n "$auth_pid" ] && kill "$auth_pid" 2>/dev/null && wait "$auth_pid" 2>/dev/null
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config
unset RAPPORT_TEST_XAPI_BAD_VERB RAPPORT_PLAYER
data=$work/data scen=$src/tests/ui/scenarios/tiny.lua
PW='Pw-window-5e1d-never-print' KEY='rapport-window-key'
printf '%s\n' "$PW" >"$work/pw"

fail=0 n=0
check() { # name, status of the condition
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); else echo "ok   $1"; fi
}
py() { python3 "$here/check.py" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port) aport=$(free_port)
url=http://127.0.0.1:$port/xAPI/

# --- the LRS, with credentials checked (auth.py), and the configuration ----------
python3 "$here/auth.py" "$aport" "$KEY:$PW" &
auth_pid=$!
mkdir -p "$work/lrs"
(cd "$work/lrs" && AUTH_REPO=fetch LL_CLIENT_INFO_ENDPOINT=http://127.0.0.1:$aport/auth \
  EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=memory EXPRESS_PORT=$port \
  exec node "$LRS_NODE_MODULES/xapi-statements/dist/server.js") >>"$work/lrs.log" 2>&1 &
lrs_pid=$!
up=1
for _ in $(seq 1 120); do
  python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
    "http://127.0.0.1:$port/xAPI/about" 2>/dev/null && { up=0; break; }
  sleep 0.25
done
[ $up = 0 ] || { echo "FAIL: the LRS did not start; its log:"; cat "$work/lrs.log"; exit 1; }
"$bin" lrs set --endpoint "$url" --user "$KEY" --password-file "$work/pw" >"$work/set.out" 2>&1
check configured $?

# --- a display ---------------------------------------------------------------------
. "$src/tests/ui/xvfb.sh"
start_xvfb "$work/xvfb.log" || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; }
xpid=$XPID
export RAPPORT_UI_BOXES=$work/boxes.txt

# wait_boxes PATTERN TENTHS: until the boxes file matches (grep -E); status 1 on timeout.
wait_boxes() {
  for _ in $(seq 1 "$2"); do
    grep -Eq "$1" "$RAPPORT_UI_BOXES" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "     (timed out waiting for '$1'; last frame: $(head -2 "$RAPPORT_UI_BOXES" 2>/dev/null | tr '\n' '|'))"
  return 1
}
# state: screen, steps and coach of the last frame, which every key window() sends changes.
state() { sed -n '1s/^\(screen [a-z]* steps [0-9]* coach [0-9]*\).*/\1/p' "$RAPPORT_UI_BOXES" 2>/dev/null; }
# window NAME: plays the tiny scenario in the window as player ana (first
# choice at every step) and opens the debrief. Status 1 when it did not get there.
window() {
  rm -f "$RAPPORT_UI_BOXES"
  "$bin" play --player ana --data-dir "$data" "$scen" >"$work/$1.log" 2>&1 &
  apid=$!
  local wid
  wid=$(window_id "$apid") || true
  [ -n "$wid" ] && xdotool windowfocus --sync "$wid" 2>/dev/null
  wait_boxes "^screen conversation" 600 || return 1
  local k s0 n
  for _ in $(seq 1 60); do
    # Keys go only to a settled frame (the coach's panel, or the line typed
    # out), and the next waits until this one shows: on a busy machine no key
    # is lost or lands on the screen after the one it was meant for.
    wait_boxes "^screen [a-z]+ steps [0-9]+ (coach 1|coach 0 revealed 1)|^screen (debrief|library)" 600 ||
      return 1
    [ "$(screen)" = conversation ] || break
    k=1
    grep -q "^hit CONTINUE\|^hit DEBRIEF" "$RAPPORT_UI_BOXES" && k=Return
    s0=$(state)
    xdotool key $k
    n=0
    while [ "$(state)" = "$s0" ]; do
      n=$((n + 1))
      [ $n -gt 600 ] && { echo "     (key $k changed nothing on '$s0' in a minute)"; return 1; }
      sleep 0.1
    done
  done
  wait_boxes "^screen debrief" 600
}
shot() { # NAME: the screen, when screenshots are wanted
  [ -n "$shots" ] && mkdir -p "$shots" && sleep 0.2 && import -window root "$shots/lrs-window-$1.png" 2>/dev/null
  return 0
}
# quit: Ctrl+Q; status 0 when the window ended with 0.
quit() {
  xdotool key ctrl+q
  for _ in $(seq 1 100); do kill -0 "$apid" 2>/dev/null || break; sleep 0.05; done
  wait "$apid"
  local rc=$?
  apid=''
  return $rc
}

# --- 1. a session: its statements arrive while the debrief shows --------------------
window session1
check window_session_played $?
wait_boxes "^lrs busy 0 note Sent 3 learning records to your LRS\.$" 1200
check window_says_sent $?
shot sent
quit
check window_quits_cleanly $?
[ "$(py queue "$data/ana.xapi-queue.json")" = "pending=0 rejected=0 failures=0 wait=0" ]
check queue_empty_after_window_sync $?

# --- 2. a statement the LRS rejects: its reason in the note, the rest stored ---------
export RAPPORT_TEST_XAPI_BAD_VERB=completed
window session2
check window_session2_played $?
unset RAPPORT_TEST_XAPI_BAD_VERB
wait_boxes "^lrs busy 0 note Sent 2 learning records; your LRS rejected 1 \(kept for your administrator\): HTTP 400: .*verb" 1200
check window_shows_rejection_with_reason $?
shot rejected
quit
check window2_quits_cleanly $?
py rejected "$data/ana.xapi-queue.json" >"$work/rejected.ids"
[ "$(wc -l <"$work/rejected.ids")" = 1 ] &&
  [ "$(py queue "$data/ana.xapi-queue.json" | cut -d' ' -f1-2)" = "pending=0 rejected=1" ]
check rejected_statement_kept_in_queue $?

# --- 3. exactly once, field by field; a later sync changes nothing --------------------
"$bin" xapi-export "$data/ana.json" --out "$work/expected.json" >"$work/export.out" 2>&1
py fetch "$url" "$KEY" "$work/pw" "$work/got1.json" >/dev/null
py compare "$work/expected.json" "$work/got1.json" "$work/rejected.ids"
check lrs_holds_each_statement_once $?
"$bin" sync --data-dir "$data" >"$work/sync.out" 2>&1
py fetch "$url" "$KEY" "$work/pw" "$work/got2.json" >/dev/null
grep -q "ana.xapi-queue.json: 0 sent, 1 rejected, 0 waiting" "$work/sync.out" &&
  cmp -s "$work/got1.json" "$work/got2.json"
check later_sync_changes_nothing $?

# --- the password is in no output; no sanitizer report ----------------------------------
leaks=$(grep -rlF -- "$PW" "$work" | grep -v -e "^$work/pw\$" -e "^$XDG_CONFIG_HOME/rapport/lrs.json\$")
[ -z "$leaks" ] || echo "password found in: $leaks"
[ -z "$leaks" ]; check password_never_shown $?
! grep -q "Sanitizer" "$work"/session*.log; check no_sanitizer_reports $?

echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
