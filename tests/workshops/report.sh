#!/usr/bin/env bash
# tests/workshops/report.sh RAPPORT SRC: `rapport report` end to end over a
# class played with the real binary (make_progress.sh): the CSV cell by cell,
# the HTML's figures and escaping, broken and foreign inputs named on stderr
# and skipped without being touched, every problem with the input (skipped,
# merged, near-duplicate, pack) in the HTML's box, the CSV and on stderr,
# once each, --anonymise leaving no real name in
# either output and making pseudonyms only the facilitator's key can link to
# a name, and the exit codes.
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RAPPORT_SCENARIOS=$src/scenarios
# The pseudonym key lives in the configuration folder: a fresh one per run.
export XDG_CONFIG_HOME=$tmp/config
pass=0 fail=0
check() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); else echo "FAIL: $what"; fail=$((fail + 1)); fi
}
has() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }

d=$tmp/d
if ! "$here/make_progress.sh" "$bin" "$src" "$d" "$tmp/played.log"; then
  echo "FAIL: could not play the class"
  echo "0 passed, 1 failed"
  exit 1
fi
snapshot() { (cd "$d" && ls -A | sort && sha256sum -- *); }
snapshot >"$tmp/before"

# ---- the report over a folder, with the fixture named as a scenario file ----
"$bin" report "$d" "$src/tests/golden/fixture.lua" --html "$tmp/r.html" --csv "$tmp/r.csv" \
  >"$tmp/out" 2>"$tmp/err"
rc=$?
check "exit 0 when inputs were read (got $rc)" test $rc -eq 0
check "summary line" has "$tmp/out" "Report on 4 learners, 10 sessions from 4 of 6 files"
printf '%s\n' \
  "rapport: $d/broken.json: skipped: it is not valid JSON (line 2)" \
  "rapport: $d/foreign.json: skipped: it is not a rapport progress file (it has no \"schema\" number)" \
  >"$tmp/err.want"
check "one stderr line per unusable file, naming it and why" diff "$tmp/err.want" "$tmp/err"
# With --xapi too, each unusable file is still named once, not again by the export.
"$bin" report "$d" --html "$tmp/rx.html" --xapi "$tmp/rx.json" >/dev/null 2>"$tmp/errx"
check "with --xapi, one stderr line per unusable file" diff "$tmp/err.want" "$tmp/errx"
snapshot >"$tmp/after"
check "inputs untouched: nothing renamed, written or added" diff "$tmp/before" "$tmp/after"

check "CSV matches the sessions played" python3 "$here/check_csv.py" "$tmp/r.csv" "$tmp/played.log" 2
check "CSV: the broken file as a problem row" \
  has "$tmp/r.csv" ",,,,,,,,,,,,,,,,,,,,,damaged,$d/broken.json: skipped: it is not valid JSON (line 2)"
check "HTML: the broken file in the problems box" \
  has "$tmp/r.html" "<li data-problem=\"damaged\"><b>Damaged file.</b> $d/broken.json: skipped: it is not valid JSON (line 2)</li>"
check "HTML: the foreign file in the problems box" \
  has "$tmp/r.html" "<li data-problem=\"not_progress\"><b>Not a progress file.</b> $d/foreign.json: skipped: it is not a rapport progress file (it has no &quot;schema&quot; number)</li>"
check "HTML: the box comes first" \
  test "$(grep -o 'id="problems"\|id="overview"' "$tmp/r.html" | tr '\n' ' ')" = 'id="problems" id="overview" '
check "HTML: the header counts the problems" has "$tmp/r.html" "<b>2 problems with the input</b>"
check "HTML: files read out of files given" has "$tmp/r.html" "<b>4 of 6</b><span>progress files read</span>"

h=$tmp/r.html
check "HTML is one document" has "$h" "<!DOCTYPE html>"
check "no external resources" bash -c "! grep -qiE '(src|href)=\"(https?:)?//|@import|url\\(' '$h'"
check "no scripts" lacks "$h" "<script"
check "print stylesheet" has "$h" "@media print"
check "inline SVG charts" test "$(grep -o '<svg' "$h" | wc -l)" -gt 20
check "hostile name escaped" has "$h" "&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Zed&quot;, Jr."
check "hostile name never raw" lacks "$h" "<b>Eve</b>"
check "non-ASCII name kept" has "$h" "Cé Dupont"
# Ana's listening: fixture missed (accuracy 0) first, coffee_line connected (100) latest;
# the score (percent) one level down: 0 first, 86.7 latest.
check "first, latest and best accuracy, the score under it" has "$h" \
  "<span>0% &rarr; <b>100%</b><br><small>best 100%</small><br><small class=\"score\">score 0% &rarr; 87%</small></span>"
check "a single session" has "$h" \
  "<span><b>0%</b><br><small>one session</small><br><small class=\"score\">score 0%</small></span>"
# Improvement compares attempts of the same scenario: Ana's fixture 0 -> 100 (+100)
# and coffee_line (+83.3, +100, +87.5: +90.3) average +95; Bo's fixture moves
# -50, +50 and 0 (+0); Cé played two different scenarios and Eve one: not compared.
check "who improved most, by accuracy on one scenario" has "$h" \
  "<p class=\"lead\"><b>Ana Ruiz</b> improved most: +95 points of accuracy.</p>"
check "Ana's two scenarios" has "$h" "Ana Ruiz <small class=\"meta\">2 scenarios</small>"
check "Bo's fixture twice" has "$h" "Bo Li <small class=\"meta\">Fixture, 2 attempts</small>"
check "Bo's change" has "$h" "<b>+0</b> <small>points</small>"
check "different scenarios are not compared" has "$h" \
  "with accuracy recorded: &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Zed&quot;, Jr., Cé Dupont.</p>"
check "scenario averages lead with accuracy" has "$h" "on average: Listening "
# 2 of the 6 fixture openings were the premature ask (Ana's first try, Eve).
check "node share beside the choice" has "$h" "33% asked before giving anything here"
check "share counts" has "$h" "33%<small>2 of 6</small>"
check "feedback beside it" has "$h" "An ask before any interest in them."
# coffee_line's first node: Ana's first try and Cé introduce themselves (no tag),
# Ana's second try notices the two cups and Bo waits by the window: 2 of 4.
check "coffee_line share" has "$h" "50% said this here"
check "coffee_line share counts" has "$h" "50%<small>2 of 4</small>"
check "coffee_line: a miss named" has "$h" "25% missed the cue here"
check "mistakes counted over the group" has "$h" "Asked before giving anything <small class=\"meta\">premature_ask</small>"
check "timeout shown as such" has "$h" "let the clock run out here"

# ---- with an exercise pack: its order, title, modes and prompts ----
cat >"$tmp/class.pack.lua" <<'EOF'
return { format = 1, kind = "pack", id = "t.class", title = "Test class",
  scenarios = {
    { id = "test.fixture", mode = "assessed", time_limit = 300,
      prompts = { "Why ask <first>?" } },
    "networking.coffee_line",
  } }
EOF
"$bin" report "$tmp/class.pack.lua" "$d" "$src/tests/golden/fixture.lua" --html "$tmp/p.html" \
  >/dev/null 2>"$tmp/perr"
rc=$?
check "report with a pack (got $rc)" test $rc -eq 0
check "pack title in the header" has "$tmp/p.html" "<h1>Test class: workshop report</h1>"
check "pack order: the fixture first" \
  bash -c "grep -o 'id=\"scenario-1\"><h3>[^<]*' '$tmp/p.html' | grep -q 'Fixture'"
check "mode and time limit" has "$tmp/p.html" "In the pack: 1 of 2 &middot; assessed &middot; 5 min"
check "prompt, escaped" has "$tmp/p.html" "<li>Why ask &lt;first&gt;?</li>"
printf 'return { format = 1, kind = "pack", id = "t.bad",\n  scenarios = { { id = "a.b", mode = "exam" } } }\n' \
  >"$tmp/bad.pack.lua"
"$bin" report "$tmp/bad.pack.lua" "$d" --html "$tmp/q.html" >/dev/null 2>"$tmp/qerr"
rc=$?
check "a broken pack does not stop the report (got $rc)" test $rc -eq 0 -a -s "$tmp/q.html"
check "the pack's error with file and line" \
  has "$tmp/qerr" "$tmp/bad.pack.lua:2: error: scenarios[1].mode: must be \"practice\" or \"assessed\", not \"exam\""

# ---- --anonymise: no real name anywhere, pseudonyms from the facilitator's key ----
key=$XDG_CONFIG_HOME/rapport/pseudonym.key
check "no key before the first anonymised report" test ! -e "$key"
"$bin" report "$d" "$src/tests/golden/fixture.lua" --anonymise --html "$tmp/a.html" \
  --csv "$tmp/a.csv" --xapi "$tmp/a.xapi.json" >/dev/null 2>"$tmp/aerr"
rc=$?
check "anonymised report (got $rc)" test $rc -eq 0 -a -s "$tmp/a.html" -a -s "$tmp/a.csv"
check "the key is made on first use" test -s "$key"
check "the key file is 0600" test "$(stat -c %a "$key")" = 600
check "the key folder is private" test "$(stat -c %a "$XDG_CONFIG_HOME/rapport")" = 700
# (Plain "Ana" and "Eve" occur in the scenario text: "Dev Anand", "Everyone".)
for name in "Ana Ruiz" "Ruiz" "Bo Li" "Dupont" "Cé" "Eve&lt;" "Eve<" "Zed" "ana_ruiz" "bo_li" "dupont"; do
  check "no '$name' in the anonymised HTML" lacks "$tmp/a.html" "$name"
  check "no '$name' in the anonymised CSV" lacks "$tmp/a.csv" "$name"
  check "no '$name' in the anonymised xAPI" lacks "$tmp/a.xapi.json" "$name"
done
check "pseudonyms are HMAC(key, name), found by nothing else, the same in the xAPI export" \
  python3 "$here/check_pseudonyms.py" "$key" "$tmp/played.log" "$d" "$tmp/a.csv" "$tmp/a.html" \
  "$tmp/a.xapi.json"
check "the report's xAPI export carries each session's accuracy per skill" \
  python3 "$here/check_xapi.py" "$tmp/played.log" "$tmp/a.xapi.json"
check "four distinct pseudonyms in the CSV" \
  test "$(tail -n +2 "$tmp/a.csv" | cut -d, -f1 | sort -u | grep -c '^learner-[0-9a-f]\{12\}$')" -eq 4
check "pseudonyms in the HTML" has "$tmp/a.html" "$(tail -n +2 "$tmp/a.csv" | head -1 | cut -d, -f1)"
"$bin" report "$d" --anonymize --csv "$tmp/b.csv" >/dev/null 2>&1
rc=$?
check "--anonymize (got $rc)" test $rc -eq 0
check "same key, same pseudonyms (and the --anonymize spelling)" \
  test "$(cut -d, -f1 "$tmp/a.csv" | sort -u)" = "$(cut -d, -f1 "$tmp/b.csv" | sort -u)"
# Another facilitator (another key) gets other pseudonyms for every learner.
XDG_CONFIG_HOME=$tmp/config2 "$bin" report "$d" --anonymise --csv "$tmp/c.csv" >/dev/null 2>&1
check "a new key breaks the link for every learner" \
  test -z "$(comm -12 <(tail -n +2 "$tmp/a.csv" | cut -d, -f1 | sort -u) <(tail -n +2 "$tmp/c.csv" | cut -d, -f1 | sort -u))"
check "the new key is its own" bash -c "! cmp -s '$key' '$tmp/config2/rapport/pseudonym.key'"
# An organisation's key in lrs.json wins over the machine's, for the report and its export alike.
mkdir -p "$tmp/config3/rapport"
printf '{"pseudonym_key": "%s"}\n' "$(printf 'ab%.0s' $(seq 32))" >"$tmp/config3/rapport/lrs.json"
chmod 600 "$tmp/config3/rapport/lrs.json"
XDG_CONFIG_HOME=$tmp/config3 "$bin" report "$d" --anonymise --csv "$tmp/o.csv" \
  --xapi "$tmp/o.xapi.json" >/dev/null 2>"$tmp/oerr"
printf 'ab%.0s' $(seq 32) >"$tmp/org.key"
check "lrs.json's pseudonym_key makes the pseudonyms, in the report and the export" \
  python3 "$here/check_pseudonyms.py" "$tmp/org.key" "$tmp/played.log" "$d" "$tmp/o.csv" \
  "$tmp/o.csv" "$tmp/o.xapi.json"
check "no machine key made when lrs.json has one" test ! -e "$tmp/config3/rapport/pseudonym.key"
# A key others can read is refused, and no report with names is written instead.
chmod 644 "$key"
"$bin" report "$d" --anonymise --html "$tmp/k.html" >/dev/null 2>"$tmp/kerr"
rc=$?
check "a key others can read: exit 1 (got $rc)" test $rc -eq 1
check "a key others can read: nothing written" test ! -e "$tmp/k.html"
check "a key others can read: says how to fix it" has "$tmp/kerr" "chmod 600 $key"
chmod 600 "$key"

# ---- the outputs: private, and whole or not at all ----
o=$tmp/outputs
mkdir -p "$o"
"$bin" report "$d" --html "$o/r.html" --csv "$o/r.csv" >/dev/null 2>&1
check "the HTML is private (0600)" test "$(stat -c %a "$o/r.html")" = 600
check "the CSV is private (0600)" test "$(stat -c %a "$o/r.csv")" = 600
cp "$o/r.html" "$tmp/r.before"
shim=$(dirname "$bin")/tests/faults/fault_shim.so
if [ -e "$shim" ]; then # the disk failing under the write: the old report stays whole
  # verify_asan_link_order=0: under ASan the shim is preloaded ahead of its runtime.
  ASAN_OPTIONS=${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}verify_asan_link_order=0 \
  LD_PRELOAD=$shim RAPPORT_FAULT_DIR=$o RAPPORT_FAULT_FSYNC_AFTER=0 "$bin" report "$d" \
    "$src/tests/golden/fixture.lua" --html "$o/r.html" >/dev/null 2>"$tmp/ferr"
  rc=$?
  check "a failed write: exit 1 (got $rc)" test $rc -eq 1
  check "a failed write: says so" has "$tmp/ferr" "rapport: $o/r.html cannot be written: Input/output error"
  check "a failed write: the previous report is kept whole" cmp -s "$o/r.html" "$tmp/r.before"
else
  echo "note: $shim not built; the failed-write checks were not run"
fi
check "no temporary files left beside the outputs" test "$(ls -A "$o" | tr '\n' ' ')" = "r.csv r.html "

# ---- every kind of problem with the input, in the box, the CSV and on stderr ----
m=$tmp/m
mkdir -p "$m/usb" "$m/laptop"
cp "$d"/*.json "$m/usb/"                    # with broken.json and foreign.json
cp "$(ls "$d"/ana_ruiz*.json)" "$m/laptop/" # one player in two files
bo=$(ls "$d"/bo_li*.json)
# "BO  LI" differs from "Bo Li" only in case and spacing; schema 99 is a newer rapport's.
python3 -c 'import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
p["player"] = "BO  LI"
json.dump(p, open(sys.argv[2] + "/bo2.json", "w", encoding="utf-8"))
p["schema"] = 99
json.dump(p, open(sys.argv[2] + "/newer.json", "w", encoding="utf-8"))' "$bo" "$m/laptop"
head -c 100 "$bo" >"$m/laptop/cut.json" # truncated
: >"$m/laptop/empty.json"
mkfifo "$m/laptop/pipe.json" # not a file: refused, never waited on
printf '%s\n' 'return { format = 1, kind = "pack", id = "t.messy", title = "Messy class",' \
  '  scenarios = { "test.fixture",' '    "networking.coffe_line" } }' >"$tmp/m.pack.lua"
sed 's/t\.messy/t.second/' "$tmp/m.pack.lua" >"$tmp/second.pack.lua"
cp "$tmp/m.pack.lua" "$tmp/class.lua" # a pack under a scenario's name
cp "$tmp/m.pack.lua" "$tmp/pack.txt"  # ... and under no known name
printf 'return { format = 1 }\n' >"$tmp/broken_scenario.lua"
timeout 120 "$bin" report "$tmp/bad.pack.lua" "$tmp/m.pack.lua" "$tmp/second.pack.lua" "$m" \
  "$m/gone.json" "$tmp/pack.txt" "$tmp/class.lua" "$tmp/broken_scenario.lua" \
  "$src/tests/golden/fixture.lua" --html "$tmp/m.html" --csv "$tmp/m.csv" >"$tmp/mout" 2>"$tmp/merr"
rc=$?
check "a messy collection still makes a report (got $rc)" test $rc -eq 0 -a -s "$tmp/m.html"
check "the first good pack is followed" has "$tmp/m.html" "<h1>Messy class: workshop report</h1>"
T=$'\t'
cat >"$tmp/m.want" <<EOF
damaged${T}$m/laptop/cut.json: skipped: it is not valid JSON
damaged${T}$m/laptop/empty.json: skipped: it is empty
damaged${T}$m/usb/broken.json: skipped: it is not valid JSON (line 2)
not_progress${T}$m/usb/foreign.json: skipped: it is not a rapport progress file
newer_schema${T}$m/laptop/newer.json: skipped: it was written by a newer rapport (schema 99
unreadable${T}$m/laptop/pipe.json: skipped: it is not a regular file
missing${T}$m/gone.json: skipped: it cannot be opened: No such file or directory
merged${T}note: its player "Ana Ruiz" is also in $m/laptop/ana_ruiz
near_duplicate${T}note: "BO  LI" ($m/laptop/bo2.json) and "Bo Li" ($m/usb/bo_li
pack_error${T}$tmp/bad.pack.lua: skipped: the exercise pack has 1 error, so the report does not follow it; the first: scenarios[1].mode: must be
pack_extra${T}$tmp/second.pack.lua: skipped: a report follows one exercise pack, and $tmp/m.pack.lua came first
pack_unknown_scenario${T}$tmp/m.pack.lua:3: 'networking.coffe_line' is not a scenario in the library; did you mean 'networking.coffee_line'?
pack_name${T}$tmp/pack.txt: skipped: it is an exercise pack, but only a file whose name ends in .pack.lua is read as one
pack_name${T}$tmp/class.lua: skipped: it is an exercise pack
scenario_file${T}$tmp/broken_scenario.lua: skipped: it does not load as a scenario
EOF
check "each kind of problem once in the box, the CSV and on stderr, in the same words" \
  python3 "$here/check_problems.py" "$tmp/m.csv" "$tmp/m.html" "$tmp/merr" "$tmp/m.want"
check "merged: sessions in both counted once" \
  has "$tmp/m.csv" "their sessions are counted together (4 sessions present in both are counted once)"
check "near-duplicates stay two learners" has "$tmp/m.csv" "names that differ only in case or spacing, counted as 2 learners"
check "the pack's own diagnostics stay on stderr" \
  has "$tmp/merr" "$tmp/bad.pack.lua:2: error: scenarios[1].mode:"
# Anonymised: the box and the CSV rows name neither players nor their files.
"$bin" report "$tmp/m.pack.lua" "$m" "$m/gone.json" --anonymise --html "$tmp/ma.html" \
  --csv "$tmp/ma.csv" >/dev/null 2>"$tmp/maerr"
rc=$?
check "anonymised messy report (got $rc)" test $rc -eq 0
for out in "$tmp/ma.html" "$tmp/ma.csv"; do
  for name in "$m/" "ana_ruiz" "bo_li" "Bo Li" "BO  LI" "Ana Ruiz" "Ruiz"; do
    check "no '$name' in anonymised $(basename "$out")" lacks "$out" "$name"
  done
  check "inputs by number in $(basename "$out")" grep -Eq 'input [0-9]+: skipped: it is not a regular file' "$out"
done
check "anonymised near-duplicates by pseudonym and input number" \
  grep -Eq 'data-problem="near_duplicate"><b>[^<]*</b> note: learner-[0-9a-f]{12} \(input [0-9]+\) and learner-[0-9a-f]{12} \(input [0-9]+\): names' "$tmp/ma.html"
check "the terminal still names the files" has "$tmp/maerr" "rapport: $m/laptop/cut.json: skipped:"
if [ "$(id -u)" != 0 ]; then # root reads anything: only a user sees a folder refused
  mkdir -p "$tmp/locked" && chmod 000 "$tmp/locked"
  "$bin" report "$d" "$tmp/locked" --csv "$tmp/l.csv" >/dev/null 2>"$tmp/lerr"
  chmod 700 "$tmp/locked"
  check "a folder that cannot be read is a problem" \
    has "$tmp/l.csv" ",unreadable,$tmp/locked: skipped: the folder cannot be read"
fi

# ---- the terminal's count: sessions only, drills named apart ----
# One learner with two whole sessions (one unfinished) and one drill; a pack's
# place file (packs/*.place.json, ui_pack.c) beside it is not a progress file
# and is left out without a problem.
mkdir -p "$tmp/drills/packs"
rec() { # SCENARIO KIND STARTED OUTCOME_JSON
  printf '{"scenario":"%s","scenario_version":1,"title":"T","mode":"practice","kind":"%s",' "$1" "$2"
  printf '"attempt":1,"seed":null,"started":"%s","ended":"%s",%s"path":["a"],' "$3" "$3" "$4"
  printf '"choices":[],"skills":{},"tags":{}}'
}
{
  printf '{"schema":2,"player":"Dee","created":"2026-01-01T00:00:00Z","sessions":['
  rec test.x session 2026-01-01T10:00:00Z '"outcome":"done","grade":"good",'
  printf ','
  rec test.x session 2026-01-01T11:00:00Z ''
  printf ','
  rec test.x drill 2026-01-01T12:00:00Z '"outcome":"done","grade":"good",'
  printf ']}\n'
} >"$tmp/drills/dee.json"
printf '{"format":1,"kind":"pack-place","pack":"p.x","player":"Dee","entries":[]}\n' \
  >"$tmp/drills/packs/dee-0.p.x.place.json"
"$bin" report "$tmp/drills" --csv "$tmp/dr.csv" >"$tmp/drout" 2>"$tmp/drerr"
rc=$?
check "report with a drill (got $rc)" test $rc -eq 0
check "the count leaves the drill out and names it" \
  has "$tmp/drout" "Report on 1 learner, 2 sessions and 1 drill from 1 of 1 file: $tmp/dr.csv"
check "a pack's place file is no input and no problem" test ! -s "$tmp/drerr"
check "the drill is still in the CSV" has "$tmp/dr.csv" ",test.x,T,practice,drill,"

# ---- nothing readable: the report is still written, exit 1 ----
"$bin" report "$d/broken.json" "$d/foreign.json" --html "$tmp/n.html" >/dev/null 2>"$tmp/nerr"
rc=$?
check "exit 1 when no input was read (got $rc)" test $rc -eq 1
check "empty report still written" has "$tmp/n.html" "No progress files could be read."
check "both named" test "$(grep -c ': skipped: ' "$tmp/nerr")" -eq 2

# ---- refusals ----
ana=$(ls "$d"/ana_ruiz*.json)
cp "$ana" "$tmp/ana.copy"
"$bin" report "$ana" --csv "$ana" >/dev/null 2>"$tmp/err2"
rc=$?
check "an output that is an input is refused (got $rc)" test $rc -eq 2
check "the input is unchanged" cmp -s "$ana" "$tmp/ana.copy"
"$bin" report "$ana" >/dev/null 2>&1
rc=$?
check "no output named: usage error (got $rc)" test $rc -eq 2
"$bin" report --html "$tmp/x.html" >/dev/null 2>&1
rc=$?
check "no inputs: usage error (got $rc)" test $rc -eq 2

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
