#!/usr/bin/env bash
# tests/cli/review_upgrade.sh RAPPORT ROOT: issue 16's new progress fields
# (the "review" list, settings daily_goal and goals) are optional. A real
# schema 1 file (tests/store/schema1_ana_lima.json) and a schema 2 file with
# none of them each take a drill and lose nothing: every earlier session,
# the player, created and the settings are as `progress --json` read them
# before; the drill is one more session of kind "drill"; no review list or
# goal setting appears unless something put it there; the result validates
# against docs/progress.schema.json.
set -u
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC
unset RAPPORT_TODAY
fix=$root/tests/golden/fixture.lua
fail=0

one() { # DIR PLAYER: read, drill, compare
  local dir=$1 player=$2
  "$bin" progress --json --data-dir "$dir" --player "$player" >"$tmp/before.json" 2>"$tmp/err" ||
    { echo "FAIL: progress on the $3 file"; cat "$tmp/err"; fail=1; }
  # --seed 3 shows the best answer at hello first, so the drill misses
  # nothing and adds no review item.
  RAPPORT_NOW=2026-12-04T10:00:00Z "$bin" drill "$fix" hello --choices 1,1 --seed 3 --today 2026-12-04 \
    --data-dir "$dir" --player "$player" \
    >"$tmp/out" 2>"$tmp/err" || { echo "FAIL: drill on the $3 file"; cat "$tmp/out" "$tmp/err"; fail=1; }
  local f
  f=$(ls "$dir"/*.json | head -1)
  python3 - "$tmp/before.json" "$f" "$root/docs/progress.schema.json" "$3" <<'PY' || fail=1
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
before = json.load(open(sys.argv[1]))
after = json.load(open(sys.argv[2]))
schema = json.load(open(sys.argv[3]))
what = sys.argv[4]
bad = []
for k in ("player", "created", "settings"):
    if before.get(k) != after.get(k):
        bad.append("%s changed: %r -> %r" % (k, before.get(k), after.get(k)))
n = len(before["sessions"])
if after["sessions"][:n] != before["sessions"]:
    bad.append("an earlier session changed")
if len(after["sessions"]) != n + 1 or after["sessions"][-1]["kind"] != "drill":
    bad.append("the drill is not one more session of kind drill")
for k in ("review",):
    if k in after:
        bad.append("%s appeared without cause" % k)
for e in Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(after):
    bad.append("schema: %s %s" % (list(e.path), e.message))
for b in bad:
    print("FAIL (%s file): %s" % (what, b))
sys.exit(1 if bad else 0)
PY
}

mkdir -p "$tmp/one" "$tmp/two"
cp "$root/tests/store/schema1_ana_lima.json" "$tmp/one/ana_lima-0c1d7742.json"
one "$tmp/one" "Ana Lima" "schema 1"

"$bin" play --text --choices 1,1,1 --data-dir "$tmp/two" --player Ben "$fix" >/dev/null 2>&1
grep -q '"review"\|daily_goal\|"goals"' "$tmp"/two/*.json && { echo "FAIL: the setup file has review fields"; fail=1; }
one "$tmp/two" Ben "schema 2"

[ $fail -eq 0 ] && echo "review_upgrade.sh: all passed"
exit $fail
