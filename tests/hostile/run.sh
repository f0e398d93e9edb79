#!/usr/bin/env bash
# tests/hostile/run.sh RAPPORT DIR: every hostile scenario ends with a clear
# message (the `-- expect:` text of its first line), exit 1, no crash, no hang,
# and nothing written to disk.
set -u
bin=$1 dir=$2
fail=0 n=0
marker=$(mktemp)
for f in "$dir"/*.lua; do
  n=$((n + 1))
  if [ "$(basename "$f")" = binary_chunk.lua ]; then
    expect="precompiled"
  else
    expect=$(head -1 "$f" | sed -n 's/^-- expect: //p')
  fi
  out=$(timeout 20 "$bin" check "$f" 2>&1); rc=$?
  if [ $rc -ne 1 ]; then
    echo "FAIL $f: exit $rc (want 1)"; echo "$out" | head -5; fail=$((fail + 1)); continue
  fi
  if ! grep -qF -- "$expect" <<<"$out"; then
    echo "FAIL $f: message lacks '$expect':"; echo "$out" | head -5; fail=$((fail + 1)); continue
  fi
  if ! grep -qF -- "$f" <<<"$out"; then
    echo "FAIL $f: message does not name the file"; fail=$((fail + 1)); continue
  fi
done
if [ -e /tmp/rapport-pwned ] || [ -n "$(find /tmp -maxdepth 1 -newer "$marker" -name 'rapport-pwned*' 2>/dev/null)" ]; then
  echo "FAIL: a hostile scenario wrote to disk"; fail=$((fail + 1))
fi
rm -f "$marker"
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
