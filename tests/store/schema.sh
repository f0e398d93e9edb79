#!/usr/bin/env bash
# tests/store/schema.sh RAPPORT ROOT: progress files rapport writes validate
# against docs/progress.schema.json (Debian's python3-jsonschema, 2020-12).
set -u
bin=$1 root=$2
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
fix=$root/tests/golden/fixture.lua
"$bin" play --text --choices 1,1,1 --json --data-dir "$data" --player "Ana" "$fix" >/dev/null 2>&1
"$bin" play --text --choices 1,t --json --data-dir "$data" --player "Ana" "$fix" >/dev/null 2>&1
"$bin" play --text --choices 2 --assessed --json --data-dir "$data" --player "Ana" "$fix" >/dev/null 2>&1
python3 - "$root/docs/progress.schema.json" "$(ls "$data"/*.json | head -1)" <<'PY'
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
doc = json.load(open(sys.argv[2]))
errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(doc))
for e in errors:
    print("FAIL", list(e.path), e.message)
assert len(doc["sessions"]) == 3, len(doc["sessions"])
assert doc["schema"] == 2, doc["schema"]
# The schema must also refuse what rapport would refuse.
import copy
def refused(change, why):
    bad = copy.deepcopy(doc)
    change(bad)
    assert list(Draft202012Validator(schema).iter_errors(bad)), "schema accepted " + why
refused(lambda d: d.update(schema="one"), "a schema that is not a number")
refused(lambda d: d.update(schema=3), "schema 3")
refused(lambda d: d["sessions"][0].pop("kind"), "a schema 2 session without kind")
refused(lambda d: d["sessions"][0].update(kind="review"), "an unknown kind")
refused(lambda d: d["sessions"][0].update(attempt=0), "attempt 0")
refused(lambda d: d["sessions"][0].update(seed=2**32), "a seed past 4294967295")
refused(lambda d: d["sessions"][0].update(confidence_after=6), "confidence 6")
refused(lambda d: d["sessions"][0]["choices"][0].update(shown=1), "shown as a number in schema 2")
refused(lambda d: next(iter(d["sessions"][0]["skills"].values())).update(accuracy=101), "accuracy 101")
print("%d passed, %d failed" % (1 if not errors else 0, len(errors)))
sys.exit(1 if errors else 0)
PY
