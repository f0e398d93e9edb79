#!/usr/bin/env bash
# tests/workshops/make_progress.sh RAPPORT SRC DIR [LOG]: plays a small class into
# DIR with the real binary, as a workshop would: four learners (one with a
# name full of HTML and CSV specials), the golden fixture and the shipped
# networking.coffee_line, plus one broken and one foreign JSON file.
# The expected figures in report.sh follow from these choice lists. With LOG,
# each session's `play --json` result is appended to it as "NAME<TAB>JSON".
set -eu
bin=$1 src=$2 dir=$3 log=${4:-/dev/null}
fx=$src/tests/golden/fixture.lua
play() { # NAME SCENARIO CHOICES
  local out
  out=$("$bin" play --text --choices "$3" --json --data-dir "$dir" --player "$1" "$2")
  printf '%s\t%s\n' "$1" "$out" >>"$log"
}
play "Ana Ruiz" "$fx" 2                          # missed: every skill 0
play "Ana Ruiz" "$fx" 1,1,1                      # connected: every skill 100
play "Ana Ruiz" networking.coffee_line 1,2,1     # brushed_off: asks about hiring at once
play "Ana Ruiz" networking.coffee_line 2,3,2,3,1,2,1,2   # connected
play "Bo Li" "$fx" 1,2,1                         # connected, no gift before the ask
play "Bo Li" "$fx" 1,1,2                         # missed after giving
play "Bo Li" networking.coffee_line 4,1          # left_early from the window
play "Cé Dupont" "$fx" 1,t                       # the clock ran out
play "Cé Dupont" networking.coffee_line 1,3,2,4,2,1,3   # pleasant_chat
play '<b>Eve</b> & "Zed", Jr.' "$fx" 2           # missed
printf '{"schema": 1, "player": "Broken", "sessions": [\n' > "$dir/broken.json"
printf '{"name": "not rapport", "version": "1.0.0"}\n' > "$dir/foreign.json"
