#!/usr/bin/env bash
# tests/authoring/big.sh RAPPORT ROOT: the authoring commands on a generated
# 10,000-node scenario (scripts/gen_scenario.lua, the one scripts/bench uses):
# check, test, graph, play from a late node, and progress after it. This checks
# that they work at that size and say the right things; how fast they are is
# measured by scripts/bench, never here.
set -u
bin=$1 root=$2
fail=0 n=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
no() { fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && head -20 "$2"; }
command -v lua5.4 >/dev/null || { echo "lua5.4 is missing (scripts/deps installs it)"; exit 77; }
facts=$(lua5.4 "$root/scripts/gen_scenario.lua" 10000 "$work") || { echo "gen_scenario failed"; exit 1; }
f=$work/nodes10000.lua
# facts: nodes=10000 choices=29592 layers=45 path=44 ...
val() { sed -n "s/.*\\b$1=\\([0-9]*\\).*/\\1/p" <<<"$facts"; }
nodes=$(val nodes) choices=$(val choices) path=$(val path)

n=$((n + 1)) # check: clean, and --json agrees
"$bin" check --strict "$f" >"$work/out" 2>&1 || no "check --strict on 10,000 nodes" "$work/out"
"$bin" check --json "$f" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["errors"]==0 and d["warnings"]==0, d' ||
  no "check --json on 10,000 nodes"

n=$((n + 1)) # test: every run finishes with the path length the generator promises
"$bin" test --runs 200 --seed 7 "$f" >"$work/test" 2>&1 || no "test --runs 200" "$work/test"
want="200 random runs, $((200 * path)) choices, 200 finished, 0 failed"
grep -q "$want" "$work/test" || no "test summary: want '$want'" "$work/test"
grep -q "coverage: nodes [0-9]*/$nodes, choices [0-9]*/$choices" "$work/test" || no "test coverage line" "$work/test"
# the gaps are summarised, not listed by the thousand
[ "$(grep -c '^  not \(visited\|taken\)' "$work/test")" -le 30 ] || no "test lists more than 30 gaps"
grep -q '^  \.\.\. and [0-9]* more not visited or not taken' "$work/test" || no "test gap summary" "$work/test"

n=$((n + 1)) # --exhaustive on a graph with too many paths says so and falls back to random runs
"$bin" test --exhaustive --runs 50 "$f" >"$work/ex" 2>&1 || no "test --exhaustive" "$work/ex"
grep -q "too many to walk; 50 random runs instead" "$work/ex" && grep -q "50 random runs, $((50 * path)) choices, 50 finished" "$work/ex" ||
  no "test --exhaustive fallback" "$work/ex"

n=$((n + 1)) # graph: one DOT node per scenario node, one edge per choice at least
"$bin" graph "$f" >"$work/g.dot" || no "graph"
got=$(grep -c '^  n[0-9]* \[label=' "$work/g.dot")
[ "$got" -eq "$nodes" ] || no "graph has $got nodes, want $nodes"
edges=$(grep -c -- '->' "$work/g.dot")
[ "$edges" -ge "$choices" ] || no "graph has $edges edges, want at least $choices"

n=$((n + 1)) # start anywhere: a node halfway down, then all first choices to an ending
late=$(grep -o '^  n22_[0-9]* = {' "$f" | head -1 | sed 's/^  \(n[0-9_]*\) = {/\1/')
[ -n "$late" ] || late=$(grep -o 'n22_[0-9]*' "$f" | head -1)
picks=$(printf '1,%.0s' $(seq 1 60))
"$bin" play --text --json --no-save --from "$late" --choices "${picks%,}" "$f" >"$work/play.json" 2>"$work/play.err"
python3 - "$work/play.json" "$late" <<'PY' || no "play --from $late" "$work/play.err"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["path"][0] == sys.argv[2], d["path"][:3]
assert d.get("outcome"), d.get("outcome")
PY

n=$((n + 1)) # a whole playthrough is saved and reads back; a start-anywhere run is not saved
"$bin" play --text --choices "${picks%,}" --from "$late" --data-dir "$work/data" --player big "$f" >"$work/from.out" 2>&1 ||
  no "play --from" "$work/from.out"
grep -q "not saved as a session" "$work/from.out" || no "play --from says it is not saved" "$work/from.out"
"$bin" play --text --choices "${picks%,}" --data-dir "$work/data" --player big "$f" >/dev/null 2>"$work/save.err" ||
  no "play and save" "$work/save.err"
"$bin" progress --json --data-dir "$work/data" --player big |
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["sessions"])==1 and d["sessions"][0]["scenario"]=="bench.nodes10000", d' ||
  no "progress after a session on 10,000 nodes"

echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
