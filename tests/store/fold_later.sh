#!/usr/bin/env bash
# tests/store/fold_later.sh RAPPORT ROOT cli|window: a due journal is folded
# off the save path (docs/progress.md, "Large histories: the journal") and
# the fold lands, with every session kept:
#   cli     a command's save only appends (the file stays the same one), the
#           command returns and a detached process folds behind it
#           (st_fold_later);
#   window  the window, opened on a history with a fold due, folds it on its
#           worker thread while it runs, idle (no input at all: the loop
#           looks for a fold as soon as the history is read), under Xvfb.
# Waits for the state (the journal gone, a new file), never for a time; the
# test's timeout is the hang guard.
set -u
bin=$1 root=$2 mode=${3:-cli}
data=$(mktemp -d)
XPID= APID=
cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null
  # A fold still running (only after a failure) holds the fold lock.
  flock "$data/ana.json.foldlock" true 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT
fix=$root/tests/golden/fixture.lua
export RAPPORT_STORE_JOURNAL_FROM=3000
play() { "$bin" play --text --choices 1,1,1 --data-dir "$data" --player ana "$fix" >/dev/null 2>&1; }
due() { # the journal has reached a quarter of the file (at least 3000 bytes)
  python3 - "$data/ana.json" "$data/ana.journal" <<'PY'
import os, sys
try:
    j = os.path.getsize(sys.argv[2])
except OSError:
    sys.exit(1)
sys.exit(0 if j >= max(3000, min(os.path.getsize(sys.argv[1]) // 4, 1 << 20)) else 1)
PY
}
folded() { [ ! -e "$data/ana.journal" ] && [ "$(stat -c %i "$data/ana.json")" != "$ino" ]; }
# Without folds, play until one is due.
plays=0
while ! due; do
  RAPPORT_FOLD=never play || { echo "FAIL: play $plays did not save"; exit 1; }
  plays=$((plays + 1))
  [ $plays -lt 100 ] || { echo "FAIL: no fold due after 100 plays"; exit 1; }
done
ino=$(stat -c %i "$data/ana.json")
if [ "$mode" = cli ]; then
  # One more play: its save appends, then it hands the fold on and returns.
  play || { echo "FAIL: the play with a fold due did not save"; exit 1; }
  plays=$((plays + 1))
  until folded; do sleep 0.05; done
else
  command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "skipped: no Xvfb or xdotool"; exit 77; }
  . "$root/tests/ui/xvfb.sh"
  start_xvfb "$data/xvfb.log" || { echo "FAIL: Xvfb did not start"; exit 1; }
  export RAPPORT_UI_BOXES=$data/boxes.txt RAPPORT_SCENARIOS=$root/tests/golden
  SDL_FRAMEBUFFER_ACCELERATION=0 "$bin" --data-dir "$data" --player ana \
    >"$data/window.out" 2>&1 &
  APID=$!
  # A hang guard, not a measure: under ASan at load 17 the first frame took over 30 s.
  boxes_wait "^screen" 2400 "$APID" || { echo "FAIL: the window did not draw"; cat "$data/window.out"; exit 1; }
  # No input: an idle window looks for a fold by itself once the player's
  # history is read, and takes the finished fold in without an event.
  until folded; do
    kill -0 "$APID" 2>/dev/null || { echo "FAIL: the window ended"; cat "$data/window.out"; exit 1; }
    sleep 0.1
  done
  kill "$APID"
  wait "$APID" 2>/dev/null
  APID=
fi
# The fold's lock is free again: whoever folded has finished.
flock "$data/ana.json.foldlock" true
n=$("$bin" progress --json --data-dir "$data" --player ana 2>/dev/null |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["sessions"]))')
[ "$n" = "$plays" ] || { echo "FAIL: $n sessions after $plays plays"; exit 1; }
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["sessions"]) == int(sys.argv[2]), len(d["sessions"])' \
  "$data/ana.json" "$plays" || { echo "FAIL: the folded file does not hold every session"; exit 1; }
ls "$data" | grep -E '\.(tmp|fold)-' && { echo "FAIL: a temporary file is left"; exit 1; }
echo "fold_later $mode: $plays plays, folded off the save path, $n sessions"
