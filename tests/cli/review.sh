#!/usr/bin/env bash
# tests/cli/review.sh RAPPORT ROOT: issue 16's drill and spaced review in a
# terminal, with the calendar injected (--today, RAPPORT_TODAY; the clock that
# stamps sessions, RAPPORT_NOW) and TZ=UTC, so nothing depends on the real clock. A small scenario with order = "fixed"
# keeps choice numbers stable whatever the shuffle.
#   - a session that misses two moments queues both, due the next day;
#   - review on the day they were missed has nothing due and names the day;
#   - review the next day plays both in turn: the one answered well comes
#     back in 1 day then 6, the missed one tomorrow with a lapse counted;
#     each is saved as kind "drill" with only its own steps, and the session
#     keeps its attempt number;
#   - drill replays the moment with the state the player had, saves a drill,
#     and moves the moment's schedule as a review does (well: later; again
#     well the same day: held; missed: tomorrow; a moment missed that was
#     not queued joins the queue), never counted as a review; it refuses an
#     unknown node with a did-you-mean;
#   - the streak and daily goal line: days in a row, today's count, held
#     through a day without practice yet, hidden by the switch;
#   - the file validates against docs/progress.schema.json.
set -u
bin=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC RAPPORT_SCENARIOS=$tmp/lib
unset RAPPORT_TODAY
mkdir -p "$tmp/lib" "$tmp/data"
cat >"$tmp/lib/review_test.lua" <<'LUA'
return { format = 1, id = "t.review", title = "Review test", family = "test",
  cast = { maya = { name = "Maya", role = "Lead" } }, start = "a",
  nodes = {
    a = { speaker = "maya", text = "A?", order = "fixed", learn = { "heard_a" }, choices = {
      { text = "Best at a", to = "b", score = { listening = 1 }, trust = { maya = 1 }, feedback = "Good." },
      { text = "Worse at a", to = "b", score = { listening = -1 }, feedback = "Less good." } } },
    b = { speaker = "maya", text = "B?", order = "fixed", choices = {
      { text = "Best at b", to = "c", score = { empathy = 1 }, trust = { maya = 1 }, feedback = "Good." },
      { text = "Worse at b", to = "c", feedback = "Less good." } } },
    c = { speaker = "maya", text = "C?", order = "fixed", choices = {
      { text = "Best at c", to = "done", score = { empathy = 1 }, feedback = "Good." },
      { text = "Worse at c", to = "done", feedback = "Less good." } } },
    done = { speaker = "maya", text = "Bye.", ending = "done", grade = "good" } } }
LUA
fail=0
# The drills and sessions saved are stamped at 10:00 UTC on the day the
# command is given (--today, else RAPPORT_TODAY; RAPPORT_NOW), not by the
# real clock, whose day would disagree with the injected one.
run() {
  local day=${RAPPORT_TODAY:-} prev= a
  for a in "$@"; do
    [ "$prev" = --today ] && day=$a
    prev=$a
  done
  RAPPORT_NOW=${day:+${day}T10:00:00Z} "$bin" "$@" --data-dir "$tmp/data" --player Ana
}
file() { ls "$tmp"/data/*.json | grep -v '\.bak' | head -1; }
check() { # python expression over the progress file as d
  python3 - "$(file)" "$1" "$2" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
r = {x["node"]: x for x in d.get("review", [])}
drills = [s for s in d["sessions"] if s["kind"] == "drill"]
sessions = [s for s in d["sessions"] if s["kind"] == "session"]
if not eval(sys.argv[2]):
    print("FAIL:", sys.argv[3])
    print(json.dumps(d.get("review"), indent=1))
    sys.exit(1)
PY
}

RAPPORT_TODAY=2026-12-03 run play --text --choices 2,2,1 t.review >"$tmp/out" 2>&1 ||
  { echo "FAIL: play"; cat "$tmp/out"; fail=1; }
check 'sorted(r) == ["a", "b"] and r["a"]["due"] == "2026-12-04" and r["a"]["added"] == "2026-12-03" and r["a"]["interval"] == 1 and r["a"]["last"] is None' \
  "the two missed moments are queued for the next day"

run review --text --today 2026-12-03 >"$tmp/out" 2>&1 || { echo "FAIL: review exits $?"; fail=1; }
grep -q '^No moments to review today (2026-12-03)' "$tmp/out" &&
  grep -q 'The next one is due on 2026-12-04' "$tmp/out" ||
  { echo "FAIL: nothing due on the day they were missed"; cat "$tmp/out"; fail=1; }

# a: best then best (well); b: worse at b, then c (missed).
run review --text --today 2026-12-04 --seed 9 --choices 1,1,2,1 >"$tmp/out" 2>&1 ||
  { echo "FAIL: review exits $?"; cat "$tmp/out"; fail=1; }
grep -q '^2 moments to review today (2026-12-04)' "$tmp/out" &&
  grep -q '== 1 of 2: Review test, “A?” ==' "$tmp/out" &&
  grep -q '== 2 of 2: Review test, “B?” ==' "$tmp/out" &&
  grep -q 'Well done. It comes back on 2026-12-05.' "$tmp/out" &&
  grep -q 'This one will come back soon. It comes back on 2026-12-05.' "$tmp/out" &&
  grep -q 'Reviewed 2 of 2.' "$tmp/out" ||
  { echo "FAIL: review of two moments"; cat "$tmp/out"; fail=1; }
grep -q 'Listening: +1 of a possible +1' "$tmp/out" ||
  { echo "FAIL: what changed is not shown"; cat "$tmp/out"; fail=1; }
check 'r["a"]["reps"] == 1 and r["a"]["due"] == "2026-12-05" and r["a"]["last"] == "2026-12-04" and r["a"]["lapses"] == 0 and r["a"]["reviews"] == 1' \
  "the moment answered well: reps 1, next in 1 day"
check 'r["b"]["reps"] == 0 and r["b"]["lapses"] == 1 and r["b"]["due"] == "2026-12-05" and r["b"]["ease"] == 2.5' \
  "the missed moment: back tomorrow, a lapse, the ease kept"
check 'len(drills) == 2 and [s["attempt"] for s in drills] == [1, 2] and drills[0]["path"][0] == "a" and drills[1]["path"][0] == "b" and len(drills[1]["choices"]) == 2 and drills[1]["choices"][0]["node"] == "b"' \
  "two drills, numbered among drills, each with only its own steps"
check 'len(sessions) == 1 and sessions[0]["attempt"] == 1' "the session keeps its attempt number"

# The next day: a again, well: 6 days; b, well: 1 day.
run review --text --today 2026-12-05 --choices 1,1,1,1 >"$tmp/out" 2>&1 ||
  { echo "FAIL: second review"; cat "$tmp/out"; fail=1; }
check 'r["a"]["interval"] == 6 and r["a"]["due"] == "2026-12-11" and r["b"]["interval"] == 1 and r["b"]["due"] == "2026-12-06"' \
  "intervals grow on success (1, then 6)"
run review --text --today 2026-12-06 --choices 1,1 >"$tmp/out" 2>&1
grep -q '^1 moment to review today' "$tmp/out" || { echo "FAIL: only b is due on 12-06"; cat "$tmp/out"; fail=1; }

# drill: the moment b as the session reached it (heard_a, trust 0 after "Worse at a").
run drill t.review b --choices 1,1 --today 2026-12-06 >"$tmp/out" 2>&1 ||
  { echo "FAIL: drill exits $?"; cat "$tmp/out"; fail=1; }
grep -q "^Drill: Review test, the moment 'b' (2 decisions)" "$tmp/out" &&
  grep -q 'Trust, Maya: 0 -> 1' "$tmp/out" && grep -q '^Saved to ' "$tmp/out" &&
  ! grep -q 'fresh' "$tmp/out" ||
  { echo "FAIL: drill of b"; cat "$tmp/out"; fail=1; }
# A drill outside review moves the schedule too, never counted as a review.
# b was reviewed well today (6 days, due 12-12): answered well again the
# same day, it holds; missed, it comes back tomorrow with a lapse.
grep -q 'Answered well again today: it still comes back on 2026-12-12' "$tmp/out" ||
  { echo "FAIL: the drill of b, answered well on the day of its review"; cat "$tmp/out"; fail=1; }
check 'r["b"]["interval"] == 6 and r["b"]["due"] == "2026-12-12" and r["b"]["reps"] == 2 and r["b"]["reviews"] == 3' \
  "a second success the same day holds the schedule"
run drill t.review b --choices 2,1 --today 2026-12-06 >"$tmp/out" 2>&1
grep -q 'This one will come back soon. It comes back on 2026-12-07.' "$tmp/out" ||
  { echo "FAIL: a missed drill"; cat "$tmp/out"; fail=1; }
check 'r["b"]["interval"] == 1 and r["b"]["due"] == "2026-12-07" and r["b"]["reps"] == 0 and r["b"]["lapses"] == 2 and r["b"]["reviews"] == 3' \
  "a missed drill brings the moment back tomorrow, a lapse counted"
# c was answered well in the session: a drill that misses it queues it.
run drill t.review c --choices 2 --today 2026-12-06 >"$tmp/out" 2>&1
grep -q 'A moment missed: it joins your review queue and comes back on 2026-12-07.' "$tmp/out" ||
  { echo "FAIL: a missed moment joins the queue"; cat "$tmp/out"; fail=1; }
check '"c" in r and r["c"]["due"] == "2026-12-07" and r["c"]["added"] == "2026-12-06"' "c joins the queue"
# a (6 days, ease 2.7, due 12-11), drilled well on 12-08: 16 days later.
run drill t.review a --choices 1,1 --today 2026-12-08 >"$tmp/out" 2>&1
grep -q 'Well done. It comes back on 2026-12-24.' "$tmp/out" ||
  { echo "FAIL: a drill answered well moves the moment later"; cat "$tmp/out"; fail=1; }
check 'r["a"]["interval"] == 16 and r["a"]["due"] == "2026-12-24" and r["a"]["reps"] == 3 and r["a"]["last"] == "2026-12-08" and r["a"]["reviews"] == 2' \
  "a drill answered well moves the moment later, not counted as a review"
run review --text --today 2026-12-07 --no-save --choices 1,1,1 >"$tmp/out" 2>&1
grep -q '^2 moments to review today (2026-12-07)' "$tmp/out" ||
  { echo "FAIL: b and c are due on 12-07"; cat "$tmp/out"; fail=1; }
run drill t.review bb --choices 1 >"$tmp/out" 2>&1 && { echo "FAIL: an unknown node is accepted"; fail=1; }
grep -q "no node 'bb' in t.review; did you mean 'b'?" "$tmp/out" ||
  { echo "FAIL: unknown node message"; cat "$tmp/out"; fail=1; }
run review --text --today 2026-13-01 >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q -- '--today wants a day as YYYY-MM-DD' "$tmp/out" ||
  { echo "FAIL: a bad --today"; cat "$tmp/out"; fail=1; }
"$bin" --help | grep -q '^  rapport review \[--text\]' || { echo "FAIL: review is not in --help"; fail=1; }
"$bin" --help | grep -q '^  rapport drill FILE|ID NODE' || { echo "FAIL: drill is not in --help"; fail=1; }

# The streak and the daily goal in the terminal: three days in a row, one
# today, then hidden by the one switch (sessions dated by hand, the day
# injected, so nothing depends on the clock).
mkdir -p "$tmp/data2"
"$bin" play --text --choices 1,1,1 t.review --data-dir "$tmp/data2" --player Ben >/dev/null 2>&1
ben=$(ls "$tmp"/data2/*.json | grep -v '\.bak' | head -1)
python3 - "$ben" <<'PY'
import copy, json, sys
d = json.load(open(sys.argv[1]))
s = d["sessions"][0]
d["sessions"] = []
for day in ("2026-11-29", "2026-12-01", "2026-12-02", "2026-12-03"):
    x = copy.deepcopy(s)
    x["started"], x["ended"] = day + "T09:00:00Z", day + "T09:05:00Z"
    d["sessions"].append(x)
json.dump(d, open(sys.argv[1], "w"))
PY
"$bin" review --text --today 2026-12-03 --data-dir "$tmp/data2" --player Ben >"$tmp/out" 2>&1
grep -q '^No moments to review today (2026-12-03). 3 days in a row · today 1 of 3$' "$tmp/out" ||
  { echo "FAIL: the streak and goal line"; cat "$tmp/out"; fail=1; }
"$bin" review --text --today 2026-12-04 --data-dir "$tmp/data2" --player Ben >"$tmp/out" 2>&1
grep -q '3 days in a row · today 0 of 3$' "$tmp/out" ||
  { echo "FAIL: a streak holds until the day is over"; cat "$tmp/out"; fail=1; }
python3 - "$ben" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["settings"]["goals"] = False
json.dump(d, open(sys.argv[1], "w"))
PY
"$bin" review --text --today 2026-12-03 --data-dir "$tmp/data2" --player Ben >"$tmp/out" 2>&1
grep -q '^No moments to review today (2026-12-03).$' "$tmp/out" ||
  { echo "FAIL: the streak and goal are hidden when turned off"; cat "$tmp/out"; fail=1; }

python3 - "$root/docs/progress.schema.json" "$(file)" <<'PY' || fail=1
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(doc))
for e in errors:
    print("FAIL: schema:", list(e.path), e.message)
sys.exit(1 if errors else 0)
PY
[ $fail -eq 0 ] && echo "review.sh: all passed"
exit $fail
