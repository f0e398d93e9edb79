#!/usr/bin/env bash
# tests/cli/run.sh RAPPORT TESTS: the command line's contract: usage errors exit 2
# with one line and the usage; --choices out of range says what was shown; the
# text player records a finished session in --data-dir.
set -u
bin=$1 t=$2
fail=0 n=0
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
check() { # name, condition result
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); fi
}
"$bin" --version | grep -q '^rapport [0-9]'; check version $?
"$bin" --help | grep -q 'rapport play'; check help $?
"$bin" --help | grep -q 'rapport graph \[--svg OUT.svg\] FILE .*--svg draws it' && "$bin" --help | grep -q 'rapport list'
check help_graph_svg_and_list $?
"$bin" frobnicate >/dev/null 2>"$data/err"; rc=$?
[ $rc -eq 2 ] && head -1 "$data/err" | grep -q "unknown command 'frobnicate'" && grep -q usage "$data/err"; check bad_command $?
"$bin" play --choices >/dev/null 2>&1; [ $? -eq 2 ]; check missing_value $?
"$bin" play --bogus x >/dev/null 2>&1; [ $? -eq 2 ]; check unknown_option $?
"$bin" play --text --choices 1,9 --json --no-save "$t/golden/fixture.lua" >"$data/out" 2>"$data/err"; rc=$?
[ $rc -eq 1 ] && grep -q "choice 2 of --choices is 9, but node 'slog' showed 2 choices" "$data/err"; check out_of_range $?
"$bin" play --text --choices x --no-save "$t/golden/fixture.lua" >/dev/null 2>&1; [ $? -eq 2 ]; check bad_choices_syntax $?
# The text player, interactively, records the session.
printf '1\n1\n1\n' | "$bin" play --text --data-dir "$data" --player "Test Person" "$t/golden/fixture.lua" >"$data/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "Debrief" "$data/out" && grep -q "\[coach\]" "$data/out"; check text_play $?
"$bin" progress --data-dir "$data" --player "Test Person" --json >"$data/p.json"
# Interactive play shuffles per session: what was pressed is the Nth of the order shown, saved with the seed.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["sessions"][0]; assert d["schema"]==2 and s["scenario"]=="test.fixture" and s["kind"]=="session" and s["attempt"]==1 and isinstance(s["seed"],int) and s["path"][-1] in ("warm","cold") and len(s["choices"])==len(s["path"])-1 and all(c["choice"]==c["shown"][c["pressed"]-1] for c in s["choices"]), d' "$data/p.json"; check progress_recorded $?
# The class report can also write the xAPI statements an LRS would receive.
"$bin" report "$data" --xapi "$data/x.json" --html "$data/r.html" >/dev/null 2>&1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d) >= 2, d
assert all(s["object"]["id"].endswith("/test.fixture") for s in d), d
assert any(s["verb"]["id"].endswith("/completed") or s["verb"]["id"].endswith("/passed") for s in d), d' "$data/x.json"; check report_xapi $?
# Start anywhere: late scene with a fact and trust set.
"$bin" play --text --from ask --fact pipeline --trust sam=2 --choices 1 --json --no-save "$t/golden/fixture.lua" 2>/dev/null | grep -q '"outcome":"connected"'; check start_anywhere $?
# Every debrief tip is shown, the weakest skill's first; state.trust and
# state.score reach author functions as integers when whole ("2", not "2.0").
out=$("$bin" play --text --no-save --choices 1 "$t/cli/tips.lua")
grep -q "^  T=2 S=0$" <<<"$out" && [ "$(grep -c '^Tip for ' <<<"$out")" -eq 3 ] &&
  [ "$(grep -m1 '^Tip for ' <<<"$out")" = "Tip for empathy:" ]
check debrief_tips_and_integer_state $?
# --choices is checked before anything plays: usage and exit 2.
for bad in x 1,,1 0 1,2x; do
  "$bin" play --text --no-save --choices "$bad" "$t/golden/fixture.lua" >"$data/cli.out" 2>&1
  [ $? -eq 2 ] && grep -q "^rapport: item [0-9] of --choices is" "$data/cli.out" && grep -q "^usage:" "$data/cli.out"
  check "choices_syntax '$bad'" $?
done
"$bin" --player --data-dir /tmp/x progress >"$data/cli.out" 2>&1
[ $? -eq 2 ] && grep -q "^rapport: --player needs a value" "$data/cli.out"; check option_value_is_not_an_option $?
# A timeout is "t" in the JSON's choices; left-over choices are reported.
"$bin" play --text --no-save --json --choices 1,t "$t/golden/fixture.lua" | grep -q '"choices":\[1,"t"\]'
check json_timeout_is_t $?
"$bin" play --text --no-save --json --choices 1,1,1,2,2 "$t/golden/fixture.lua" 2>&1 >/dev/null |
  grep -q "the rest of --choices (2,2) was not used"
check leftover_choices_reported $?

# A misspelt --from, --fact or --trust key: one line naming the nearest one.
for bad in "--from asx" "--fact pipelne" "--trust sma=2"; do
  # shellcheck disable=SC2086 # the option and its value are two words
  err=$("$bin" play --text --choices 1 --no-save $bad "$t/golden/fixture.lua" 2>&1 >/dev/null)
  rc=$?
  [ $rc -ne 0 ] && [ "$(grep -c . <<<"$err")" -eq 1 ] && grep -q "did you mean '\(ask\|pipeline\|sam\)'" <<<"$err"
  check "start_anywhere_typo ${bad%% *}" $?
done
# The terminal's timed choice runs on a clock: with the input open and
# nothing typed, the moment passes on its own and the conversation goes on
# (timeout only bounds a player that would wait forever).
printf '%s\n' 'return { format = 1, id = "t.timed", title = "Timed", start = "a", nodes = {' \
  '  a = { text = "Quick!", timeout = 0.5, on_timeout = "late", choices = { { text = "Now", to = "e", feedback = "f" } } },' \
  '  late = { text = "Gone.", ending = "missed" }, e = { text = "Made it.", ending = "made" } } }' >"$data/timed.lua"
mkfifo "$data/in"
exec 3<>"$data/in" # a writer that never writes: no end of input
timeout 30 "$bin" play --text --no-save "$data/timed.lua" <"$data/in" >"$data/out" 2>&1; rc=$?
exec 3>&-
[ $rc -eq 0 ] && grep -q "(time's up: the moment passed)" "$data/out" && grep -q "^Outcome: missed" "$data/out"
check terminal_timed_choice_clock $?
# An assessed session in the terminal does not offer going back, nor go back.
printf 'b\n1\n1\n1\n' | "$bin" play --text --assessed --no-save "$t/golden/fixture.lua" >"$data/out" 2>&1
! grep -q "b goes back" "$data/out" && grep -q "(an assessed session does not go back)" "$data/out" && grep -q "^Outcome:" "$data/out"
check assessed_no_going_back $?
# A fact given without its tail is named with the whole one.
err=$("$bin" play --text --choices 1 --no-save --fact rotterdam "$t/authoring/state_typo.lua" 2>&1 >/dev/null)
[ $? -ne 0 ] && grep -q "no fact 'rotterdam' in w.state; did you mean 'rotterdam_friday'?" <<<"$err"
check start_anywhere_fact_prefix $?
# check: exit 1 on errors with file:line, 0 on a clean file
"$bin" check "$t/hostile/missing_target.lua" >"$data/out"; [ $? -eq 1 ] && grep -q "missing_target.lua:2: error: nodes.a.choices\[1\].to" "$data/out"; check check_errors $?
"$bin" check "$t/golden/fixture.lua" >/dev/null; check check_clean $?
"$bin" check --json "$t/hostile/missing_target.lua" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["errors"]==1 and d["findings"][0]["code"]=="unknown-node"'; check check_json $?
"$bin" graph "$t/golden/fixture.lua" | grep -q 'digraph'; check graph $?
if command -v dot >/dev/null; then
  "$bin" graph --svg "$data/g.svg" "$t/golden/fixture.lua" && grep -q '<svg' "$data/g.svg"; check graph_svg $?
fi
"$bin" graph "$t/golden/fixture.lua" | grep -q 'n3 \[label="warm\\n\[connected\]", shape=doubleoctagon, fillcolor=palegreen'; check graph_ending_colour $?
# check --watch checks again each time the file is saved, also when an
# editor saves by renaming a new file over it. wait_for waits for a state of
# the output (a bounded number of looks), never for a time.
wait_for() { # file, fixed string, how many times it must appear
  for _ in $(seq 600); do
    [ "$(grep -cF "$2" "$1")" -ge "$3" ] && return 0
    sleep 0.05
  done
  return 1
}
cp "$t/golden/fixture.lua" "$data/w.lua"
"$bin" check --watch "$data/w.lua" >"$data/watch.out" 2>&1 &
wpid=$!
ok=1
wait_for "$data/watch.out" "0 errors" 1 || ok=0
sed 's/to = "slog"/to = "slgo"/' "$t/golden/fixture.lua" >"$data/w.lua"
wait_for "$data/watch.out" "did you mean 'slog'?" 1 || ok=0
cp "$t/golden/fixture.lua" "$data/w.new" && mv "$data/w.new" "$data/w.lua"
wait_for "$data/watch.out" "0 errors" 2 || ok=0
kill "$wpid"; wait "$wpid" 2>/dev/null
[ $ok -eq 1 ] && grep -q "watching for changes" "$data/watch.out"
check check_watch $?
# rapport lsp, driven by a scripted client (tests/cli/lsp_client.py says what it checks).
python3 "$t/cli/lsp_client.py" "$bin" "$t" >"$data/lsp.out" 2>&1; rc=$?
check lsp_scripted_client $rc
[ $rc -eq 0 ] || cat "$data/lsp.out"
# And a real editor: Neovim's built-in client, headless (tests/cli/lsp_nvim.lua).
if command -v nvim >/dev/null; then
  mkdir "$data/nv"
  sed 's/to = "slog"/to = "slgo"/' "$t/golden/fixture.lua" >"$data/nv/fixture.lua"
  RAPPORT_BIN=$(realpath "$bin") LSP_FILE=$data/nv/fixture.lua LSP_OUT=$data/nv/out \
    timeout 120 nvim --headless -u NONE -i NONE -c "luafile $t/cli/lsp_nvim.lua" >/dev/null 2>&1
  grep -q "^diag 14 64 1 nodes.hello.choices\[1\].to: target 'slgo' names no node; did you mean 'slog'?$" "$data/nv/out" &&
    grep -q "^complete ask,cold,hello,slog,warm$" "$data/nv/out" && grep -q "^definition 37$" "$data/nv/out" &&
    grep -q '^fixed .*to = "slog",$' "$data/nv/out" && grep -q "^clean 0$" "$data/nv/out"
  rc=$?
  check lsp_neovim $rc
  [ $rc -eq 0 ] || cat "$data/nv/out"
else
  echo "skip lsp_neovim: nvim is not installed (apt-get install neovim)"
fi
# rapport list: the library's ids, families and titles; a broken file is listed with why.
mkdir "$data/lib"
cp "$t/golden/fixture.lua" "$t/../docs/tutorial/hallway.lua" "$data/lib/"
RAPPORT_SCENARIOS=$data/lib "$bin" list >"$data/out"; rc=$?
[ $rc -eq 0 ] && grep -q "^test\.fixture  *test  *Fixture$" "$data/out" &&
  grep -q "^tutorial\.hallway  *tutorial  *The hallway$" "$data/out" && grep -q "^2 scenarios in " "$data/out"
check list $?
printf 'return {' >"$data/lib/broken.lua"
RAPPORT_SCENARIOS=$data/lib "$bin" list --json >"$data/out"; rc=$?
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s={x["id"] or x["file"]: x for x in d["scenarios"]}
assert s["test.fixture"]["title"]=="Fixture" and s["test.fixture"]["family"]=="test", d
assert [x for x in d["scenarios"] if not x["ok"] and x["file"].endswith("broken.lua") and x["error"]], d' "$data/out" && [ $rc -eq 1 ]
check list_json_broken $?
# The graph shows what a route needs and teaches, and the reply on its edge.
"$bin" graph "$t/golden/fixture.lua" >"$data/g.dot"
grep -qF 'n0 [label="hello\n(Sam Reyes)\nlearns pipeline"' "$data/g.dot" &&
  grep -qF 'n2 -> n3 [label="1 listening+1 asks\nwhen pipeline", style=dotted];' "$data/g.dot" &&
  grep -qF 'n0 -> n4 [label="2 asks\n\"Not off the top of my head.\""];' "$data/g.dot"
check graph_when_learn_reply $?
"$bin" test --exhaustive "$t/golden/fixture.lua" | grep -q "choices 6/6, endings 2/2"; check test_coverage $?
# Second edition: moods and order are checked; replies show in the transcript;
# accuracy leads the debrief; a seeded scripted run numbers the shuffled order.
printf '%s\n' 'return { format = 1, id = "t.bad2", title = "B", start = "a", nodes = {' \
  '  a = { text = "Hi", mood = "happy", order = "random", choices = { { text = "x", to = "e", feedback = "f" } } },' \
  '  e = { text = "bye", ending = "d" } } }' >"$data/bad2.lua"
"$bin" check --json "$data/bad2.lua" | python3 -c 'import json,sys; d=json.load(sys.stdin); c=sorted(x["code"] for x in d["findings"] if x["severity"]=="error"); assert c==["bad-mood","bad-order"], d'; check second_edition_errors $?
"$bin" play --text --no-save --choices 1,2,1 "$t/golden/fixture.lua" >"$data/out" 2>&1
grep -q "Tell me about it." "$data/out" && grep -q "^Accuracy" "$data/out" && grep -q "Points over the whole conversation" "$data/out"; check reply_and_accuracy_shown $?
# The same seed gives the same order; the author's order without one.
a=$("$bin" play --text --no-save --json --seed 7 --choices 1,1,1 "$t/golden/fixture.lua" 2>/dev/null)
b=$("$bin" play --text --no-save --json --seed 7 --choices 1,1,1 "$t/golden/fixture.lua" 2>/dev/null)
c=$("$bin" play --text --no-save --json --choices 1,1,1 "$t/golden/fixture.lua" 2>/dev/null)
[ "$a" = "$b" ] && python3 -c 'import json,sys; a=json.loads(sys.argv[1]); c=json.loads(sys.argv[2]); assert a["seed"]==7 and c["seed"] is None; assert all(s["choice"]==s["shown"][0] for s in a["steps"]+c["steps"]); assert a["steps"]!=c["steps"]' "$a" "$c"; check seeded_order $?
"$bin" play --text --no-save --seed 4294967296 --choices 1 "$t/golden/fixture.lua" >/dev/null 2>&1; [ $? -eq 2 ]; check seed_range $?
"$bin" test --bots --runs 50 "$t/golden/fixture.lua" >"$data/out"; grep -q "first .*good" "$data/out" && grep -q "random .*good" "$data/out"; check test_bots $?
# play --pack --text (issue 19): the pack's entries in order, each in the
# pack's mode, its prompts after it, every session saved with the pack's id.
# Piped input: a line per choice, a line for "Enter: the next scenario".
yes 1 | head -200 | RAPPORT_SCENARIOS="$t/ui/scenarios" "$bin" play --text --seed 3 \
  --pack "$t/ui/scenarios/workshop.pack.lua" --data-dir "$data/pack" --player Pia >"$data/out" 2>&1
rc=$?
[ $rc -eq 0 ] && grep -q "^== 1 of 3 ==" "$data/out" && grep -q "^== 3 of 3 ==" "$data/out" &&
  grep -q "What did Sam need before you could ask for anything?" "$data/out" &&
  grep -q "^End of the pack." "$data/out" &&
  python3 -c 'import json,glob,sys
p = json.load(open(glob.glob(sys.argv[1] + "/*.json")[0]))
got = [(s["scenario"], s["mode"], s.get("pack")) for s in p["sessions"]]
assert got == [("uitest.tiny", "practice", "uitest.workshop"), ("uitest.long", "assessed", "uitest.workshop"),
               ("uitest.tiny", "assessed", "uitest.workshop")], got' "$data/pack"
check play_pack_text $?
"$bin" play --text --pack "$t/ui/scenarios/workshop.pack.lua" "$t/golden/fixture.lua" >/dev/null 2>&1; [ $? -eq 2 ]
check play_pack_takes_no_file $?
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
