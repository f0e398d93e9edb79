#!/usr/bin/env bash
# tests/store/upgrade.sh RAPPORT ROOT: a real schema 1 progress file, written
# by rapport before schema 2 (commit a02de34: seven sessions from `play`, among
# them a timeout and an assessed one, and settings saved by the store's
# st_save_settings), is read and upgraded by the next save losing nothing:
#   - `progress --json` reads all seven sessions, before any save;
#   - after one more `play`, the file is schema 2 and validates against
#     docs/progress.schema.json; every old session is there in order with
#     every field equal (the number pressed, once "shown", is now "pressed"),
#     kind "session", attempts numbered per scenario in file order, accuracy
#     null and no seed; player, created and settings unchanged;
#   - the .bak is the old file byte for byte.
set -u
bin=$1 root=$2
fixture=$root/tests/store/schema1_ana_lima.json
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
file=$data/ana_lima-0c1d7742.json # the slug of "Ana Lima"
cp "$fixture" "$file"
fail=0

"$bin" progress --json --data-dir "$data" --player "Ana Lima" >"$data/read.json" 2>"$data/err" ||
  { echo "FAIL: progress exits $? on the schema 1 file"; cat "$data/err"; fail=1; }
[ -s "$data/err" ] && { echo "FAIL: progress said something:"; cat "$data/err"; fail=1; }
cmp -s "$fixture" "$file" || { echo "FAIL: reading changed the file"; fail=1; }

"$bin" play --text --choices 1,1,1 --data-dir "$data" --player "Ana Lima" \
  "$root/tests/golden/fixture.lua" >"$data/out" 2>"$data/err"
grep -q '^Saved to ' "$data/out" && [ ! -s "$data/err" ] ||
  { echo "FAIL: the save after the upgrade"; cat "$data/err"; fail=1; }
cmp -s "$fixture" "$file.bak" || { echo "FAIL: the .bak is not the old file byte for byte"; fail=1; }

python3 - "$fixture" "$data/read.json" "$file" "$root/docs/progress.schema.json" <<'PY' || fail=1
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
old = json.load(open(sys.argv[1]))
read = json.load(open(sys.argv[2]))
new = json.load(open(sys.argv[3]))
schema = json.load(open(sys.argv[4]))
bad = []
def check(cond, what):
    if not cond:
        bad.append(what)

def upgraded(s, attempt):
    """What an old session must look like in schema 2."""
    t = json.loads(json.dumps(s))
    t["kind"] = "session"
    t["attempt"] = attempt
    t["seed"] = None
    for c in t.get("choices", []):
        c["pressed"] = c.pop("shown")
    for sk in t.get("skills", {}).values():
        sk["accuracy"] = None
    return t

check(old["schema"] == 1 and len(old["sessions"]) == 7, "the fixture is not the schema 1 file with 7 sessions")
for name, doc in (("progress --json", read), ("the upgraded file", new)):
    check(doc["schema"] == 2, "%s: schema %r" % (name, doc["schema"]))
    for k in ("player", "created", "settings"):
        check(doc[k] == old[k], "%s: %s differs: %r, was %r" % (name, k, doc[k], old[k]))
    seen = {}
    for i, s in enumerate(old["sessions"]):
        seen[s["scenario"]] = seen.get(s["scenario"], 0) + 1
        want = upgraded(s, seen[s["scenario"]])
        got = doc["sessions"][i] if i < len(doc["sessions"]) else None
        check(got == want, "%s: session %d differs:\n  got  %r\n  want %r" % (name, i, got, want))
check(len(read["sessions"]) == 7, "progress --json reads %d sessions" % len(read["sessions"]))
check(len(new["sessions"]) == 8, "the upgraded file holds %d sessions" % len(new["sessions"]))
check(new["sessions"][7]["attempt"] == 5, "the new fixture session is attempt %r, want 5" % new["sessions"][7].get("attempt"))
errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(new))
for e in errors:
    bad.append("schema: %s %s" % (list(e.path), e.message))
for b in bad:
    print("FAIL", b)
print("%d checks failed" % len(bad))
sys.exit(1 if bad else 0)
PY
[ $fail -eq 0 ] && echo "upgrade: all passed"
exit $fail
