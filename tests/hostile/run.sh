#!/usr/bin/env bash
# tests/hostile/run.sh RAPPORT DIR: hostile scenarios, in three kinds.
#
#   DIR/*.lua       refused by `rapport check`: exit 1, a message naming the file
#                   and holding the `-- expect:` text of the first line.
#   DIR/play/*.lua  valid files whose author functions misbehave at play time:
#                   `check` passes, then `play --text --choices C` (the `-- choices:`
#                   line) exits 1 with one line "rapport: the scenario stopped: ..."
#                   naming the file and holding the expected text, with or without
#                   --json (whose object then carries "error").
#   DIR/ok/*.lua    legal but unusual content (right-to-left text, emoji, empty
#                   strings, huge lines) that must load and play: `check` exits 0
#                   (its output holds the expected text unless that is "ok"),
#                   the scripted run reaches an ending, and the saved progress
#                   reads back with no file set aside.
#
# Every run gets its own empty HOME, XDG_DATA_HOME, TMPDIR and working folder,
# which must still be empty afterwards: nothing is written to disk. Exit codes
# other than the expected one (a crash is 134 or 139; a hang is 152, SIGXCPU,
# from a limit of 20 s of CPU time, or 124 from a wall-clock guard ten times
# that for a run that waits instead of working; HOSTILE_TIMEOUT changes the 20)
# and any sanitizer report fail the file. The limit is CPU time, not elapsed
# time, so a machine busy with other work (CI under load, stress-ng) cannot
# turn a slow but finite run into a false hang. Times are not asserted here;
# each file ends well within two seconds on a normal build.
set -u
bin=$1 dir=$2
# Absolute paths: each run happens in its own empty working folder.
case $bin in /*) ;; */*) bin=$PWD/$bin ;; esac
case $dir in /*) ;; *) dir=$PWD/$dir ;; esac
guard=${HOSTILE_TIMEOUT:-20}
fail=0 n=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
marker=$scratch/marker
touch "$marker"

no() { # file, reason, [output file]
  echo "FAIL $1: $2"
  [ -n "${3:-}" ] && head -5 "$3" | cut -c1-300
  fail=$((fail + 1))
}

# Runs the binary in a fresh box; stdout to $scratch/out, stderr to $scratch/err.
# Sets rc. Returns 1 (after reporting) when the box was written to or a
# sanitizer spoke.
box_run() {
  local f=$1
  shift
  local box=$scratch/box
  rm -rf "$box"
  mkdir -p "$box/home" "$box/data" "$box/tmp" "$box/cwd"
  (cd "$box/cwd" && HOME=$box/home XDG_DATA_HOME=$box/data TMPDIR=$box/tmp \
     guarded "$bin" "$@" >"$scratch/out" 2>"$scratch/err")
  rc=$?
  if grep -qE 'Sanitizer|runtime error:|valgrind' "$scratch/err"; then
    no "$f" "sanitizer report" "$scratch/err"
    return 1
  fi
  local left
  left=$(find "$box" -mindepth 2 | head -3)
  if [ -n "$left" ]; then
    no "$f" "wrote to disk: $left"
    return 1
  fi
  [ $rc -eq 152 ] && { no "$f" "used more than $guard s of CPU time"; return 1; }
  [ $rc -eq 124 ] && { no "$f" "did not end within $((guard * 10)) s"; return 1; }
  return 0
}

# guarded CMD...: CMD under the CPU-time limit and the wall-clock guard above.
guarded() { (ulimit -c 0 && ulimit -S -t "$guard" && exec timeout $((guard * 10)) "$@"); }

# without_path FILE: stdin with FILE's path taken out, so an expected word is
# found in the message and never in the file's own name (memory_bomb.lua once
# passed on its name while the message spoke of the time limit).
without_path() { local t; t=$(cat); printf '%s\n' "${t//"$1"/}"; }

field() { sed -n "s/^-- $2: //p" "$1" | head -1 | tr -d '\r'; }

for f in "$dir"/*.lua; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  if [ "$(basename "$f")" = binary_chunk.lua ]; then
    expect="precompiled"
  else
    expect=$(head -1 "$f" | sed -n 's/^-- expect: //p')
  fi
  box_run "$f" check "$f" || continue
  cat "$scratch/err" >>"$scratch/out"
  if [ $rc -ne 1 ]; then no "$f" "exit $rc (want 1)" "$scratch/out"; continue; fi
  if ! without_path "$f" <"$scratch/out" | grep -qF -- "$expect"; then
    no "$f" "message lacks '$expect'" "$scratch/out"; continue
  fi
  grep -qF -- "$f" "$scratch/out" || no "$f" "message does not name the file"
done

for f in "$dir"/play/*.lua; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  expect=$(field "$f" expect) choices=$(field "$f" choices)
  box_run "$f" check "$f" || continue
  if [ $rc -ne 0 ]; then no "$f" "check exit $rc (the file itself is valid)" "$scratch/out"; continue; fi
  for mode in --json text; do
    [ "$mode" = text ] && mode=
    # shellcheck disable=SC2086 # $mode is empty or one word
    box_run "$f" play --text --choices "$choices" $mode --no-save "$f" || break
    msg=$(grep '^rapport: the scenario stopped: ' "$scratch/err")
    if [ $rc -ne 1 ]; then no "$f" "play ${mode:-(text)}: exit $rc (want 1)" "$scratch/err"; break; fi
    if [ "$(grep -c . <<<"$msg")" -ne 1 ]; then
      no "$f" "play ${mode:-(text)}: want one line 'rapport: the scenario stopped: ...'" "$scratch/err"
      break
    fi
    if ! without_path "$f" <<<"$msg" | grep -qF -- "$expect"; then
      no "$f" "play ${mode:-(text)}: message lacks '$expect'" "$scratch/err"; break
    fi
    if ! grep -qF -- "$f" <<<"$msg"; then
      no "$f" "play ${mode:-(text)}: message does not name the file" "$scratch/err"; break
    fi
    if [ "$mode" = --json ] && ! python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["outcome"] is None and sys.argv[2] in d["error"], d' "$scratch/out" "$expect" 2>/dev/null; then
      no "$f" "play --json: want a JSON object with outcome null and the error" "$scratch/out"; break
    fi
  done
done

for f in "$dir"/ok/*.lua; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  expect=$(field "$f" expect) choices=$(field "$f" choices)
  box_run "$f" check "$f" || continue
  cat "$scratch/err" >>"$scratch/out"
  if [ $rc -ne 0 ]; then no "$f" "check exit $rc (want 0)" "$scratch/out"; continue; fi
  if [ "$expect" != ok ] && ! without_path "$f" <"$scratch/out" | grep -qF -- "$expect"; then
    no "$f" "check output lacks '$expect'" "$scratch/out"; continue
  fi
  box_run "$f" play --text --choices "$choices" --json --no-save "$f" || continue
  if [ $rc -ne 0 ] || ! python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["outcome"] is not None and "error" not in d, d' "$scratch/out" 2>/dev/null; then
    no "$f" "play --json: exit $rc, want 0 and an outcome" "$scratch/err"; continue
  fi
  # The text player, saving: the progress file must read back (UTF-8 round trip).
  data=$scratch/saved
  rm -rf "$data"
  guarded "$bin" play --text --choices "$choices" --data-dir "$data" --player "ليلى 👩🏾‍💻" "$f" \
    >"$scratch/out" 2>"$scratch/err"
  rc=$?
  if [ $rc -ne 0 ] || grep -qE 'Sanitizer|runtime error:' "$scratch/err"; then
    no "$f" "play (text, saving): exit $rc" "$scratch/err"; continue
  fi
  guarded "$bin" progress --json --data-dir "$data" --player "ليلى 👩🏾‍💻" >"$scratch/out" 2>"$scratch/err"
  if ! python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["sessions"]) == 1 and d["sessions"][0]["outcome"], d' "$scratch/out" 2>/dev/null ||
     [ -s "$scratch/err" ] || [ -n "$(find "$data" -name "*.broken-*")" ]; then
    no "$f" "the saved progress does not read back" "$scratch/err"
  fi
done

if [ -e /tmp/rapport-pwned ] || [ -n "$(find /tmp -maxdepth 1 -newer "$marker" -name 'rapport-pwned*' 2>/dev/null)" ]; then
  echo "FAIL: a hostile scenario wrote to disk"; fail=$((fail + 1))
fi
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
