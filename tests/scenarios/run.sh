#!/usr/bin/env bash
# tests/scenarios/run.sh RAPPORT DIR: every shipped scenario loads with no error
# and no warning, meets the content rules (props.lua), and automated
# playthroughs reach every node, choice and ending. Honest scores (issue 15):
# every scenario has expectations that include "no guessing bot wins", and
# over the whole library no surface cue picks the unique best choice at more
# than 45% of the nodes (each scenario's own limit is `check`'s guessable-cue).
set -u
bin=$1 dir=$2
here=$(dirname "$0")
fail=0 n=0
files=$(find "$dir" -name '*.lua' ! -name '*.test.lua' ! -name '*.pack.lua' ! -name 'rapport.lua' | sort)
[ -n "$files" ] || { echo "no scenarios in $dir"; echo "0 passed, 1 failed"; exit 1; }
for f in $files; do
  n=$((n + 1))
  ok=1
  out=$("$bin" check --strict "$f" 2>&1) || { echo "FAIL $f: check"; echo "$out"; ok=0; }
  t=${f%.lua}.test.lua
  if ! grep -q 'bots *= *{' "$t" 2>/dev/null; then
    echo "FAIL $f: no expectations with a bots case in $t (see docs/authoring.md)"; ok=0
  fi
  lua5.4 "$here/props.lua" "$f" || ok=0
  if command -v luacheck >/dev/null; then
    (cd "$dir" && luacheck --no-color -q "$f" >/dev/null) || { echo "FAIL $f: luacheck"; (cd "$dir" && luacheck --no-color "$f"); ok=0; }
  fi
  cov=$("$bin" test --runs 4000 --seed 7 "$f" 2>&1)
  line=$(grep 'coverage:' <<<"$cov")
  if ! awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+\/[0-9]+,?$/) { split($i, a, "/"); sub(",", "", a[2]); if (a[1] != a[2]) bad = 1 } } END { exit bad }' <<<"$line" \
     || grep -q ' [1-9][0-9]* failed' <<<"$cov"; then
    echo "FAIL $f: playthroughs"; echo "$cov" | head -20; ok=0
  fi
  [ $ok = 1 ] || fail=$((fail + 1))
done
# The library as a whole: each cue's share of the nodes with one best choice.
n=$((n + 1))
"$bin" check --json $files >"${TMPDIR:-/tmp}/rapport-lib-cues.$$" 2>/dev/null
if ! python3 - "${TMPDIR:-/tmp}/rapport-lib-cues.$$" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
judged = sum(c["judged"] for c in d["cues"])
bad = []
for cue in ("first", "last", "shortest", "longest", "question", "you-words"):
    hits = sum(c[cue] for c in d["cues"])
    pct = 100 * hits / judged if judged else 0
    print(f"library: {cue} picks the best choice at {hits} of {judged} nodes ({pct:.0f}%)")
    if pct > 45: bad.append(cue)
sys.exit(1 if bad or judged == 0 else 0)
PY
then echo "FAIL library: a surface cue finds the best choice at more than 45% of nodes"; fail=$((fail + 1)); fi
rm -f "${TMPDIR:-/tmp}/rapport-lib-cues.$$"
# Every shipped exercise pack names scenarios the library has, with no warning.
for pk in $(find "$dir" -name '*.pack.lua' | sort); do
  n=$((n + 1))
  out=$("$bin" check --strict "$pk" 2>&1) || { echo "FAIL $pk: check"; echo "$out"; fail=$((fail + 1)); }
done
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
