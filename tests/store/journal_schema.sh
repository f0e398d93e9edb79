#!/usr/bin/env bash
# tests/store/journal_schema.sh RAPPORT ROOT: with a large history (made large
# early by RAPPORT_STORE_JOURNAL_FROM), real `rapport play` runs keep a journal
# beside the progress file; the file validates against
# docs/progress.schema.json and each journal line against
# docs/journal.schema.json; `rapport progress --json` and `rapport report`
# count every session played, journal included (docs/progress.md, "Large
# histories: the journal").
set -u
bin=$1 root=$2
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
fix=$root/tests/golden/fixture.lua
export RAPPORT_STORE_JOURNAL_FROM=3000
# Each play folds a due journal before it exits (st_fold_later), not in a
# detached process: the files checked below are not changing under the checks.
export RAPPORT_FOLD=wait
plays=0
for i in $(seq 1 12); do
  "$bin" play --text --choices 1,1,1 --json --data-dir "$data" --player ana "$fix" >/dev/null 2>&1 \
    || { echo "FAIL: play $i did not save"; exit 1; }
  plays=$i
  [ -s "$data/ana.journal" ] && [ "$i" -ge 6 ] && break
done
[ -s "$data/ana.journal" ] || { echo "FAIL: no journal after $plays plays"; ls -la "$data"; exit 1; }
"$bin" progress --json --data-dir "$data" --player ana >"$data/progress.out" 2>"$data/progress.err" \
  || { echo "FAIL: rapport progress"; cat "$data/progress.err"; exit 1; }
"$bin" report "$data/ana.json" --csv "$data/r.csv" --html "$data/r.html" >"$data/report.out" 2>&1 \
  || { echo "FAIL: rapport report"; exit 1; }
grep -q "1 learner, $plays sessions" "$data/report.out" \
  || { echo "FAIL: the report does not count the journal's sessions:"; cat "$data/report.out"; exit 1; }
python3 - "$root/docs" "$data" "$plays" <<'PY'
import json, sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)
from jsonschema import Draft202012Validator, FormatChecker, RefResolver
docs, data, plays = sys.argv[1], sys.argv[2], int(sys.argv[3])
prog = json.load(open(docs + "/progress.schema.json"))
jour = json.load(open(docs + "/journal.schema.json"))
for s in (prog, jour):
    Draft202012Validator.check_schema(s)
store = {prog["$id"]: prog, jour["$id"]: jour}
fails = []
def validate(schema, doc, where):
    v = Draft202012Validator(schema, format_checker=FormatChecker(),
                             resolver=RefResolver(schema["$id"], schema, store=store))
    for e in v.iter_errors(doc):
        fails.append("%s %s: %s" % (where, list(e.path), e.message))
snap = json.load(open(data + "/ana.json"))
validate(prog, snap, "ana.json")
assert "journal" in snap, "the large file has no journal object"
lines = open(data + "/ana.journal").read().split("\n")
assert lines[-1] == "", "the journal does not end in a newline"
ops = []
for i, line in enumerate(lines[:-1]):
    obj = json.loads(line)
    validate(jour, obj, "ana.journal line %d" % (i + 1))
    ops.append(obj.get("op", "header"))
assert "session" in ops, ops
# The schema refuses what rapport refuses.
assert "journal" in json.loads(lines[0]), "the journal's first line is not its id"
bad = json.loads(lines[1]); bad["op"] = "delete"
assert list(Draft202012Validator(jour, resolver=RefResolver(jour["$id"], jour, store=store)).iter_errors(bad)), "schema accepted op delete"
bad = json.loads(lines[1]); bad.pop("seq")
assert list(Draft202012Validator(jour, resolver=RefResolver(jour["$id"], jour, store=store)).iter_errors(bad)), "schema accepted a line without seq"
# Every session played, once: the file's and the journal's.
seen = json.load(open(data + "/progress.out"))
n = len(seen["sessions"])
if n != plays:
    fails.append("rapport progress --json shows %d sessions, %d were played" % (n, plays))
atts = [s["attempt"] for s in seen["sessions"]]
if atts != list(range(1, plays + 1)):
    fails.append("attempts %s" % atts)
for f in fails:
    print("FAIL", f)
print("%d lines checked, %d sessions; %d failed" % (len(lines) - 1, n, len(fails)))
sys.exit(1 if fails else 0)
PY
