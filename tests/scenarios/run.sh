#!/usr/bin/env bash
# tests/scenarios/run.sh RAPPORT DIR: every shipped scenario loads with no error
# and no warning, meets the content rules (props.lua), and automated
# playthroughs reach every node, choice and ending. The honest-scores checks
# (guessable-cue, merge-without-reply) are strict for scenarios at version 2
# or later, the rewritten library (issue 15); an older file gets them listed,
# not failed, while its rewrite is under way.
set -u
bin=$1 dir=$2
here=$(dirname "$0")
fail=0 n=0
files=$(find "$dir" -name '*.lua' ! -name '*.test.lua' ! -name '*.pack.lua' ! -name 'rapport.lua' | sort)
[ -n "$files" ] || { echo "no scenarios in $dir"; echo "0 passed, 1 failed"; exit 1; }
for f in $files; do
  n=$((n + 1))
  ok=1
  out=$("$bin" check --strict "$f" 2>&1)
  if [ $? -ne 0 ]; then
    if ! grep -Eq '^ *version *= *([2-9]|[1-9][0-9])' "$f" &&
       ! grep -v -e '\[guessable-cue\]' -e '\[merge-without-reply\]' -e 'surface cues at' \
         -e 'warnings\? in 1 file' <<<"$out" | grep -q .; then
      echo "NOTE $f (not yet rewritten): $(grep -c -e '\[guessable-cue\]' -e '\[merge-without-reply\]' <<<"$out") honest-score warnings"
    else
      echo "FAIL $f: check"; echo "$out"; ok=0
    fi
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
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
