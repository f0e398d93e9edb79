#!/usr/bin/env bash
# tests/cli/practice.sh RAPPORT TESTS: deliberate practice in the terminal
# (docs/practice.md): say it first (play --say-first), the confidence
# questions and the homework follow-up at a terminal (a pseudo-terminal, see
# tty_script.py), the replay from the other person's side, and that the
# words a player typed stay in their progress file: never in the class
# report (HTML, CSV), its xAPI statements or xapi-export.
set -u
bin=$1 t=$2
fail=0 n=0
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
scen=$t/cli/practice.lua
check() { # name, condition result
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); fi
}
file_of() { ls "$data/$1"/*.json | head -1; }

"$bin" --help | grep -q -- '--say-first'; check help_lists_say_first $?
"$bin" play --text --say-first --choices 1 --no-save "$scen" >/dev/null 2>"$data/err"
[ $? -eq 2 ] && grep -q "does not go with --choices" "$data/err"; check say_first_not_scripted $?

# ---- say it first, piped: words, then the pick, at each moment ----
mkdir "$data/a"
printf 'ZEBRA-WORDS one\n1\nZEBRA-WORDS two\n1\n' |
  "$bin" play --text --say-first --seed 5 --data-dir "$data/a" --player Ana "$scen" >"$data/out" 2>&1
rc=$?
[ $rc -eq 0 ] && grep -q "What would you say?" "$data/out" &&
  grep -q 'You said first: "ZEBRA-WORDS one"' "$data/out" &&
  grep -q "Your own words, and the closest line you picked:" "$data/out" &&
  grep -q 'You said: "ZEBRA-WORDS two"' "$data/out"
check say_first_debrief $?
# The choices come only after the words: the prompt precedes the first "1."
awk '/What would you say/ && !w { w = NR } /^  1\. / && !c { c = NR } END { exit !(w && c && w < c) }' "$data/out"
check say_first_words_before_choices $?
# Their side: the route again with each node's and line's thought.
grep -q "^Replay from Lee Park's side:" "$data/out" &&
  grep -q "(Lee Park, thinking: I hope nobody asks me" "$data/out" &&
  grep -Eq "\(Lee Park, hearing it: (Someone actually wants to know|Of course. More work)" "$data/out"
check their_side_replay $?
python3 - "$(file_of a)" <<'PY'; check said_and_homework_in_progress $?
import json, sys
s = json.load(open(sys.argv[1]))["sessions"][0]
assert [c.get("said") for c in s["choices"]] == ["ZEBRA-WORDS one", "ZEBRA-WORDS two"], s["choices"]
assert s["homework"] == {"text": "Tomorrow, ask one colleague how their hardest call of the week went."}, s
PY
# Enter alone skips the words; that step keeps no "said".
mkdir "$data/b"
printf '\n1\nonly this\n1\n' | "$bin" play --text --say-first --seed 5 --data-dir "$data/b" --player Bo "$scen" >/dev/null 2>&1
python3 - "$(file_of b)" <<'PY'; check say_first_skip $?
import json, sys
s = json.load(open(sys.argv[1]))["sessions"][0]
assert "said" not in s["choices"][0] and s["choices"][1]["said"] == "only this", s["choices"]
PY

# ---- one save per session: the words and the homework go with it ----
mkdir "$data/o"
printf '\n1\n\n1\n' | "$bin" play --text --say-first --seed 5 --data-dir "$data/o" --player Ola "$scen" >/dev/null 2>&1
printf 'ZEBRA-WORDS three\n1\n\n1\n' |
  "$bin" play --text --say-first --seed 5 --data-dir "$data/o" --player Ola "$scen" >/dev/null 2>&1
python3 - "$(file_of o)" "$(file_of o).bak" <<'PY'; check one_save_per_session $?
import json, sys
s = json.load(open(sys.argv[1]))["sessions"]
assert len(s) == 2 and s[1]["choices"][0]["said"] == "ZEBRA-WORDS three", s[1]["choices"]
assert "said" not in s[1]["choices"][1] and s[1]["homework"]["text"].startswith("Tomorrow"), s[1]
# The generation the save replaced (the .bak) holds the first session only:
# the second was never written without its words and homework.
b = json.load(open(sys.argv[2]))["sessions"]
assert len(b) == 1, [x["started"] for x in b]
PY

# ---- the words never leave the progress file ----
grep -q "ZEBRA-WORDS" "$(file_of a)"; check words_in_progress_file $?
"$bin" report "$data/a" --html "$data/r.html" --csv "$data/r.csv" --xapi "$data/x.json" --send-choices >/dev/null 2>&1
rc=$?
"$bin" xapi-export "$(file_of a)" --out "$data/x2.json" --send-choices >/dev/null 2>&1
rc2=$?
[ $rc -eq 0 ] && [ $rc2 -eq 0 ] && [ -s "$data/r.html" ] && [ -s "$data/r.csv" ] && [ -s "$data/x.json" ] &&
  [ -s "$data/x2.json" ] && ! grep -l "ZEBRA" "$data/r.html" "$data/r.csv" "$data/x.json" "$data/x2.json"
check words_not_in_report_csv_xapi $?
# ... also when the report is anonymised or not: the same files, checked above; and the HTML still has the session.
grep -q "test.practice\|Practice fixture" "$data/r.html"; check report_has_the_session $?

# ... nor the learning records queued for an LRS when one is set up (the
# words are added to the saved session after its statements were queued).
mkdir "$data/q"
echo pw >"$data/q/pw"
chmod 600 "$data/q/pw"
XDG_CONFIG_HOME=$data/q/config "$bin" lrs set --endpoint https://127.0.0.1:9/xAPI/ --user k \
  --password-file "$data/q/pw" --send-choices >/dev/null 2>&1
printf 'QUEUE-WORDS one\n1\nQUEUE-WORDS two\n1\n' | XDG_CONFIG_HOME=$data/q/config \
  "$bin" play --text --say-first --seed 5 --data-dir "$data/q/d" --player Ann "$scen" >/dev/null 2>&1
q=$(ls "$data/q/d"/*.xapi-queue.json 2>/dev/null | head -1)
[ -n "$q" ] && grep -q '"response"' "$q" && ! grep -q "QUEUE-WORDS" "$q" && grep -q "QUEUE-WORDS" "$data/q/d"/ann*.json
check words_not_in_lrs_queue $?

# ---- at a terminal: homework follow-up, confidence before and after ----
# The first session (Ana's) ended two days ago; the player asked to be asked.
python3 - "$(file_of a)" <<'PY'
import json, sys
f = sys.argv[1]
d = json.load(open(f))
d["settings"]["ask_confidence"] = True
d["sessions"][0]["started"] = "2026-01-05T10:00:00Z"
d["sessions"][0]["ended"] = "2026-01-05T10:04:00Z"
json.dump(d, open(f, "w"), indent=1)
PY
cat >"$data/steps.json" <<'EOF'
[["How did it go?", "2"],
 ["A note for yourself", "sent one, felt awkward"],
 ["How confident do you feel about a conversation like this?", "2"],
 ["What would you say?", "TTY-WORDS first"], ["closest to what you said?", null], ["> ", "1"],
 ["What would you say?", "TTY-WORDS second"], ["closest to what you said?", null], ["> ", "1"],
 ["And now: how confident", "4"],
 ["Saved to", null]]
EOF
python3 "$t/cli/tty_script.py" "$data/steps.json" -- "$bin" play --text --say-first --seed 5 \
  --data-dir "$data/a" --player Ana "$scen" >"$data/tty.out" 2>&1
rc=$?
[ $rc -eq 0 ]; check tty_play_asks $?
[ $rc -eq 0 ] || cat "$data/tty.out"
python3 - "$(file_of a)" "$t/../docs/progress.schema.json" <<'PY'; check tty_answers_kept $?
import json, sys
d = json.load(open(sys.argv[1]))
old, new = d["sessions"]
hw = old["homework"]
assert hw["answer"] == "partly" and hw["note"] == "sent one, felt awkward" and hw["answered"], hw
assert new["confidence_before"] == 2 and new["confidence_after"] == 4, new
assert [c.get("said") for c in new["choices"]] == ["TTY-WORDS first", "TTY-WORDS second"], new
assert "answer" not in new["homework"], new["homework"]
from jsonschema import Draft202012Validator, FormatChecker
schema = json.load(open(sys.argv[2]))
errs = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(d))
assert not errs, [e.message for e in errs]
PY
# Asked once: the next start at a terminal does not ask about it again, and
# progress shows confidence beside accuracy and the homework answer.
echo '[["Progress of", null]]' >"$data/steps2.json"
python3 "$t/cli/tty_script.py" "$data/steps2.json" -- "$bin" progress --data-dir "$data/a" --player Ana >"$data/prog.out" 2>&1
rc=$?
[ $rc -eq 0 ] && ! grep -q "How did it go" "$data/prog.out" &&
  grep -q "confidence 2 -> 4" "$data/prog.out" && grep -q 'homework: Partly ("sent one, felt awkward")' "$data/prog.out" &&
  grep -q "Confidence (1 to 5, as you rated it): before 2.0 on average" "$data/prog.out"
check progress_confidence_and_homework $?
[ $rc -eq 0 ] || cat "$data/prog.out"
# A script is never asked: the newest session's homework falls due, but
# progress with piped input says nothing and changes nothing.
python3 - "$(file_of a)" <<'PY'
import json, sys
f = sys.argv[1]
d = json.load(open(f))
d["sessions"][1]["ended"] = "2026-01-06T10:00:00Z"
json.dump(d, open(f, "w"), indent=1)
PY
cp "$(file_of a)" "$data/before.json"
echo 1 | "$bin" progress --data-dir "$data/a" --player Ana >"$data/prog2.out" 2>&1
! grep -q "How did it go" "$data/prog2.out" && cmp -s "$(file_of a)" "$data/before.json"
check piped_never_asked $?
# At a terminal, Enter alone is "not now": kept as skipped, never asked again.
echo '[["How did it go?", ""], ["Progress of", null]]' >"$data/steps3.json"
python3 "$t/cli/tty_script.py" "$data/steps3.json" -- "$bin" progress --data-dir "$data/a" --player Ana >/dev/null 2>&1
python3 "$t/cli/tty_script.py" "$data/steps2.json" -- "$bin" progress --data-dir "$data/a" --player Ana >"$data/prog3.out" 2>&1
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["sessions"][1]; assert s["homework"]["answer"]=="skipped", s' "$(file_of a)" &&
  ! grep -q "How did it go" "$data/prog3.out"
check homework_skip_asked_once $?

# The class report's confidence block: first and latest, and the change;
# still none of the words typed at the terminal.
"$bin" report "$data/a" --html "$data/r2.html" --csv "$data/r2.csv" --xapi "$data/x3.json" >/dev/null 2>&1
grep -q 'id="confidence"' "$data/r2.html" && grep -q '<td class="num">2 &rarr; <b>2</b></td><td class="num">4 &rarr; <b>4</b></td><td class="num">+2.0</td>' "$data/r2.html" &&
  ! grep -l "TTY-WORDS\|ZEBRA\|felt awkward" "$data/r2.html" "$data/r2.csv" "$data/x3.json"
check report_confidence_block $?

# A real schema 1 file: answering the homework of its last session (added
# here, as if it had had some) upgrades it to schema 2 and changes nothing
# else: every session, choice, tag and setting as before.
mkdir "$data/old"
f1=$("$bin" progress --data-dir "$data/old" --player "Ana Lima" | sed -n 's/^Progress of Ana Lima (\(.*\))$/\1/p')
cp "$t/store/schema1_ana_lima.json" "$f1"
python3 - "$f1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["sessions"][-1]["ended"] = "2026-01-05T10:04:00Z"
json.dump(d, open(sys.argv[1], "w"), indent=1)
PY
"$bin" progress --data-dir "$data/old" --player "Ana Lima" --json >"$data/old/before.json"
python3 - "$data/old/before.json" "$f1" <<'PY'
import json, sys  # the homework text as a session saved by this rapport would carry it
d = json.load(open(sys.argv[1]))
d["sessions"][-1]["homework"] = {"text": "Ask one question."}
json.dump(d, open(sys.argv[2], "w"), indent=1)
json.dump(d, open(sys.argv[1], "w"), indent=1)
PY
echo '[["How did it go?", "1"], ["A note for yourself", ""], ["Progress of", null]]' >"$data/steps4.json"
python3 "$t/cli/tty_script.py" "$data/steps4.json" -- "$bin" progress --data-dir "$data/old" --player "Ana Lima" >/dev/null 2>&1
python3 - "$data/old/before.json" "$f1" <<'PY'; check schema1_file_loses_nothing $?
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert b["schema"] == 2, b["schema"]
hw = b["sessions"][-1]["homework"]
assert hw["answer"] == "did" and "note" not in hw, hw
b["sessions"][-1]["homework"] = {"text": "Ask one question."}
assert a == b, "something else changed"
PY

# Every shipped scenario ends its debrief with homework (issue 16, item 5).
missing=""
for f in "$t"/../scenarios/*/*.lua; do
  case $f in *.test.lua | *.pack.lua) continue ;; esac
  grep -Eq '^[[:space:]]*homework[[:space:]]*=' "$f" || missing="$missing ${f#"$t"/../}"
done
[ -z "$missing" ] || echo "scenarios without homework:$missing"
[ -z "$missing" ]; check every_scenario_has_homework $?

echo "$((n - fail)) of $n practice checks passed"
[ $fail -eq 0 ]
