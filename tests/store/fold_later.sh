#!/usr/bin/env bash
# tests/store/fold_later.sh RAPPORT ROOT: the command line folds a due journal
# after its work, in a detached process (st_fold_later; docs/progress.md,
# "Large histories: the journal"): the save itself only appends, the command
# returns, and the fold lands behind it, with every session kept.
set -u
bin=$1 root=$2
data=$(mktemp -d)
fix=$root/tests/golden/fixture.lua
export RAPPORT_STORE_JOURNAL_FROM=3000
play() { "$bin" play --text --choices 1,1,1 --data-dir "$data" --player ana "$fix" >/dev/null 2>&1; }
sessions() { # the history's length as rapport reads it
  "$bin" progress --json --data-dir "$data" --player ana 2>/dev/null |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)["sessions"]))'
}
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
# Without folds, play until one is due.
plays=0
while ! due; do
  RAPPORT_FOLD=never play || { echo "FAIL: play $plays did not save"; exit 1; }
  plays=$((plays + 1))
  [ $plays -lt 100 ] || { echo "FAIL: no fold due after 100 plays"; exit 1; }
done
ino=$(stat -c %i "$data/ana.json")
# One more play: its save appends (the file is the same one), then it hands
# the fold to a detached process and returns.
play || { echo "FAIL: the play with a fold due did not save"; exit 1; }
plays=$((plays + 1))
# Wait for the state: the fold has put a new file in and the journal is gone
# (nothing else saves meanwhile). Bounded by the test's own timeout.
while [ -e "$data/ana.journal" ] || [ "$(stat -c %i "$data/ana.json")" = "$ino" ]; do
  sleep 0.05
done
# The fold's lock is free again: the detached process has finished.
flock "$data/ana.json.foldlock" true
n=$(sessions)
[ "$n" = "$plays" ] || { echo "FAIL: $n sessions after $plays plays"; exit 1; }
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d["sessions"]) == int(sys.argv[2]), len(d["sessions"])' \
  "$data/ana.json" "$plays" || { echo "FAIL: the folded file does not hold every session"; exit 1; }
ls "$data" | grep -E '\.(tmp|fold)-' && { echo "FAIL: a temporary file is left"; exit 1; }
rm -rf "$data"
echo "fold_later: $plays plays, folded behind the last one, $n sessions"
