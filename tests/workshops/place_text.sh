#!/usr/bin/env bash
# tests/workshops/place_text.sh RAPPORT SOURCE_DIR: `play --text --pack` keeps
# the player's place in the pack as the window does (docs/workshops.md,
# docs/pack-place.schema.json): a first run plays entry 1 and stops, the
# next starts at entry 2 with entry 1 marked done and its clock kept, a clock
# started earlier goes on where it was, --restart begins anew, a damaged place
# file is set aside, --no-save keeps nothing, and --restart without --text
# or without --pack is a usage error. Input is piped, a line per answer
# (--seed 3 fixes the order: "1" twice finishes entry 1), so every wait is on
# the program's end.
set -u
bin=$1 src=$2
export RAPPORT_SCENARIOS=$src/tests/ui/scenarios
pack=$src/tests/ui/scenarios/workshop.pack.lua
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
fail=0 n=0
check() { # what, then the command that must succeed
    local what=$1
    shift
    n=$((n + 1))
    "$@" || { echo "FAIL: $what"; fail=$((fail + 1)); }
}
play() { # input, then more options
    local in=$1
    shift
    printf "$in" | "$bin" play --text --seed 3 --pack "$pack" --data-dir "$data" --player Pia "$@" \
        >"$data/out" 2>"$data/err"
}
# entry FIELD I: the place file's entry I (0-based) field, as JSON.
entry() { python3 -c 'import json,sys,glob
f = glob.glob(sys.argv[1] + "/packs/*.uitest.workshop.place.json")
print(json.dumps(json.load(open(f[0]))["entries"][int(sys.argv[3])][sys.argv[2]]) if f else "nofile")' "$data" "$1" "$2"; }

play '1\n1\nq\n'
check "the first run plays entry 1 and stops (exit 0)" [ $? -eq 0 ]
check "it starts at 1" grep -q '^== 1 of 3 ==$' "$data/out"
check "a first run says no place" bash -c "! grep -q 'Your place' '$data/out'"
check "entry 1 is done in the place file" [ "$(entry done 0)" = true ]
check "entry 2 is not" [ "$(entry done 1)" = false ]
check "entry 3's clock has not started" [ "$(entry started 2)" = null ]
started1=$(entry started 0)
check "entry 1's clock started" [ "$started1" != null ]

play '\nq\n'
check "the second run ends well" [ $? -eq 0 ]
check "the list marks entry 1 done" grep -q '^  1\. The hallway chat (practice, 2 min, done)$' "$data/out"
check "it says where the player is" \
    grep -q '^(Your place: 1 of 3 done; this run starts at 2\. --restart begins the pack anew\.)$' "$data/out"
check "it starts at entry 2" bash -c "grep -q '^== 2 of 3 ==$' '$data/out' && ! grep -q '^== 1 of 3 ==$' '$data/out'"
check "entry 1's clock is kept" [ "$(entry started 0)" = "$started1" ]
check "entry 1 stays done" [ "$(entry done 0)" = true ]

# Entry 3's clock (1 min) started 30 s ago, say in the window: the terminal
# goes on from there instead of a fresh minute. Entry 2 is marked done too.
python3 - "$data" <<'PY'
import glob, json, sys, time
f = glob.glob(sys.argv[1] + "/packs/*.uitest.workshop.place.json")[0]
d = json.load(open(f))
d["entries"][1]["done"] = True
d["entries"][2]["started"] = int(time.time() * 1000) - 30000
json.dump(d, open(f, "w"))
PY
written=$(date +%s)
play 'q\n'
late=$(($(date +%s) - written + 1)) # how long the run took to start, at most
check "it starts at entry 3" grep -q '^== 3 of 3 ==$' "$data/out"
# 30 s are left, less however long the run took to start on a loaded machine:
# the check follows what happened, so no machine is too slow for it.
check "with the time its clock has left" python3 - "$data/out" "$late" <<'PY'
import re, sys
m = re.search(r"^\(its clock started earlier: (\d+):(\d\d) left\)$", open(sys.argv[1]).read(), re.M)
late = int(sys.argv[2])
if m is None:
    sys.exit(0 if late >= 29 else 1)  # the minute may be over
left = int(m.group(1)) * 60 + int(m.group(2))
sys.exit(0 if 30 - late - 1 <= left <= 30 else 1)
PY

play '1\n1\nq\n' --restart
check "--restart ends well" [ $? -eq 0 ]
check "--restart starts at 1" grep -q '^== 1 of 3 ==$' "$data/out"
check "--restart lists nothing done" bash -c "! grep -q 'done)$' '$data/out' && ! grep -q 'Your place' '$data/out'"
check "--restart: entry 1 done again" [ "$(entry done 0)" = true ]
check "--restart: the others forgotten" \
    bash -c "[ '$(entry done 1)' = false ] && [ '$(entry started 2)' = null ]"
check "--restart: entry 1's clock started anew" [ "$(entry started 0)" != "$started1" ]

# A damaged place file is set aside with a message; the pack starts afresh.
f=$(ls "$data"/packs/*.place.json)
echo '{"format": 1, "kind": "pack-pl' >"$f"
play 'q\n'
check "a damaged place: the run still plays" grep -q '^== 1 of 3 ==$' "$data/out"
check "and says the file was set aside" grep -q "^rapport: .*broken" "$data/err"
check "the damaged file is kept" bash -c "ls '$data'/packs/*.place.json.broken-* >/dev/null"

# --no-save keeps no place: nothing read, nothing written.
rm -rf "$data/packs"
play '1\n1\nq\n' --no-save
check "--no-save plays" grep -q '^== 1 of 3 ==$' "$data/out"
check "--no-save writes no place" [ ! -e "$data/packs" ]

"$bin" play --pack "$pack" --restart --data-dir "$data" >/dev/null 2>"$data/err"
check "--restart without --text is a usage error (exit 2)" [ $? -eq 2 ]
check "that says why" grep -q "^rapport: --restart goes with play --text --pack" "$data/err"
"$bin" play --text --restart --no-save "$src/tests/ui/scenarios/tiny.lua" </dev/null >/dev/null 2>"$data/err"
check "--restart without --pack is a usage error (exit 2)" [ $? -eq 2 ]
check "that says so" grep -q "^rapport: --restart goes with play --text --pack$" "$data/err"
echo "$((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
