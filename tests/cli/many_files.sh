#!/usr/bin/env bash
# tests/cli/many_files.sh RAPPORT: `rapport check` takes as many files as the
# shell expands a glob to. It used to refuse more than 256 ("too many
# arguments"), so `rapport check scenarios/*/*.lua` failed on a large library.
# 2,000 generated scenarios must all be read, and a broken one after them found.
set -u
bin=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
# printf is a builtin: no process per file.
for i in $(seq 1 2000); do
  printf '%s\n' "return { format = 1, id = \"many.s$i\", title = \"Scenario $i\"," \
    '  skills = { "listening" }, start = "a", nodes = {' \
    '  a = { speaker = "narrator", text = "Hi.", choices = {' \
    '    { text = "Hello, how are you?", to = "b", score = { listening = 1 }, feedback = "Warm." },' \
    '    { text = "Bye.", to = "c", feedback = "Short." } } },' \
    '  b = { speaker = "narrator", text = "Good.", ending = "good" },' \
    '  c = { speaker = "narrator", text = "Done.", ending = "done" } } }' >"$work/s$i.lua"
done
"$bin" check --json "$work"/s*.lua >"$work/out.json" 2>"$work/err"; rc=$?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["files"]==2000 and d["errors"]==0, d' 2>/dev/null \
  "$work/out.json" && [ $rc -eq 0 ] || { echo "FAIL 2000 good files: exit $rc"; head -3 "$work/err"; fail=1; }
# One more file, broken, named last: it is read and reported.
printf 'return { format = 1, id = "many.bad", title = "Bad", start = "nowhere", nodes = {} }\n' >"$work/zz_bad.lua"
"$bin" check "$work"/s*.lua "$work/zz_bad.lua" >"$work/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "^$work/zz_bad.lua" "$work/out" && tail -1 "$work/out" | grep -q " in 2001 files$" ||
  { echo "FAIL 2001st file (broken) not reported: exit $rc"; tail -3 "$work/out"; fail=1; }
[ $fail -eq 0 ] && echo "many_files: ok"
exit $fail
