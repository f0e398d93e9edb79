#!/usr/bin/env bash
# tests/store/kill9.sh HAMMER: kills a process that saves progress in a loop at
# random moments, many times; after every kill the progress file must parse
# (python's json, independent of rapport), so must every whole line of its
# journal when there is one, and the history never shrinks below what was
# there. With RAPPORT_STORE_JOURNAL_FROM small, the journal and its folds are
# what gets killed (CTest store_kill9_journal).
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
  # The history: the file's sessions, plus the journal's (docs/progress.md,
  # "Large histories: the journal") when a large history keeps one: every
  # whole line must read; a last line without its newline is an append cut
  # short, never acknowledged, and left out.
  n=$(python3 - "$file" "$dir/hammer.journal" 2>/dev/null <<'PY'
import json, os, sys
doc = json.load(open(sys.argv[1]))
n = len(doc["sessions"])
meta = doc.get("journal", {})
if os.path.exists(sys.argv[2]):
    text = open(sys.argv[2]).read()
    lines = text.split("\n")[:-1]  # the last piece has no newline: torn or empty
    jid = json.loads(lines[0])["journal"] if lines else None
    for line in lines[1:]:
        obj = json.loads(line)
        if obj["op"] == "session" and not (jid == meta.get("id") and obj["seq"] <= meta.get("folded", 0)):
            n += 1
print(n)
PY
)
  if [ -z "$n" ]; then echo "FAIL trial $i: unreadable progress file"; fail=$((fail + 1)); break; fi
  if [ "$n" -lt "$prev" ]; then echo "FAIL trial $i: $n sessions after $prev"; fail=$((fail + 1)); fi
  prev=$n
  # Keep the file small so each trial saves many times.
  [ "$n" -gt 300 ] && rm -f "$file" "$file.bak" "$dir/hammer.journal" && prev=0
done
ls "$dir" | grep -q broken && { echo "FAIL: a file was set aside as broken"; fail=$((fail + 1)); }
echo "$((trials - fail)) passed, $fail failed"
[ $fail -eq 0 ]
