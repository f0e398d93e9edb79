#!/usr/bin/env bash
# tests/golden/run.sh RAPPORT DIR: replays each recorded choice list
# (NAME.CASE.choices) through `play --text --choices ... --json` and compares
# the output with NAME.CASE.json, byte for byte. NAME.CASE.args, when present,
# holds more options for the run (a seeded, shuffled run: --seed N).
set -u
bin=$1 dir=$2
fail=0 n=0
for c in "$dir"/*.choices; do
  n=$((n + 1))
  base=${c%.choices}
  scenario="$dir/$(basename "$base" | cut -d. -f1).lua"
  args=()
  [ -f "$base.args" ] && read -r -a args <"$base.args"
  got=$("$bin" play --text --choices "$(cat "$c")" --json --no-save "${args[@]}" "$scenario" 2>/dev/null)
  if [ "$got" != "$(cat "$base.json")" ]; then
    echo "FAIL $(basename "$c")"; diff <(echo "$got") "$base.json"; fail=$((fail + 1))
  fi
done
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ] && [ $n -gt 0 ]
