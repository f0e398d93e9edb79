#!/usr/bin/env bash
# tests/cli/run.sh RAPPORT TESTS: the command line's contract: usage errors exit 2
# with one line and the usage; --choices out of range says what was shown; the
# text player records a finished session in --data-dir.
set -u
bin=$1 t=$2
fail=0 n=0
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
check() { # name, condition result
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); fi
}
"$bin" --version | grep -q '^rapport [0-9]'; check version $?
"$bin" --help | grep -q 'rapport play'; check help $?
"$bin" frobnicate >/dev/null 2>"$data/err"; rc=$?
[ $rc -eq 2 ] && head -1 "$data/err" | grep -q "unknown command 'frobnicate'" && grep -q usage "$data/err"; check bad_command $?
"$bin" play --choices >/dev/null 2>&1; [ $? -eq 2 ]; check missing_value $?
"$bin" play --bogus x >/dev/null 2>&1; [ $? -eq 2 ]; check unknown_option $?
"$bin" play --text --choices 1,9 --json --no-save "$t/golden/fixture.lua" >"$data/out" 2>"$data/err"; rc=$?
[ $rc -eq 1 ] && grep -q "choice 2 of --choices is 9, but node 'slog' showed 2 choices" "$data/err"; check out_of_range $?
"$bin" play --text --choices x --no-save "$t/golden/fixture.lua" >/dev/null 2>&1; [ $? -eq 2 ]; check bad_choices_syntax $?
# The text player, interactively, records the session.
printf '1\n1\n1\n' | "$bin" play --text --data-dir "$data" --player "Test Person" "$t/golden/fixture.lua" >"$data/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "Debrief" "$data/out" && grep -q "\[coach\]" "$data/out"; check text_play $?
"$bin" progress --data-dir "$data" --player "Test Person" --json >"$data/p.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["sessions"][0]; assert d["schema"]==1 and s["scenario"]=="test.fixture" and s["outcome"]=="connected" and s["path"][-1]=="warm" and len(s["choices"])==3, d' "$data/p.json"; check progress_recorded $?
# The class report can also write the xAPI statements an LRS would receive.
"$bin" report "$data" --xapi "$data/x.json" --html "$data/r.html" >/dev/null 2>&1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) >= 2, d
assert all(s["object"]["id"].endswith("/test.fixture") for s in d), d
assert any(s["verb"]["id"].endswith("/completed") or s["verb"]["id"].endswith("/passed") for s in d), d' "$data/x.json"; check report_xapi $?
# Start anywhere: late scene with a fact and trust set.
"$bin" play --text --from ask --fact pipeline --trust sam=2 --choices 1 --json --no-save "$t/golden/fixture.lua" 2>/dev/null | grep -q '"outcome":"connected"'; check start_anywhere $?
# A misspelt --from, --fact or --trust key: one line naming the nearest one.
for bad in "--from asx" "--fact pipelne" "--trust sma=2"; do
  # shellcheck disable=SC2086 # the option and its value are two words
  err=$("$bin" play --text --choices 1 --no-save $bad "$t/golden/fixture.lua" 2>&1 >/dev/null)
  rc=$?
  [ $rc -ne 0 ] && [ "$(grep -c . <<<"$err")" -eq 1 ] && grep -q "did you mean '\(ask\|pipeline\|sam\)'" <<<"$err"
  check "start_anywhere_typo ${bad%% *}" $?
done
# check: exit 1 on errors with file:line, 0 on a clean file
"$bin" check "$t/hostile/missing_target.lua" >"$data/out"; [ $? -eq 1 ] && grep -q "missing_target.lua:2: error: nodes.a.choices\[1\].to" "$data/out"; check check_errors $?
"$bin" check "$t/golden/fixture.lua" >/dev/null; check check_clean $?
"$bin" check --json "$t/hostile/missing_target.lua" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["errors"]==1 and d["findings"][0]["code"]=="unknown-node"'; check check_json $?
"$bin" graph "$t/golden/fixture.lua" | grep -q 'digraph'; check graph $?
if command -v dot >/dev/null; then
  "$bin" graph --svg "$data/g.svg" "$t/golden/fixture.lua" && grep -q '<svg' "$data/g.svg"; check graph_svg $?
fi
"$bin" graph "$t/golden/fixture.lua" | grep -q 'n3 \[label="warm\\n\[connected\]", shape=doubleoctagon, fillcolor=palegreen'; check graph_ending_colour $?
"$bin" test --exhaustive "$t/golden/fixture.lua" | grep -q "choices 6/6, endings 2/2"; check test_coverage $?
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
