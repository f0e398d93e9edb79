#!/usr/bin/env bash
# tests/authoring/run.sh RAPPORT TESTS: each checker warning has a file that
# triggers it (warn_<code>.lua: the code must be reported, and no error) and a
# file that does not (the golden fixture must report no warning at all);
# expectations that do not hold make `rapport test` fail.
set -u
bin=$1 t=$2
fail=0 n=0
for f in "$t"/authoring/warn_*.lua; do
  n=$((n + 1))
  code=$(basename "$f" .lua); code=${code#warn_}
  out=$("$bin" check --json "$f")
  if ! python3 -c 'import json,sys; d=json.loads(sys.argv[1]); c=sys.argv[2]
assert d["errors"]==0, d
assert any(x["code"]==c and x["severity"]=="warning" for x in d["findings"]), d' "$out" "$code"; then
    echo "FAIL $f: no '$code' warning"; echo "$out"; fail=$((fail + 1))
  fi
  "$bin" check --strict "$f" >/dev/null; [ $? -eq 1 ] || { echo "FAIL $f: --strict should fail"; fail=$((fail + 1)); }
  # The clean file does not trigger it.
  "$bin" check --json "$t/golden/fixture.lua" | grep -q "\"$code\"" && { echo "FAIL fixture triggers $code"; fail=$((fail + 1)); }
done
# Each checker error that is about authoring rather than form has a file too
# (err_<code>.lua), whose first line says the line and the message expected:
# "-- expect LINE: MESSAGE". The file must be refused with exactly that.
for f in "$t"/authoring/err_*.lua; do
  n=$((n + 1))
  code=$(basename "$f" .lua); code=${code#err_}
  want=$(head -1 "$f"); want=${want#-- expect }
  out=$("$bin" check "$f"); rc=$?
  if [ $rc -ne 1 ] || ! grep -qxF "$f:${want%%: *}: error: ${want#*: } [$code]" <<<"$out"; then
    echo "FAIL $f: expected line ${want%%: *}: '${want#*: }' [$code] (rc $rc)"; echo "$out"; fail=$((fail + 1))
  fi
done
# ok_<code>.lua: near misses of a check (the file says why), clean even under --strict.
for f in "$t"/authoring/ok_*.lua; do
  n=$((n + 1))
  out=$("$bin" check --strict "$f") || { echo "FAIL $f is not clean"; echo "$out"; fail=$((fail + 1)); }
done
# A farming loop is named by its nodes and the lines of its choices.
n=$((n + 1))
"$bin" check "$t/authoring/warn_farming-loop.lua" | grep -qF "the loop demo (choice 1, line 5) -> story (choice 1, line 8) -> demo again and again, gaining listening +1 on every round" ||
  { echo "FAIL farming-loop does not name the loop"; fail=$((fail + 1)); }
# A fact one slip from one the scenario learns is named.
n=$((n + 1))
"$bin" check "$t/authoring/warn_fact-never-learned.lua" | grep -qF "needs the fact 'her_dgo', which nothing in the scenario ever learns; did you mean 'her_dog'? [fact-never-learned]" ||
  { echo "FAIL fact-never-learned has no did you mean"; fail=$((fail + 1)); }
# Misspelt keys read from `state` inside functions: test plays them, names
# each with its line and the real key, and fails.
n=$((n + 1))
out=$("$bin" test --runs 20 "$t/authoring/state_typo.lua"); rc=$?
if [ $rc -ne 1 ] || ! grep -qF "state_typo.lua:9: warning: nodes.e.text: reads state.facts.roterdam_friday, but no part of the scenario defines the fact 'roterdam_friday', so it is always false; did you mean 'rotterdam_friday'? [unknown-state-key]" <<<"$out" ||
  ! grep -qF "state_typo.lua:10: warning: nodes.e.text: reads state.trust.Dana, but no part of the scenario defines the cast key 'Dana', so it is always nil; did you mean 'dana'? [unknown-state-key]" <<<"$out"; then
  echo "FAIL misspelt state keys (rc $rc)"; echo "$out"; fail=$((fail + 1))
fi
# Every run of test is finished, failed or stopped (a loop), and the summary says which.
n=$((n + 1))
"$bin" test --exhaustive "$t/authoring/warn_farming-loop.lua" |
  grep -qF "101 exhaustive runs, 10200 choices, 100 finished, 0 failed, 1 stopped after 200 choices without an ending (going round a loop such as demo -> story -> demo)" ||
  { echo "FAIL stopped runs not accounted for"; fail=$((fail + 1)); }
# NAME.test.lua is checked against NAME.lua: every name its cases use, with
# the real one; test does not run cases that name what is not there.
n=$((n + 1))
out=$("$bin" check "$t/authoring/misnamed.test.lua"); rc=$?
for want in "4: error: [1].from: 'slgo' is not a node in the scenario; did you mean 'slog'? [unknown-node]" \
  "4: error: [1].outcome: 'conected' is not an ending label in the scenario; did you mean 'connected'? [unknown-outcome]" \
  "4: error: [1].facts: 'pipelin' is not a fact in the scenario; did you mean 'pipeline'? [unknown-fact]" \
  "4: error: [1].trust: 'Sam' is not a cast key in the scenario; did you mean 'sam'? [unknown-cast]" \
  "4: error: [1].skills: 'listenin' is not a skill in the scenario; did you mean 'listening'? [unknown-skill]"; do
  grep -qF "misnamed.test.lua:$want" <<<"$out" || rc=99
done
[ $rc -eq 1 ] || { echo "FAIL names in a .test.lua not checked (rc $rc)"; echo "$out"; fail=$((fail + 1)); }
n=$((n + 1))
out=$("$bin" test --runs 5 "$t/authoring/misnamed.lua"); rc=$?
[ $rc -eq 1 ] && grep -qF "expectations ($t/authoring/misnamed.test.lua): not run" <<<"$out" ||
  { echo "FAIL test ran cases that name what the scenario lacks (rc $rc)"; echo "$out"; fail=$((fail + 1)); }
n=$((n + 1))
tmp=$(mktemp -d)
cp "$t/authoring/failing.lua" "$tmp/typo.lua"
printf 'return {\n  { choices = "1,1,1", outcom = "missed", skills = { listening = { raw = 1 } } },\n}\n' >"$tmp/typo.test.lua"
"$bin" check "$tmp/typo.test.lua" | grep -qF "typo.test.lua:2: error: [1].outcom: unknown field; did you mean 'outcome'? Without it, the case does not check where the conversation ends [misspelt-field]" ||
  { echo "FAIL misspelt field in a test case"; fail=$((fail + 1)); }
rm -rf "$tmp"
n=$((n + 1))
"$bin" check --strict "$t/golden/fixture.lua" >/dev/null || { echo "FAIL fixture is not clean"; fail=$((fail + 1)); }
n=$((n + 1))
out=$("$bin" test --runs 5 "$t/authoring/failing.lua"); rc=$?
if [ $rc -ne 1 ] || ! grep -q "expected outcome 'missed', got 'connected'" <<<"$out"; then
  echo "FAIL failing expectations not reported (rc $rc)"; echo "$out"; fail=$((fail + 1))
fi
n=$((n + 1))
out=$("$bin" test "$t/golden/fixture.lua"); rc=$?
[ $rc -eq 0 ] && grep -q "expectations (.*): 5 passed, 0 failed" <<<"$out" || { echo "FAIL fixture expectations"; echo "$out"; fail=$((fail + 1)); }
# The tutorial's scenario is a real, clean, tested file.
n=$((n + 1))
tut=$t/../docs/tutorial/hallway.lua
"$bin" check --strict "$tut" >/dev/null && "$bin" test --exhaustive "$tut" | grep -q "expectations (.*): 4 passed, 0 failed" \
  || { echo "FAIL tutorial scenario"; fail=$((fail + 1)); }
# An exercise pack is checked as a pack, against the library it will open:
# the shipped one is clean, and a misspelt scenario is named with its line.
n=$((n + 1))
pack=$t/../scenarios/packs/first_workshop.pack.lua
"$bin" check --strict "$pack" >/dev/null || { echo "FAIL shipped pack does not check clean"; fail=$((fail + 1)); }
n=$((n + 1))
tmp=$(mktemp -d)
sed 's/networking\.coffee_line/networking.cofee_line/' "$pack" >"$tmp/typo.pack.lua"
out=$("$bin" check "$tmp/typo.pack.lua"); rc=$?
if [ $rc -ne 1 ] || ! grep -q "typo.pack.lua:[0-9]*: error: scenarios\[1\]: .*did you mean 'networking.coffee_line'" <<<"$out"; then
  echo "FAIL misspelt scenario in a pack (rc $rc)"; echo "$out"; fail=$((fail + 1))
fi
rm -rf "$tmp"
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
