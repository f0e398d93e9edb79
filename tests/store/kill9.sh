#!/usr/bin/env bash
# tests/store/kill9.sh HAMMER: kills a process that saves progress in a loop at
# random moments, many times; after every kill the progress file must parse
# (python's json, independent of rapport) and never shrink below what was there.
set -u
hammer=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
file=$dir/hammer.json
trials=${KILL9_TRIALS:-200}
fail=0 prev=0
for i in $(seq 1 "$trials"); do
  "$hammer" "$file" 2>/dev/null &
  pid=$!
  sleep "0.0$((RANDOM % 9 + 1))"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  [ -e "$file" ] || continue
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sessions"]))' "$file" 2>/dev/null)
  if [ -z "$n" ]; then echo "FAIL trial $i: unreadable progress file"; fail=$((fail + 1)); break; fi
  if [ "$n" -lt "$prev" ]; then echo "FAIL trial $i: $n sessions after $prev"; fail=$((fail + 1)); fi
  prev=$n
  # Keep the file small so each trial saves many times.
  [ "$n" -gt 300 ] && rm -f "$file" "$file.bak" && prev=0
done
ls "$dir" | grep -q broken && { echo "FAIL: a file was set aside as broken"; fail=$((fail + 1)); }
echo "$((trials - fail)) passed, $fail failed"
[ $fail -eq 0 ]
